/**
 * Office.js adapter of the review: reads the add-in's sheets back (≤ 2 syncs) and writes the review
 * (≤ 3 syncs) by applying the domain's `ReviewWritePlan`. It touches only the add-in's own sheets
 * (`Cluster`, `Änderungsprotokoll`, the hidden settings sheet) and the inventory's `Cluster` and `Bereich`
 * columns; a deleted or renamed add-in sheet is recreated.
 */
import type { RawCell } from "../domain/inventory/types";
import {
  CLUSTER_SHEET_NAME,
  PROTOCOL_SHEET_NAME,
  SETTINGS_SHEET_NAME,
  cellResult,
  isFormulaCell,
  reviewCellFormat,
  type ReviewSheetCell,
} from "../domain/review/reviewSheetTypes";
import { reviewStateFromWorkbook, type WorkbookReview } from "../domain/review/reviewStateFromWorkbook";
import {
  reviewWritePlan,
  sameHeader,
  type ReviewSheetPlan,
  type ReviewWritePlan,
} from "../domain/review/reviewWritePlan";
import type { ReviewWrite } from "../workbook/gateway";
import {
  readRowChunks,
  jsonBytes,
  WriteBatcher,
  sliceRowsByBytes,
  REQUEST_LIMIT_BYTES,
  ACTION_OVERHEAD_BYTES,
} from "./internals/requestBudget";
import { columnWidthPoints } from "./internals/queuePlanSheet";
import { queueUsedExtent, readUsedGrid } from "./internals/readUsedGrid";
import { resolveRowsByKey } from "./internals/resolveRowsByKey";
import { WorkbookError } from "../workbook/workbookError";

/**
 * Reads decisions and settings: one sync to find the sheets, one for their extents, then their used
 * ranges in chunks of ≤ 4.5 MB (one sync each; small sheets share one).
 */
export async function readReviewStore(context: Excel.RequestContext): Promise<WorkbookReview> {
  const sheets = context.workbook.worksheets;
  const clusterSheet = sheets.getItemOrNullObject(CLUSTER_SHEET_NAME);
  const settingsSheet = sheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  await context.sync();
  const clusterExtent = clusterSheet.isNullObject ? null : queueUsedExtent(clusterSheet);
  const settingsExtent = settingsSheet.isNullObject ? null : queueUsedExtent(settingsSheet);
  if (clusterExtent !== null || settingsExtent !== null) await context.sync();
  const clusterGrid = clusterExtent === null ? null : await readUsedGrid(context, clusterExtent, "values");
  const settingsGrid = settingsExtent === null ? null : await readUsedGrid(context, settingsExtent, "values");
  return reviewStateFromWorkbook({
    clusterSheet: clusterGrid as RawCell[][] | null,
    settingsSheet: settingsGrid as RawCell[][] | null,
  });
}

/**
 * Writes one review change, by key. Sync 1 finds the add-in sheets, the inventory's header row and its
 * extent; then the anchor column (ID, else name) is read again (1 sync per ≤ 4.5 MB, with the protocol's
 * last row) and each process's current row resolved (`resolveRowsByKey`). If the inventory changed
 * shape — anchor column gone, a process missing or ambiguous — nothing is written and a `WorkbookError`
 * ("tableChanged") asks to read again. The domain plans the write (`reviewWritePlan`); its cells then go
 * out in requests of ≤ 4.5 MB each.
 */
export async function writeReviewStore(
  context: Excel.RequestContext,
  write: ReviewWrite,
  /** Bytes per request; default 4.5 MB (tests use less to see the splitting at small sizes). */
  maxRequestBytes: number = REQUEST_LIMIT_BYTES,
): Promise<void> {
  const found = await readWriteTargets(context, write, maxRequestBytes);
  const plan = reviewWritePlan({
    state: write.state,
    settings: write.settings,
    newEntries: write.newEntries,
    protocolLastRow: found.protocolLastRow,
    inventory: {
      sheetName: write.location.sheetName,
      ...(write.location.tableName === undefined ? {} : { tableName: write.location.tableName }),
      headerRow: write.location.headerRow,
      firstColumn: found.offset,
      headers: found.headers,
      rows: found.rows,
      ...(write.bereichHeader === undefined ? {} : { bereichHeader: write.bereichHeader }),
    },
  });
  const batcher = new WriteBatcher(context, maxRequestBytes);
  await applyInventoryColumns(context, batcher, plan);
  for (const sheet of plan.sheets) await applySheet(context, batcher, sheet, found.sheets.get(sheet.name));
  await batcher.flush();
}

/** What a review write reads before it is planned. */
interface WriteTargets {
  /** Header row cells as read, starting at sheet column `offset`. */
  readonly headers: RawCell[];
  readonly offset: number;
  /** Process key → current 1-based row. */
  readonly rows: ReadonlyMap<string, number>;
  /** See `ReviewWriteInput.protocolLastRow` (0 when not read because there is nothing to append). */
  readonly protocolLastRow: number | null;
  /** The add-in's sheets by name; null when missing. */
  readonly sheets: ReadonlyMap<string, Excel.Worksheet | null>;
}

async function readWriteTargets(
  context: Excel.RequestContext,
  write: ReviewWrite,
  maxRequestBytes: number,
): Promise<WriteTargets> {
  const worksheets = context.workbook.worksheets;
  const protocolSheet = worksheets.getItemOrNullObject(PROTOCOL_SHEET_NAME);
  const own = [
    [CLUSTER_SHEET_NAME, worksheets.getItemOrNullObject(CLUSTER_SHEET_NAME)],
    [SETTINGS_SHEET_NAME, worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME)],
    [PROTOCOL_SHEET_NAME, protocolSheet],
  ] as const;
  const inventory = worksheets.getItem(write.location.sheetName);
  const { headerRow } = write.location;
  const header = inventory.getRange(`${headerRow}:${headerRow}`).getUsedRangeOrNullObject(true);
  header.load("values,columnIndex");
  const extent = inventory.getUsedRangeOrNullObject(true);
  extent.load("rowIndex,rowCount");
  await context.sync();

  const headers = (header.isNullObject ? [] : (header.values[0] ?? [])) as RawCell[];
  const offset = header.isNullObject ? write.location.firstColumn : header.columnIndex;
  const anchorIndex = headers.findIndex((cell) => sameHeader(cell, write.anchors.header));
  if (anchorIndex < 0 || extent.isNullObject) throw new WorkbookError("tableChanged");
  const lastRow = extent.rowIndex + extent.rowCount;
  const protocolUsed =
    !protocolSheet.isNullObject && write.newEntries.length > 0
      ? protocolSheet.getUsedRangeOrNullObject(true)
      : null;
  protocolUsed?.load("rowIndex,rowCount");
  const anchorValues: unknown[] = [];
  const dataRows = Math.max(0, lastRow - headerRow);
  // The protocol's extent travels with the first chunk; without data rows it needs its own sync.
  if (dataRows === 0 && protocolUsed !== null) await context.sync();
  await readRowChunks(context, {
    budget: maxRequestBytes,
    rows: dataRows,
    bytesPerRow: 64,
    load: (start, count) => {
      const chunk = inventory.getRangeByIndexes(headerRow + start, offset + anchorIndex, count, 1);
      chunk.load("values");
      return chunk;
    },
    take: (chunk) => {
      for (const line of chunk.values) anchorValues.push(line[0]);
      return jsonBytes(chunk.values);
    },
  });
  const resolved = resolveRowsByKey(
    { cells: write.anchors.cells, rows: write.rows },
    anchorValues,
    headerRow + 1,
  );
  if (!resolved.ok) throw new WorkbookError("tableChanged");
  return {
    headers,
    offset,
    rows: resolved.rows,
    protocolLastRow: protocolSheet.isNullObject
      ? null
      : protocolUsed === null || protocolUsed.isNullObject
        ? 0
        : protocolUsed.rowIndex + protocolUsed.rowCount,
    sheets: new Map(own.map(([name, sheet]) => [name, sheet.isNullObject ? null : sheet])),
  };
}

/** New columns get their header (a table column in a table), then every column its values by runs. */
async function applyInventoryColumns(
  context: Excel.RequestContext,
  batcher: WriteBatcher,
  plan: ReviewWritePlan,
): Promise<void> {
  if (plan.inventory === null) return;
  const { sheetName, tableName, headerRow, columns } = plan.inventory;
  const inventory = context.workbook.worksheets.getItem(sheetName);
  for (const column of columns) {
    if (column.create && tableName !== undefined)
      context.workbook.tables.getItem(tableName).columns.add(undefined, undefined, column.header);
    else if (column.create) await writeBlock(batcher, inventory, headerRow, column.column, [[column.header]]);
    for (const block of column.blocks)
      await writeBlock(
        batcher,
        inventory,
        block.firstRow,
        column.column,
        block.values.map((value) => [value]),
      );
  }
}

/** One add-in sheet: found or added, cleared when replaced, written, then hidden columns, layout, visibility. */
async function applySheet(
  context: Excel.RequestContext,
  batcher: WriteBatcher,
  plan: ReviewSheetPlan,
  existing: Excel.Worksheet | null | undefined,
): Promise<void> {
  const sheet = existing ?? context.workbook.worksheets.add(plan.name);
  if (plan.mode === "replace") sheet.getRange().clear("Contents");
  await writeBlock(batcher, sheet, plan.firstRow, 0, plan.rows);
  const width = Math.max(0, ...plan.rows.map((row) => row.length));
  const actions = plan.hiddenColumns.length + plan.columnWidths.length + plan.boldRows.length + 1;
  await batcher.add(actions * ACTION_OVERHEAD_BYTES, () => {
    const column = (c: number) => sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn();
    for (const c of plan.hiddenColumns) column(c).columnHidden = true;
    plan.columnWidths.forEach((chars, c) => (column(c).format.columnWidth = columnWidthPoints(chars)));
    for (const row of plan.boldRows)
      if (width > 0) sheet.getRangeByIndexes(row - 1, 0, 1, width).format.font.bold = true;
    if (plan.veryHidden) sheet.visibility = "VeryHidden";
  });
}

/**
 * Queues a block at (1-based `row`, 0-based `column`), split into requests of ≤ 4.5 MB. Text cells get
 * format "@" before their value and go through `values`, so names like "=SUMME(A1)" or "2024" stay text;
 * formula cells are written through `formulas` afterwards, one range per run of formula cells in a column.
 */
async function writeBlock(
  batcher: WriteBatcher,
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  rows: readonly (readonly ReviewSheetCell[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: width }, (_, c): ReviewSheetCell => r[c] ?? ""));
  // Each slice carries formats, values and formulas: budget a third of the request for its values.
  for (const [start, end] of sliceRowsByBytes(padded, batcher.budget / 3)) {
    const part = padded.slice(start, end);
    const formats = part.map((r) => r.map(reviewCellFormat));
    const values = part.map((r) => r.map(cellResult));
    const bytes = jsonBytes(formats) + jsonBytes(values) + 2 * ACTION_OVERHEAD_BYTES;
    await batcher.add(bytes, () => {
      const range = sheet.getRangeByIndexes(row - 1 + start, column, part.length, width);
      range.numberFormat = formats;
      range.values = values;
    });
    await queueFormulaRuns(batcher, sheet, row - 1 + start, column, part);
  }
}

/** Queues the formula cells of `part` (top-left at 0-based `top`, `left`), one range per vertical run. */
async function queueFormulaRuns(
  batcher: WriteBatcher,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  part: readonly (readonly ReviewSheetCell[])[],
): Promise<void> {
  const width = part[0]?.length ?? 0;
  for (let c = 0; c < width; c += 1) {
    let start = -1;
    for (let r = 0; r <= part.length; r += 1) {
      const isFormula = isFormulaCell(part[r]?.[c]);
      if (isFormula && start < 0) start = r;
      if (!isFormula && start >= 0) {
        const formulas = part.slice(start, r).map((line) => {
          const value = line[c];
          return [isFormulaCell(value) ? `=${value.formula}` : ""];
        });
        const at = start;
        await batcher.add(jsonBytes(formulas) + ACTION_OVERHEAD_BYTES, () => {
          sheet.getRangeByIndexes(top + at, left + c, formulas.length, 1).formulas = formulas;
        });
        start = -1;
      }
    }
  }
}
