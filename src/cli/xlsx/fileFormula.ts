/**
 * Functions newer than Excel 2007 are stored with the `_xlfn.` prefix in the file; Excel shows them without
 * it, and LibreOffice reads both. Office.js takes the plain names, so the plan keeps them plain and only the
 * file writer adds the prefix. (COUNTIFS, SUMIFS, AVERAGEIFS and IFERROR are 2007 functions: no prefix.)
 */
const FUTURE_FUNCTIONS = [
  "MINIFS",
  "MAXIFS",
  "IFS",
  "SWITCH",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  "FILTER",
  "UNIQUE",
  "SORT",
  "LET",
];
const PATTERN = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "g");

/** English formula (no "=") in the form an xlsx file stores it. String literals are left untouched. */
export function fileFormula(formula: string): string {
  // Split on quotes: even parts are outside string literals ("" inside a literal yields an empty odd part).
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(PATTERN, "_xlfn.$1(") : part))
    .join('"');
}
