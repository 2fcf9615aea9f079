import type { PlanCell, PlanSheet, SummaryPlan } from "../../domain/summary/types";
import { planValueContent } from "../../domain/summary/planValueContent";
import type { InventoryCellValue, InventoryRows } from "./inventoryRowsXml";

/** Below this many rows a sheet is written by ExcelJS as usual. */
const MIN_DEFERRED_ROWS = 1_000;

/**
 * Takes the body rows of large value-only sheets (the "Verlauf" sheets grow by one row per process and
 * report) out of the plan, to be written straight into the package like the inventory rows: ExcelJS's
 * cell objects cost about 5 s and 200 MB per 50,000 rows × 5 columns. The first and the last row stay
 * in the plan, so ExcelJS writes the sheet's frame (header, widths, frozen row) as before.
 */
export function deferPlanRows(plan: SummaryPlan): { plan: SummaryPlan; rows: InventoryRows[] } {
  const rows: InventoryRows[] = [];
  const sheets = plan.sheets.map((sheet): PlanSheet => {
    if (sheet.kind !== "history") return sheet;
    const last = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
    const plain = sheet.cells.every(
      (c) => c.row === 1 || (c.value.kind !== "formula" && c.style === undefined),
    );
    if (last - 2 < MIN_DEFERRED_ROWS || !plain) return sheet;
    const columnCount = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
    const byRow = new Map<number, PlanCell[]>();
    for (const c of sheet.cells)
      if (c.row > 1 && c.row < last) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
    const rowNumbers = Array.from({ length: last - 2 }, (_, i) => i + 2);
    const values: InventoryCellValue[][] = [];
    const formats: (string | undefined)[][] = [];
    for (const row of rowNumbers) {
      const v: InventoryCellValue[] = Array.from({ length: columnCount }, () => null);
      const f: (string | undefined)[] = Array.from({ length: columnCount }, () => undefined);
      for (const c of byRow.get(row) ?? []) {
        v[c.col - 1] = cellValue(c);
        f[c.col - 1] = c.numberFormat;
      }
      values.push(v);
      formats.push(f);
    }
    rows.push({ sheetName: sheet.name, headerRow: 1, rowNumbers, values, formats, columnCount });
    return { ...sheet, cells: sheet.cells.filter((c) => c.row === 1 || c.row === last) };
  });
  return { plan: { ...plan, sheets }, rows };
}

/** Dates as UTC midnight; no formulas reach here (sheets with formulas are not deferred). */
function cellValue(cell: PlanCell): InventoryCellValue {
  return planValueContent(cell.value, { date: (iso) => new Date(`${iso}T00:00:00Z`), formula: () => null });
}
