import { msg } from "../../messages/renderMessage";
import { parseDate } from "../parseDate";
import { parseNumber } from "../parseNumber";
import { roleLabel } from "../roleLabels";
import type { ColumnMapping, InventoryIssue, RawGrid } from "../types";
import { cellText, isDateFormat } from "./cellText";
import { makeIssue } from "./issue";

/** Rows sampled per column: enough to tell a number column, cheap on 50,000 rows. */
const SAMPLE = 200;
/** Share of non-empty sampled cells that must be numbers (or dates) for the warning. */
const SHARE = 0.8;

/**
 * Warns about columns that hold numbers or dates but have no role: such a column is carried through but
 * feeds no key figure, which users rarely intend (a case count or cost column worded unusually).
 * @internal
 */
export function unrecognisedValueIssues(
  grid: RawGrid,
  columns: readonly ColumnMapping[],
  headerIndex: number,
  endIndex: number,
  headerRow: number,
): InventoryIssue[] {
  const issues: InventoryIssue[] = [];
  const last = Math.min(endIndex, headerIndex + 1 + SAMPLE);
  for (const column of columns) {
    if (column.role !== null) continue;
    let filled = 0;
    let numbers = 0;
    let dates = 0;
    for (let r = headerIndex + 1; r < last; r++) {
      const cell = grid.values[r]?.[column.index];
      if (cellText(cell) === "") continue;
      filled++;
      const format = grid.numberFormats?.[r]?.[column.index];
      if (cell instanceof Date || (typeof cell === "number" && isDateFormat(format))) dates++;
      else if (
        typeof cell === "string" &&
        /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(cell.trim()) &&
        parseDate(cell).kind === "ok"
      )
        dates++;
      else if (parseNumber(cell).kind === "ok") numbers++;
    }
    if (filled < 2) continue;
    const kind =
      dates / filled >= SHARE
        ? "inventory.unrecognisedDates"
        : (numbers + dates) / filled >= SHARE
          ? "inventory.unrecognisedNumbers"
          : null;
    if (kind === null) continue;
    issues.push(
      makeIssue(
        "unrecognisedValues",
        headerRow,
        column.header,
        msg(kind, { a: roleLabel("fallzahl"), b: roleLabel("kostenLaufend"), c: roleLabel("termin") }),
      ),
    );
  }
  return issues;
}
