/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @, tab and
 * carriage return, and their full-width forms, which some Excel locales convert.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain number in German or international notation, e.g. -5, +3, -1.234,56, -0.5, 1e-3. */
const NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Makes a CSV cell safe to open in a spreadsheet, the OWASP way: a cell whose text (after leading spaces,
 * which some programs drop) starts with a formula character gets a leading apostrophe, so it is shown as
 * the text it is. Real numbers such as -5 or +3,5 stay as they are, so they remain numbers.
 */
export function neutraliseCsvCell(text: string): string {
  const start = text.replace(/^[ \u00a0]+/, "");
  if (!FORMULA_START.test(start)) return text;
  if (NUMBER.test(start)) return text;
  return `'${text}`;
}
