/**
 * Office.js adapter of the review: reads the add-in's sheets back (≤ 2 syncs) and writes the review
 * (≤ 3 syncs). It touches only the add-in's own sheets (`Cluster`, `Änderungsprotokoll`, the hidden
 * settings sheet) and the inventory's `Cluster` column; a deleted or renamed add-in sheet is recreated.
 */
import { columnLetter } from "../domain/columnLetter";
import type { RawCell } from "../domain/inventory/types";
import { clusterSheetRows } from "../domain/review/clusterSheet";
import { protocolHeaderRow, protocolRows } from "../domain/review/protocolSheet";
import { selectClusterNameByKey } from "../domain/review/reviewSelectors";
import {
  CLUSTER_COLUMN_HEADER,
  CLUSTER_SHEET_NAME,
  PROTOCOL_SHEET_NAME,
  SETTINGS_SHEET_NAME,
  type ReviewSheetCell,
} from "../domain/review/reviewSheetTypes";
import { reviewStateFromWorkbook, type WorkbookReview } from "../domain/review/reviewStateFromWorkbook";
import { settingsSheetRows } from "../domain/review/settingsSheet";
import type { ReviewWrite } from "./gateway";

/** Reads decisions and settings: one sync to find the sheets, one to read their used ranges. */
export async function readReviewStore(context: Excel.RequestContext): Promise<WorkbookReview> {
  const sheets = context.workbook.worksheets;
  const clusterSheet = sheets.getItemOrNullObject(CLUSTER_SHEET_NAME);
  const settingsSheet = sheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  await context.sync();
  const clusterUsed = clusterSheet.isNullObject ? null : clusterSheet.getUsedRangeOrNullObject(true);
  const settingsUsed = settingsSheet.isNullObject ? null : settingsSheet.getUsedRangeOrNullObject(true);
  clusterUsed?.load("values,rowIndex,columnIndex");
  settingsUsed?.load("values,rowIndex,columnIndex");
  await context.sync();
  return reviewStateFromWorkbook({ clusterSheet: fromA1(clusterUsed), settingsSheet: fromA1(settingsUsed) });
}

/**
 * Writes one review change. Sync 1 finds the add-in sheets and the inventory's header row; sync 2
 * (only with new protocol entries on an existing protocol) finds the protocol's last row; the last
 * sync applies every write at once.
 */
export async function writeReviewStore(context: Excel.RequestContext, write: ReviewWrite): Promise<void> {
  const sheets = context.workbook.worksheets;
  const clusterSheet = sheets.getItemOrNullObject(CLUSTER_SHEET_NAME);
  const settingsSheet = sheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  const protocolSheet = sheets.getItemOrNullObject(PROTOCOL_SHEET_NAME);
  const inventory = sheets.getItem(write.location.sheetName);
  const header = inventory
    .getRange(`${write.location.headerRow}:${write.location.headerRow}`)
    .getUsedRangeOrNullObject(true);
  header.load("values,columnIndex");
  await context.sync();

  let protocolNextRow = 1;
  if (!protocolSheet.isNullObject && write.newEntries.length > 0) {
    const used = protocolSheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    await context.sync();
    protocolNextRow = used.isNullObject ? 1 : used.rowIndex + used.rowCount + 1;
  }

  const countRange = writeClusterColumn(context, inventory, header, write);
  const definitions = clusterSheet.isNullObject ? sheets.add(CLUSTER_SHEET_NAME) : clusterSheet;
  replaceRows(definitions, clusterSheetRows(write.state, { countRange }));
  const settings = settingsSheet.isNullObject ? sheets.add(SETTINGS_SHEET_NAME) : settingsSheet;
  replaceRows(settings, settingsSheetRows(write.settings, write.state));
  settings.visibility = "Hidden";
  if (write.newEntries.length > 0 || protocolSheet.isNullObject) {
    const protocol = protocolSheet.isNullObject ? sheets.add(PROTOCOL_SHEET_NAME) : protocolSheet;
    const rows = protocolRows(write.newEntries);
    if (protocolSheet.isNullObject || protocolNextRow === 1) rows.unshift(protocolHeaderRow());
    writeBlock(protocol, protocolNextRow, 0, rows);
  }
  await context.sync();
}

/** Used-range values as a grid that starts at A1 (the readers expect sheet coordinates). */
function fromA1(used: Excel.Range | null): RawCell[][] | null {
  if (used === null) return null;
  if (used.isNullObject) return [];
  const pad = Array.from({ length: used.columnIndex }, () => null);
  return [
    ...Array.from({ length: used.rowIndex }, () => []),
    ...used.values.map((row) => [...pad, ...(row as RawCell[])]),
  ];
}

/** Finds or adds the `Cluster` column and queues one write per run of consecutive rows. */
function writeClusterColumn(
  context: Excel.RequestContext,
  inventory: Excel.Worksheet,
  header: Excel.Range,
  write: ReviewWrite,
): string {
  const cells = header.isNullObject ? [] : (header.values[0] ?? []);
  const offset = header.isNullObject ? write.location.firstColumn : header.columnIndex;
  const found = cells.findIndex(
    (cell) => String(cell).trim().toLowerCase() === CLUSTER_COLUMN_HEADER.toLowerCase(),
  );
  const column = found >= 0 ? offset + found : offset + cells.length;
  if (found < 0) {
    if (write.location.tableName !== undefined) {
      context.workbook.tables
        .getItem(write.location.tableName)
        .columns.add(undefined, undefined, CLUSTER_COLUMN_HEADER);
    } else {
      writeBlock(inventory, write.location.headerRow, column, [[CLUSTER_COLUMN_HEADER]]);
    }
  }
  const names = selectClusterNameByKey(write.state);
  const byRow = Object.entries(write.rows)
    .flatMap(([key, row]) => {
      const name = names.get(key);
      return name === undefined ? [] : [{ row, name }];
    })
    .sort((a, b) => a.row - b.row);
  let run: { row: number; name: string }[] = [];
  const flush = (): void => {
    const first = run[0];
    if (first !== undefined)
      writeBlock(
        inventory,
        first.row,
        column,
        run.map((r) => [r.name]),
      );
    run = [];
  };
  for (const item of byRow) {
    const last = run[run.length - 1];
    if (last !== undefined && item.row !== last.row + 1) flush();
    run.push(item);
  }
  flush();
  if (write.location.tableName !== undefined) return `${write.location.tableName}[${CLUSTER_COLUMN_HEADER}]`;
  const letter = columnLetter(column);
  return `'${write.location.sheetName.replace(/'/g, "''")}'!$${letter}$${write.location.headerRow + 1}:$${letter}$1048576`;
}

/** Clears an add-in sheet's contents and writes `rows` from A1. */
function replaceRows(sheet: Excel.Worksheet, rows: readonly (readonly ReviewSheetCell[])[]): void {
  sheet.getRange().clear("Contents");
  writeBlock(sheet, 1, 0, rows);
}

/**
 * Writes a block at (1-based `row`, 0-based `column`). Text cells get format "@" before their value and
 * go through `values`, so names like "=SUMME(A1)" or "2024" stay text; formula cells are written through
 * `formulas` afterwards, one range per run of consecutive formula cells in a column.
 */
function writeBlock(
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  rows: readonly (readonly ReviewSheetCell[])[],
): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: width }, (_, c): ReviewSheetCell => r[c] ?? ""));
  const range = sheet.getRangeByIndexes(row - 1, column, padded.length, width);
  range.numberFormat = padded.map((r) => r.map((cell) => (typeof cell === "string" ? "@" : "General")));
  range.values = padded.map((r) => r.map((cell) => (typeof cell === "object" ? cell.result : cell)));
  for (let c = 0; c < width; c += 1) {
    let start = -1;
    for (let r = 0; r <= padded.length; r += 1) {
      const cell = padded[r]?.[c];
      const isFormula = typeof cell === "object";
      if (isFormula && start < 0) start = r;
      if (!isFormula && start >= 0) {
        const formulas = padded.slice(start, r).map((line) => {
          const value = line[c];
          return [typeof value === "object" ? `=${value.formula}` : ""];
        });
        sheet.getRangeByIndexes(row - 1 + start, column + c, r - start, 1).formulas = formulas;
        start = -1;
      }
    }
  }
}
