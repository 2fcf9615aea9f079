import type { RawCell } from "../domain/inventory/types";

/**
 * Makes a value safe to write through `range.values`: Excel would turn text starting with "=", "+", "-"
 * or "@" into a formula. A leading apostrophe marks the cell as text (Excel's quote prefix; the
 * apostrophe itself is not shown or stored in the value). Text from cells is never written back as a formula.
 */
export function literalText(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** `literalText` for any cell value: numbers, booleans and empties pass unchanged. */
export function literalCell(value: RawCell): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return literalText(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.error;
}
