import type ExcelJS from "exceljs";
import type { Inventory } from "../../domain/inventory/types";
import { inventoryLayout } from "../../domain/summary/inventoryLayout";
import { inventorySheetValue } from "../../domain/summary/inventorySheetValue";
import type { InventoryRef } from "../../domain/summary/types";
import { excelSerialDate } from "../../domain/summary/excelSerialDate";

/** Options of `writeInventorySheet`. */
export interface WriteInventoryOptions {
  /** Sheet name. Default: the inventory's own sheet name, else "Prozessinventar". */
  readonly sheetName?: string;
  /** Table name used by the summary formulas. Default "Prozesse". */
  readonly tableName?: string;
}

/**
 * Writes the inventory as an Excel table: its own headers, columns and row order, plus the `Cluster`
 * column filled from `clusterOf` (record key → label). Values follow `inventorySheetValue` (typed numbers
 * and dates, text kept as text), so the summary formulas and `computeSummaryNumbers` see the same data.
 * An existing sheet of that name is replaced. Returns the reference the summary plan needs.
 */
export function writeInventorySheet(
  workbook: ExcelJS.Workbook,
  inventory: Inventory,
  clusterOf: ReadonlyMap<string, string>,
  options: WriteInventoryOptions = {},
): Extract<InventoryRef, { kind: "table" }> {
  const sheetName = options.sheetName ?? inventory.sheetName ?? "Prozessinventar";
  const tableName = options.tableName ?? "Prozesse";
  const existing = workbook.getWorksheet(sheetName);
  if (existing !== undefined) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const layout = inventoryLayout(inventory);
  const roleOf = new Map(inventory.columns.map((c) => [c.index, c.role]));
  const rows = inventory.records.map((record) =>
    layout.headers.map((_, i) => {
      if (i === layout.clusterIndex) return clusterOf.get(record.key) ?? null;
      const value = inventorySheetValue(record, i, roleOf.get(i) ?? null);
      return value !== null && typeof value === "object" ? excelSerialDate(value.date) : value;
    }),
  );
  sheet.addTable({
    name: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: layout.headers.map((name) => ({ name, filterButton: true })),
    // ExcelJS cannot write a table without data rows; one empty row keeps the references valid.
    rows: rows.length > 0 ? rows : [layout.headers.map(() => null)],
  });
  // Number formats per column: dates readable, every text column "@" so "=foo" stays text when edited.
  layout.headers.forEach((_, i) => {
    const role = i === layout.clusterIndex ? "cluster" : (roleOf.get(i) ?? null);
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(45, Math.max(10, (layout.headers[i] ?? "").length + 2));
    rows.forEach((row, r) => {
      const cell = sheet.getCell(r + 2, i + 1);
      if (role === "termin" && typeof row[i] === "number") cell.numFmt = "dd.mm.yyyy";
      else if (typeof row[i] === "string") cell.numFmt = "@";
    });
  });
  return { kind: "table", tableName, headers: layout.headers };
}
