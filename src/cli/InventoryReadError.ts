/** Why an inventory file could not be read. */
export type InventoryReadErrorKind =
  "notFound" | "unreadable" | "unsupportedFormat" | "sheetNotFound" | "emptyFile";

/**
 * A file problem the user can fix, with a German message; commands map it to exit code 1. The original
 * error, if any, is kept as `cause` for debugging.
 */
export class InventoryReadError extends Error {
  override readonly name = "InventoryReadError";

  constructor(
    readonly kind: InventoryReadErrorKind,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}
