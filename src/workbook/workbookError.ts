/** Kinds of failure the task pane can explain to a user. */
export type WorkbookErrorKind =
  | "notAvailable"
  | "editMode"
  | "payloadTooLarge"
  | "sheetProtected"
  | "invalidOperation"
  | "invalidSelection"
  | "itemExists"
  | "conflict"
  | "tableChanged"
  | "unknown";

/**
 * An error from the workbook host with a German message for the user and the original error kept in
 * `innerError`, so the one error boundary can show it and developers can still see what happened.
 */
export class WorkbookError extends Error {
  readonly kind: WorkbookErrorKind;
  readonly innerError: unknown;

  constructor(kind: WorkbookErrorKind, message: string, innerError?: unknown) {
    super(message);
    this.name = "WorkbookError";
    this.kind = kind;
    this.innerError = innerError;
  }
}
