/**
 * ExcelJS adapter of the review: reads the decisions back from a workbook and writes them by applying
 * the domain's `ReviewWritePlan` — the `Cluster` definitions sheet, new rows of the `Änderungsprotokoll`,
 * the hidden settings sheet and the inventory's `Cluster` and `Bereich` columns. It touches no other cells.
 */
import type ExcelJS from "exceljs";
import type { RawCell } from "../../domain/inventory/types";
import { readProtocolSheet } from "../../domain/review/protocolSheet";
import {
  CLUSTER_SHEET_NAME,
  PROTOCOL_SHEET_NAME,
  SETTINGS_SHEET_NAME,
  reviewCellFormat,
  type ReviewSheetCell,
} from "../../domain/review/reviewSheetTypes";
import { reviewStateFromWorkbook, type WorkbookReview } from "../../domain/review/reviewStateFromWorkbook";
import {
  reviewWritePlan,
  type ReviewInventoryRef,
  type ReviewSheetPlan,
  type ReviewWritePlan,
} from "../../domain/review/reviewWritePlan";
import type { ProtocolEntry, ReviewSettings, ReviewState } from "../../domain/review/types";
import { toRawCell } from "../internals/readXlsxGrid";
import type { InventoryRows } from "./inventoryRowsXml";

/** Where the inventory's `Cluster` and `Bereich` columns are to be written. */
export interface XlsxInventoryTarget {
  readonly sheetName: string;
  /** 1-based row of the header row. */
  readonly headerRow: number;
  /** `ProcessRecord.key` → 1-based sheet row. */
  readonly rows: Readonly<Record<string, number>>;
  /** Header of the Bereich column (`bereichColumnHeader`). Default "Bereich". */
  readonly bereichHeader?: string;
}

export interface WriteReviewSheetsOptions {
  readonly state: ReviewState;
  readonly settings: ReviewSettings;
  /** Entries to append below the existing protocol (never rewritten). */
  readonly newEntries: readonly ProtocolEntry[];
  /** Write the `Cluster` and `Bereich` columns there (found by header, else appended) and count over it. */
  readonly inventory?: XlsxInventoryTarget;
  /**
   * Table `Anzahl` counts over (`<table>[Cluster]`) when `inventory` is not given, e.g. `Prozesse` when
   * the inventory was written as a table by someone else. Default: plain numbers.
   */
  readonly countTable?: string;
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
  const protocol = findSheet(workbook, PROTOCOL_SHEET_NAME);
  const plan = reviewWritePlan({
    state: options.state,
    settings: options.settings,
    newEntries: options.newEntries,
    inventory: options.inventory === undefined ? null : inventoryRef(workbook, options.inventory),
    ...(options.countTable === undefined ? {} : { countTable: options.countTable }),
    protocolLastRow: protocol === undefined ? null : lastUsedRow(protocol),
  });
  applyInventoryColumns(workbook, plan);
  // Only the settings sheet (one row per process) is worth deferring into the package.
  for (const sheet of plan.sheets)
    applySheet(workbook, sheet, sheet.name === SETTINGS_SHEET_NAME ? options.deferRows : undefined);
}

/** The inventory's header row from column A, and the rows by key. */
function inventoryRef(workbook: ExcelJS.Workbook, target: XlsxInventoryTarget): ReviewInventoryRef {
  const sheet = findSheet(workbook, target.sheetName);
  if (sheet === undefined)
    throw new RangeError(`Das Inventarblatt „${target.sheetName}“ fehlt in der Arbeitsmappe.`);
  const headers: RawCell[] = [];
  sheet.getRow(target.headerRow).eachCell((cell, c) => (headers[c - 1] = toRawCell(cell.value)));
  return {
    sheetName: sheet.name,
    headerRow: target.headerRow,
    firstColumn: 0,
    headers: Array.from(headers, (cell) => cell ?? null),
    rows: new Map(Object.entries(target.rows)),
    ...(target.bereichHeader === undefined ? {} : { bereichHeader: target.bereichHeader }),
  };
}

function applyInventoryColumns(workbook: ExcelJS.Workbook, plan: ReviewWritePlan): void {
  if (plan.inventory === null) return;
  const sheet = findSheet(workbook, plan.inventory.sheetName);
  if (sheet === undefined) return;
  for (const column of plan.inventory.columns) {
    if (column.create) writeRow(sheet, plan.inventory.headerRow, [column.header], column.column);
    for (const block of column.blocks)
      block.values.forEach((value, i) => writeRow(sheet, block.firstRow + i, [value], column.column));
  }
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
 * One add-in sheet: found or added, emptied when replaced, its rows written, then hidden columns, widths,
 * bold rows and visibility. With `deferRows`, a replaced sheet's rows between the first and the last go
 * to it instead of into ExcelJS when they hold no formula.
 */
function applySheet(
  workbook: ExcelJS.Workbook,
  plan: ReviewSheetPlan,
  deferRows?: (rows: InventoryRows) => void,
): void {
  const sheet = findSheet(workbook, plan.name) ?? workbook.addWorksheet(plan.name);
  if (plan.mode === "replace" && sheet.rowCount > 0) sheet.spliceRows(1, sheet.rowCount);
  const { rows } = plan;
  // The first and the last row stay ExcelJS rows, so a later `addRow` appends below the deferred block.
  const body = rows.slice(1, -1);
  if (deferRows !== undefined && body.length > 0 && body.every((row) => row.every(isPlain))) {
    writeRow(sheet, plan.firstRow, rows[0] ?? []);
    writeRow(sheet, plan.firstRow + rows.length - 1, rows[rows.length - 1] ?? []);
    deferRows({
      sheetName: sheet.name,
      headerRow: plan.firstRow,
      rowNumbers: body.map((_, r) => plan.firstRow + r + 1),
      values: body,
      formats: body.map((row) => row.map((value) => (typeof value === "string" ? "@" : undefined))),
      columnCount: rows.reduce((max, row) => Math.max(max, row.length), 0),
    });
  } else rows.forEach((row, r) => writeRow(sheet, plan.firstRow + r, row));
  for (const c of plan.hiddenColumns) sheet.getColumn(c + 1).hidden = true;
  plan.columnWidths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  for (const row of plan.boldRows) sheet.getRow(row).font = { bold: true };
  if (plan.veryHidden) sheet.state = "veryHidden";
}

function isPlain(cell: ReviewSheetCell): cell is string | number {
  return typeof cell !== "object";
}

/** Writes `row` from 0-based `column` on; text and date-times get their number format. */
function writeRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  row: readonly ReviewSheetCell[],
  column = 0,
): void {
  row.forEach((value, c) => {
    const cell = sheet.getCell(rowNumber, column + c + 1);
    cell.value = toExcelValue(value);
    const format = reviewCellFormat(value);
    if (format !== "General") cell.numFmt = format;
  });
}

/** The last row with a value (0 for an empty sheet). */
function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((row, rowNumber) => {
    if (row.hasValues) last = rowNumber;
  });
  return last;
}
