/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies. */
import type ExcelJS from "exceljs";
import { isDateFormat } from "../../domain/inventory/cellText";
import type { ColumnRole, Inventory, RawCell, RawGrid } from "../../domain/inventory/types";
import { excelSerialDate } from "../../domain/summary/excelSerialDate";
import { inventoryLayout } from "../../domain/summary/inventoryLayout";
import { inventorySheetValue } from "../../domain/summary/inventorySheetValue";
import type { InventoryCellValue, InventoryRows } from "./inventoryRowsXml";
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

/** A grid cell as ExcelJS writes it: its own type kept, error cells as their text. */
function plainValue(cell: RawCell): InventoryCellValue {
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
 * column filled from `clusterOf` (record key → label) and the `Bereich` column from `options.bereichOf`.
 * Role columns hold `inventorySheetValue` (typed numbers and dates, normalised status), so the summary
 * formulas and `computeSummaryNumbers` see the same data; other cells keep their own type and number
 * format. An existing sheet of that name is replaced.
 *
 * The ExcelJS sheet gets the header, title rows, content below the table, notes, merges, widths and a
 * table with one placeholder row; the data rows are returned and go into the written package with
 * `spliceInventoryRows` (see there for why).
 */
export function writeInventorySheet(
  workbook: ExcelJS.Workbook,
  inventory: Inventory,
  clusterOf: ReadonlyMap<string, string>,
  options: WriteInventoryOptions = {},
): InventoryRows {
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
  const rowNumbers =
    grid === undefined
      ? inventory.records.map((r) => r.row)
      : Array.from({ length: (inventory.lastRow ?? headerRow) - headerRow }, (_, i) => headerRow + 1 + i);
  const rows = rowValues(inventory, clusterOf, { layout, roleOf, rowNumbers, grid, ...options });
  if (grid !== undefined) copyUserRows(sheet, inventory, grid, headerRow, options.source);
  sheet.addTable({
    name: tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: layout.headers.map((name) => ({ name, filterButton: true })),
    // ExcelJS cannot write a table without data rows; one empty row keeps the references valid (and is
    // the placeholder the data rows replace).
    rows: [layout.headers.map(() => null)],
  });
  layout.headers.forEach((header, i) => {
    sheet.getColumn(i + 1).width =
      options.source?.getColumn(i + 1).width ?? Math.min(45, Math.max(10, header.length + 2));
  });
  copyDataNotes(sheet, options.source, headerRow, rowNumbers, layout.headers.length);
  return {
    sheetName,
    tableName,
    headerRow,
    rowNumbers,
    values: rows,
    formats: cellFormats({ layout, roleOf, rows, rowNumbers, grid }),
    columnCount: layout.headers.length,
  };
}

/** The data rows' values, one array per sheet row (also rows of the grid without a record). */
function rowValues(
  inventory: Inventory,
  clusterOf: ReadonlyMap<string, string>,
  context: {
    readonly layout: ReturnType<typeof inventoryLayout>;
    readonly roleOf: ReadonlyMap<number, ColumnRole | null>;
    readonly rowNumbers: readonly number[];
    readonly grid: RawGrid | undefined;
    readonly bereichOf?: ReadonlyMap<string, string>;
  },
): InventoryCellValue[][] {
  const { layout, roleOf, rowNumbers, grid } = context;
  const byRow = new Map(inventory.records.map((r) => [r.row, r] as const));
  return rowNumbers.map((rowNumber) => {
    const record = byRow.get(rowNumber);
    const raw = grid?.values[rowNumber - grid.firstRow] ?? [];
    return layout.headers.map((_, i): InventoryCellValue => {
      if (i === layout.clusterIndex) return record === undefined ? null : (clusterOf.get(record.key) ?? null);
      if (i === layout.bereichIndex)
        return record === undefined ? null : (context.bereichOf?.get(record.key) ?? null);
      const role = roleOf.get(i) ?? null;
      if (grid !== undefined && (record === undefined || role === null)) return plainValue(raw[i]);
      if (record === undefined) return null;
      const value = inventorySheetValue(record, i, role);
      return value !== null && typeof value === "object" ? excelSerialDate(value.date) : value;
    });
  });
}

/** Title rows above the header, content below the table and their merged cells: the user's, as they are. */
function copyUserRows(
  sheet: ExcelJS.Worksheet,
  inventory: Inventory,
  grid: RawGrid,
  headerRow: number,
  source: ExcelJS.Worksheet | undefined,
): void {
  const copy = (r: number): void =>
    copyRow(sheet, r, grid.values[r - grid.firstRow] ?? [], grid.numberFormats?.[r - grid.firstRow], source);
  for (let r = grid.firstRow; r < headerRow; r++) copy(r);
  const after = (inventory.lastRow ?? headerRow) + 1;
  for (let r = after; r < grid.firstRow + grid.values.length; r++) copy(r);
  for (const area of source?.model.merges ?? []) {
    const top = Number(/\d+/.exec(area)?.[0] ?? 0);
    if (top < headerRow || top > (inventory.lastRow ?? headerRow)) sheet.mergeCells(area);
  }
}

/** Notes on the user's data cells (xlsx input), read from the cells that have any. */
function copyDataNotes(
  sheet: ExcelJS.Worksheet,
  source: ExcelJS.Worksheet | undefined,
  headerRow: number,
  rowNumbers: readonly number[],
  columnCount: number,
): void {
  if (source === undefined) return;
  const dataRows = new Set(rowNumbers);
  source.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRow || !dataRows.has(rowNumber)) return;
    row.eachCell((cell, col) => {
      if (col <= columnCount && cell.note !== undefined) sheet.getCell(rowNumber, col).note = cell.note;
    });
  });
}

/**
 * Number formats: the user's own format where the cell keeps its own value, dates readable, every text
 * cell "@" so "=foo" stays text when edited.
 */
function cellFormats(context: {
  readonly layout: ReturnType<typeof inventoryLayout>;
  readonly roleOf: ReadonlyMap<number, string | null>;
  readonly rows: readonly (readonly InventoryCellValue[])[];
  readonly rowNumbers: readonly number[];
  readonly grid: RawGrid | undefined;
}): (string | undefined)[][] {
  const { layout, roleOf, rows, rowNumbers, grid } = context;
  const roles = layout.headers.map((_, i) =>
    i === layout.clusterIndex ? "cluster" : (roleOf.get(i) ?? null),
  );
  return rows.map((row, r) => {
    const rowNumber = rowNumbers[r] ?? 0;
    const ownRow = grid?.numberFormats?.[rowNumber - grid.firstRow];
    return row.map((value, i) => {
      const own = ownRow?.[i];
      if (roles[i] === "termin" && typeof value === "number")
        return own !== undefined && isDateFormat(own) ? own : "dd.mm.yyyy";
      if (typeof value === "string") return "@";
      if (own !== undefined && own !== "" && own !== "General") return own;
      return undefined;
    });
  });
}
