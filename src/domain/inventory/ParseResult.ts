/**
 * Outcome of parsing one cell into a typed value. Parsers never throw: a cell is empty, parses, or is
 * invalid (then the original text is kept for the issue message).
 */
export type ParseResult<T> =
  | { readonly kind: "empty" }
  | { readonly kind: "ok"; readonly value: T }
  | { readonly kind: "invalid"; readonly text: string };

/** The shared "empty" result (parsers return it for blank cells and placeholders like "-"). */
export const EMPTY_RESULT: { readonly kind: "empty" } = { kind: "empty" };
