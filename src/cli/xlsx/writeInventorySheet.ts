/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies. */
import type ExcelJS from "exceljs";
import { isDateFormat } from "../../domain/inventory/internals/cellText";
import type { Inventory, RawCell, RawGrid } from "../../domain/inventory/types";
import { excelSerialDate } from "../../domain/summary/excelSerialDate";
import { inventoryLayout } from "../../domain/summary/inventoryLayout";
import { inventorySheetValue } from "../../domain/summary/inventorySheetValue";
import type { InventoryRef } from "../../domain/summary/types";
import { safeSheetName } from "./safeSheetName";

/** Options of `writeInventorySheet`. */
export interface WriteInventoryOptions {
  /** Bereich per record key, for the `Bereich` column next to `Cluster`. Default: the column stays empty. */
  readonly bereichOf?: ReadonlyMap<string, string>;
  /** Sheet name. Default: the inventory's own sheet name (made valid for Excel), else "Prozessinventar". */
  readonly sheetName?: string;
  /** Table name used by the summary formulas. Default "Prozesse". */
  readonly tableName?: string;
  /**
   * The grid the inventory was parsed from. With it the copy keeps every row of the table (also rows
   * without a name), title rows above the header, content below the table, and each unrecognised
   * column's own values and number formats. Default: only the parsed records, header in row 1.
   */
  readonly grid?: RawGrid;
  /** The user's worksheet (xlsx input): its styles, notes, merged title cells and widths are copied. */
  readonly source?: ExcelJS.Worksheet;
  /** Position (ExcelJS `orderNo`) for the new sheet, e.g. where the user's sheet stood. */
  readonly orderNo?: number;
}

type ExcelCellValue = string | number | boolean | Date | null;

/** A grid cell as ExcelJS writes it: its own type kept, error cells as their text. */
function plainValue(cell: RawCell): ExcelCellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "object" && !(cell instanceof Date)) return cell.error;
  return cell;
}

/** Copies a user's row verbatim (values, styles, notes) into the new sheet. */
function copyRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  values: readonly RawCell[],
  formats: readonly string[] | undefined,
  source: ExcelJS.Worksheet | undefined,
): void {
  if (source !== undefined) {
    const from = source.getRow(rowNumber);
    const to = sheet.getRow(rowNumber);
    if (from.height !== undefined) to.height = from.height;
    from.eachCell({ includeEmpty: false }, (cell, col) => {
      const target = to.getCell(col);
      target.value = cell.isMerged && cell.master !== cell ? null : cell.value;
      target.style = cell.style;
      if (cell.note !== undefined) target.note = cell.note;
    });
    return;
  }
  values.forEach((value, c) => {
    const cell = sheet.getCell(rowNumber, c + 1);
    cell.value = plainValue(value);
    const format = formats?.[c];
    if (format !== undefined && format !== "" && format !== "General") cell.numFmt = format;
  });
}

/**
 * Writes the inventory as an Excel table: its own headers, columns and row order, plus the `Cluster`
 * column filled from `clusterOf` (record key → label) and the `Bereich` column from `options.bereichOf`. Role columns hold `inventorySheetValue` (typed
 * numbers and dates, normalised status), so the summary formulas and `computeSummaryNumbers` see the same
 * data; other cells keep their own type and number format. An existing sheet of that name is replaced.
 * Returns the reference the summary plan needs.
 */
export function writeInventorySheet(
  workbook: ExcelJS.Workbook,
  inventory: Inventory,
  clusterOf: ReadonlyMap<string, string>,
  options: WriteInventoryOptions = {},
): Extract<InventoryRef, { kind: "table" }> {
  const sheetName = safeSheetName(options.sheetName ?? inventory.sheetName ?? "Prozessinventar");
  const tableName = options.tableName ?? "Prozesse";
  const existing = workbook.worksheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (existing !== undefined) workbook.removeWorksheet(existing.id);
  const grid = options.grid;
  const headerRow = grid === undefined ? 1 : inventory.headerRow;
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: headerRow }] });
  if (options.orderNo !== undefined) (sheet as unknown as { orderNo: number }).orderNo = options.orderNo;
  const layout = inventoryLayout(inventory);
  const roleOf = new Map(inventory.columns.map((c) => [c.index, c.role]));
  const byRow = new Map(inventory.records.map((r) => [r.row, r] as const));
  const rowNumbers =
    grid === undefined
      ? inventory.records.map((r) => r.row)
      : Array.from({ length: (inventory.lastRow ?? headerRow) - headerRow }, (_, i) => headerRow + 1 + i);
  const rows = rowNumbers.map((rowNumber) => {
    const record = byRow.get(rowNumber);
    const raw = grid?.values[rowNumber - grid.firstRow] ?? [];
    return layout.headers.map((_, i): ExcelCellValue => {
      if (i === layout.clusterIndex) return record === undefined ? null : (clusterOf.get(record.key) ?? null);
      if (i === layout.bereichIndex)
        return record === undefined ? null : (options.bereichOf?.get(record.key) ?? null);
      const role = roleOf.get(i) ?? null;
      if (grid !== undefined && (record === undefined || role === null)) return plainValue(raw[i]);
      if (record === undefined) return null;
      const value = inventorySheetValue(record, i, role);
      return value !== null && typeof value === "object" ? excelSerialDate(value.date) : value;
    });
  });
  if (grid !== undefined) {
    // Title rows above the header and content below the table are the user's: copied as they are.
    for (let r = grid.firstRow; r < headerRow; r++)
      copyRow(
        sheet,
        r,
        grid.values[r - grid.firstRow] ?? [],
        grid.numberFormats?.[r - grid.firstRow],
        options.source,
      );
    const after = (inventory.lastRow ?? headerRow) + 1;
    for (let r = after; r < grid.firstRow + grid.values.length; r++)
      copyRow(
        sheet,
        r,
        grid.values[r - grid.firstRow] ?? [],
        grid.numberFormats?.[r - grid.firstRow],
        options.source,
      );
    for (const area of options.source?.model.merges ?? []) {
      const top = Number(/\d+/.exec(area)?.[0] ?? 0);
      if (top < headerRow || top > (inventory.lastRow ?? headerRow)) sheet.mergeCells(area);
    }
  }
  sheet.addTable({
    name: tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: layout.headers.map((name) => ({ name, filterButton: true })),
    // ExcelJS cannot write a table without data rows; one empty row keeps the references valid.
    rows: rows.length > 0 ? rows : [layout.headers.map(() => null)],
  });
  formatColumns(sheet, { layout, roleOf, rows, rowNumbers, grid, source: options.source });
  return { kind: "table", tableName, headers: layout.headers };
}

/**
 * Number formats and widths: the user's own format where the cell keeps its own value, dates readable,
 * every text cell "@" so "=foo" stays text when edited.
 */
function formatColumns(
  sheet: ExcelJS.Worksheet,
  context: {
    readonly layout: ReturnType<typeof inventoryLayout>;
    readonly roleOf: ReadonlyMap<number, string | null>;
    readonly rows: readonly (readonly ExcelCellValue[])[];
    readonly rowNumbers: readonly number[];
    readonly grid: RawGrid | undefined;
    readonly source: ExcelJS.Worksheet | undefined;
  },
): void {
  const { layout, roleOf, rows, rowNumbers, grid, source } = context;
  layout.headers.forEach((header, i) => {
    const role = i === layout.clusterIndex ? "cluster" : (roleOf.get(i) ?? null);
    const column = sheet.getColumn(i + 1);
    column.width = source?.getColumn(i + 1).width ?? Math.min(45, Math.max(10, header.length + 2));
    rows.forEach((row, r) => {
      const value = row[i];
      const cell = sheet.getCell(rowNumbers[r] ?? 0, i + 1);
      const rowNumber = rowNumbers[r] ?? 0;
      const own = grid?.numberFormats?.[rowNumber - grid.firstRow]?.[i];
      if (role === "termin" && typeof value === "number")
        cell.numFmt = own !== undefined && isDateFormat(own) ? own : "dd.mm.yyyy";
      else if (typeof value === "string") cell.numFmt = "@";
      else if (own !== undefined && own !== "" && own !== "General") cell.numFmt = own;
      const note = source?.getCell(rowNumber, i + 1).note;
      if (note !== undefined) cell.note = note;
    });
  });
}
