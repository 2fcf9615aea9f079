/**
 * ExcelJS adapter of the review: reads the decisions back from a workbook and writes them — the
 * `Cluster` definitions sheet, new rows of the `Änderungsprotokoll`, the hidden settings sheet and the
 * inventory's `Cluster` column. It touches no other cells.
 */
import type ExcelJS from "exceljs";
import type { RawCell } from "../../domain/inventory/types";
import { clusterSheetRows } from "../../domain/review/clusterSheet";
import { protocolHeaderRow, protocolRows, readProtocolSheet } from "../../domain/review/protocolSheet";
import { selectClusterNameByKey } from "../../domain/review/reviewSelectors";
import {
  CLUSTER_COLUMN_HEADER,
  CLUSTER_SHEET_HIDDEN_COLUMNS,
  CLUSTER_SHEET_NAME,
  PROTOCOL_SHEET_NAME,
  SETTINGS_SHEET_NAME,
  type ReviewSheetCell,
} from "../../domain/review/reviewSheetTypes";
import { reviewStateFromWorkbook, type WorkbookReview } from "../../domain/review/reviewStateFromWorkbook";
import { settingsSheetRows } from "../../domain/review/settingsSheet";
import type { ProtocolEntry, ReviewSettings, ReviewState } from "../../domain/review/types";
import { toRawCell } from "../internals/readXlsxGrid";
import type { InventoryRows } from "./inventoryRowsXml";

/** Where the inventory's `Cluster` column is to be written. */
export interface XlsxInventoryTarget {
  readonly sheetName: string;
  /** 1-based row of the header row. */
  readonly headerRow: number;
  /** `ProcessRecord.key` → 1-based sheet row. */
  readonly rows: Readonly<Record<string, number>>;
}

export interface WriteReviewSheetsOptions {
  readonly state: ReviewState;
  readonly settings: ReviewSettings;
  /** Entries to append below the existing protocol (never rewritten). */
  readonly newEntries: readonly ProtocolEntry[];
  /** Write the `Cluster` column there (found by header, else appended) and count over it. Default: no column. */
  readonly inventory?: XlsxInventoryTarget;
  /**
   * Reference `Anzahl` counts over when `inventory` is not given, e.g. `Prozesse[Cluster]` when the
   * inventory was written as a table by someone else. Default: plain numbers.
   */
  readonly countRange?: string;
  /**
   * Takes the settings sheet's rows below its header to be written straight into the package
   * (`spliceInventoryRows`) instead of as ExcelJS cells: one row per process, 50,000 rows in a large
   * inventory. Default: written as ExcelJS cells.
   */
  readonly deferRows?: (rows: InventoryRows) => void;
}

/** Reads decisions and settings (see `reviewStateFromWorkbook` for what a missing sheet means). */
export function readReviewSheets(workbook: ExcelJS.Workbook): WorkbookReview {
  return reviewStateFromWorkbook({
    clusterSheet: sheetValues(workbook, CLUSTER_SHEET_NAME),
    settingsSheet: sheetValues(workbook, SETTINGS_SHEET_NAME),
  });
}

/** Reads the protocol entries written so far (empty when the sheet is missing). */
export function readProtocol(workbook: ExcelJS.Workbook): ProtocolEntry[] {
  return readProtocolSheet(sheetValues(workbook, PROTOCOL_SHEET_NAME) ?? []);
}

/** Writes the review into the workbook; missing add-in sheets are (re)created. */
export function writeReviewSheets(workbook: ExcelJS.Workbook, options: WriteReviewSheetsOptions): void {
  let countRange = options.countRange;
  if (options.inventory !== undefined)
    countRange = writeClusterColumn(workbook, options.state, options.inventory);
  const clusters = replaceSheet(
    workbook,
    CLUSTER_SHEET_NAME,
    clusterSheetRows(options.state, countRange === undefined ? {} : { countRange }),
    [40, 40, 10, 12, 50, 10],
  );
  for (const c of CLUSTER_SHEET_HIDDEN_COLUMNS) clusters.getColumn(c + 1).hidden = true;
  appendProtocol(workbook, options.newEntries);
  const settings = replaceSheet(
    workbook,
    SETTINGS_SHEET_NAME,
    settingsSheetRows(options.settings, options.state),
    [],
    options.deferRows,
  );
  settings.state = "hidden";
}

function sheetValues(workbook: ExcelJS.Workbook, name: string): RawCell[][] | null {
  const sheet = findSheet(workbook, name);
  if (sheet === undefined) return null;
  const values: RawCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(toRawCell(row.getCell(c).value));
    values[rowNumber - 1] = cells;
  });
  return Array.from(values, (row) => row ?? []);
}

/** Sheet names in Excel are case-insensitive. */
function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

function toExcelValue(cell: ReviewSheetCell): ExcelJS.CellValue {
  if (typeof cell !== "object") return cell;
  return "formula" in cell ? { formula: cell.formula, result: cell.result } : cell.serial;
}

/**
 * Clears (or creates) an add-in sheet and writes `rows`; text cells get format "@" so they stay text.
 * With `deferRows`, the rows between the first and the last go to it instead of into ExcelJS when they
 * hold no formula.
 */
function replaceSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: readonly (readonly ReviewSheetCell[])[],
  widths: readonly number[],
  deferRows?: (rows: InventoryRows) => void,
): ExcelJS.Worksheet {
  const sheet = findSheet(workbook, name) ?? workbook.addWorksheet(name);
  if (sheet.rowCount > 0) sheet.spliceRows(1, sheet.rowCount);
  // The first and the last row stay ExcelJS rows, so a later `addRow` appends below the deferred block.
  const body = rows.slice(1, -1);
  if (deferRows !== undefined && body.length > 0 && body.every((row) => row.every(isPlain))) {
    writeRow(sheet, 1, rows[0] ?? []);
    writeRow(sheet, rows.length, rows[rows.length - 1] ?? []);
    const columnCount = rows.reduce((max, row) => Math.max(max, row.length), 0);
    deferRows({
      sheetName: sheet.name,
      headerRow: 1,
      rowNumbers: body.map((_, r) => r + 2),
      values: body,
      formats: body.map((row) => row.map((value) => (typeof value === "string" ? "@" : undefined))),
      columnCount,
    });
  } else rows.forEach((row, r) => writeRow(sheet, r + 1, row));
  sheet.getRow(1).font = { bold: true };
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return sheet;
}

function isPlain(cell: ReviewSheetCell): cell is string | number {
  return typeof cell !== "object";
}

function writeRow(sheet: ExcelJS.Worksheet, rowNumber: number, row: readonly ReviewSheetCell[]): void {
  row.forEach((value, c) => {
    const cell = sheet.getCell(rowNumber, c + 1);
    cell.value = toExcelValue(value);
    if (typeof value === "string") cell.numFmt = "@";
    else if (typeof value === "object" && "serial" in value) cell.numFmt = value.numberFormat;
  });
}

function appendProtocol(workbook: ExcelJS.Workbook, entries: readonly ProtocolEntry[]): void {
  let sheet = findSheet(workbook, PROTOCOL_SHEET_NAME);
  if (sheet === undefined) {
    sheet = workbook.addWorksheet(PROTOCOL_SHEET_NAME);
    writeRow(sheet, 1, protocolHeaderRow());
    sheet.getRow(1).font = { bold: true };
    [22, 30, 40, 30, 30, 20].forEach(
      (width, i) => ((sheet as ExcelJS.Worksheet).getColumn(i + 1).width = width),
    );
  }
  const first = sheet.actualRowCount === 0 ? 1 : lastUsedRow(sheet) + 1;
  protocolRows(entries).forEach((row, i) => writeRow(sheet, first + i, row));
}

function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((row, rowNumber) => {
    if (row.hasValues) last = rowNumber;
  });
  return last;
}

/**
 * Writes each process's cluster name into the inventory's `Cluster` column (found by header in the
 * header row, else appended after the last header) and returns the range the counts refer to.
 */
function writeClusterColumn(
  workbook: ExcelJS.Workbook,
  state: ReviewState,
  target: XlsxInventoryTarget,
): string {
  const sheet = findSheet(workbook, target.sheetName);
  if (sheet === undefined)
    throw new RangeError(`Das Inventarblatt „${target.sheetName}“ fehlt in der Arbeitsmappe.`);
  const header = sheet.getRow(target.headerRow);
  let column = 0;
  let lastHeader = 0;
  header.eachCell((cell, c) => {
    const text = String(toRawCell(cell.value) ?? "").trim();
    if (text !== "") lastHeader = c;
    if (column === 0 && text.toLowerCase() === CLUSTER_COLUMN_HEADER.toLowerCase()) column = c;
  });
  if (column === 0) {
    column = lastHeader + 1;
    header.getCell(column).value = CLUSTER_COLUMN_HEADER;
  }
  const names = selectClusterNameByKey(state);
  for (const [key, row] of Object.entries(target.rows)) {
    const name = names.get(key);
    if (name === undefined) continue;
    const cell = sheet.getCell(row, column);
    cell.value = name;
    cell.numFmt = "@";
  }
  const letter = sheet.getColumn(column).letter;
  return `'${target.sheetName.replace(/'/g, "''")}'!$${letter}$${target.headerRow + 1}:$${letter}$1048576`;
}
