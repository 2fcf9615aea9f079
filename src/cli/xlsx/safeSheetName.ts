/**
 * A worksheet name Excel (and ExcelJS, which otherwise throws or warns in English) accepts: without
 * `[ ] : * ? / \`, without leading or trailing apostrophes, at most 31 characters, not empty.
 */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/^'+|'+$/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === "" ? "Prozessinventar" : cleaned;
}
