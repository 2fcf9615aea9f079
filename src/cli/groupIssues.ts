import type { InventoryIssue } from "../domain/inventory/types";
import { renderMessage } from "../domain/messages/renderMessage";

/** "1 Zeile", "2 Zeilen": German singular and plural for a count. */
export function countOf(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString("de-DE")} ${n === 1 ? singular : plural}`;
}

/** At most this many row numbers are listed in a grouped line. */
const LISTED = 10;

/**
 * Groups issues that say the same about different rows into one line: "Zeilen 3, 5, 9 (3 Zeilen),
 * Spalte „Status“: …". Sheet-level issues and single ones stay as they are; first occurrence decides order.
 */
export function groupIssues(issues: readonly InventoryIssue[]): string[] {
  const groups = new Map<string, { rows: number[]; column: string | null; text: string; single: string }>();
  for (const issue of issues) {
    const single = renderMessage(issue.message, "de");
    if (issue.row === null) {
      groups.set(`${groups.size}`, { rows: [], column: null, text: single, single });
      continue;
    }
    const text = renderMessage(issue.detail, "de");
    const key = `${issue.kind}\u0000${issue.column ?? ""}\u0000${text}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { rows: [issue.row], column: issue.column, text, single });
    else group.rows.push(issue.row);
  }
  return [...groups.values()].map((g) => {
    if (g.rows.length <= 1) return g.single;
    const listed = g.rows.slice(0, LISTED).join(", ");
    const more = g.rows.length > LISTED ? ", …" : "";
    const column = g.column === null ? "" : `, Spalte „${g.column}“`;
    return `Zeilen ${listed}${more} (${countOf(g.rows.length, "Zeile", "Zeilen")})${column}: ${g.text}`;
  });
}
