import { detectColumnRoles } from "../detectColumnRoles";
import { cellText } from "./cellText";
import type { RawCell, RawGrid } from "../types";

/** Where the inventory table stops, and what follows it. @internal */
export interface TableEnd {
  /** Exclusive 0-based index in `grid.values` of the first row that no longer belongs to the table. */
  readonly endIndex: number;
  /** 1-based row number of the first non-blank row after the table, or null when the table runs to the end. */
  readonly nextRow: number | null;
  /** Text of that row's first non-empty cell, for the hint. */
  readonly nextText: string;
}

/** Same threshold as the header detection: about two recognised labels. */
const HEADER_SCORE = 1.8;
/** How many non-blank rows after a gap are checked for a second table's header. */
const LOOKAHEAD = 3;

function isBlank(row: readonly RawCell[], width: number): boolean {
  for (let c = 0; c < width; c++) if (cellText(row[c]) !== "") return false;
  return true;
}

function readsAsHeader(row: readonly RawCell[], width: number): boolean {
  const texts = Array.from({ length: width }, (_, c) => (typeof row[c] === "string" ? cellText(row[c]) : ""));
  if (texts.every((t) => t === "")) return false;
  let score = 0;
  for (const column of detectColumnRoles(texts).columns)
    score += column.confidence + (column.role === "name" ? 1 : 0);
  return score >= HEADER_SCORE;
}

/**
 * Finds the end of the table that starts at `headerIndex`: it ends at a blank row after which, within the
 * first few rows of the block that follows, a second header row follows (a second table, a legend with its own column
 * heads). Data rows separated by single blank rows stay in the table. Only looks at blank gaps, so a plain
 * inventory costs one pass.
 * @internal
 */
export function findTableEnd(grid: RawGrid, headerIndex: number, width: number): TableEnd {
  const rows = grid.values;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    if (!isBlank(rows[r] ?? [], width)) continue;
    let next = r + 1;
    while (next < rows.length && isBlank(rows[next] ?? [], width)) next++;
    if (next >= rows.length) break;
    let checked = 0;
    for (let k = next; k < rows.length && checked < LOOKAHEAD; k++) {
      const row = rows[k] ?? [];
      // Only the block right after this gap counts; a later gap is checked on its own.
      if (isBlank(row, width)) break;
      checked++;
      if (readsAsHeader(row, width)) {
        const first = (rows[next] ?? []).map((cell) => cellText(cell)).find((t) => t !== "") ?? "";
        return { endIndex: r, nextRow: grid.firstRow + next, nextText: first };
      }
    }
    r = next - 1;
  }
  return { endIndex: rows.length, nextRow: null, nextText: "" };
}
