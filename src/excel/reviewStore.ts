/**
 * Office.js adapter of the review: reads the add-in's sheets back (≤ 2 syncs) and writes the review
 * (≤ 3 syncs). It touches only the add-in's own sheets (`Cluster`, `Änderungsprotokoll`, the hidden
 * settings sheet) and the inventory's `Cluster` column; a deleted or renamed add-in sheet is recreated.
 */
import { columnLetter } from "../domain/columnLetter";
import type { RawCell } from "../domain/inventory/types";
import { clusterSheetRows } from "../domain/review/clusterSheet";
import { protocolHeaderRow, protocolRows } from "../domain/review/protocolSheet";
import { selectBereichByKey, selectClusterNameByKey } from "../domain/review/reviewSelectors";
import {
  BEREICH_COLUMN_HEADER,
  CLUSTER_COLUMN_HEADER,
  CLUSTER_SHEET_HIDDEN_COLUMNS,
  CLUSTER_SHEET_NAME,
  PROTOCOL_SHEET_NAME,
  SETTINGS_SHEET_NAME,
  cellResult,
  isFormulaCell,
  type ReviewSheetCell,
} from "../domain/review/reviewSheetTypes";
import { reviewStateFromWorkbook, type WorkbookReview } from "../domain/review/reviewStateFromWorkbook";
import { settingsSheetRows } from "../domain/review/settingsSheet";
import type { ReviewWrite } from "../workbook/gateway";
import {
  readRowChunks,
  jsonBytes,
  WriteBatcher,
  sliceRowsByBytes,
  REQUEST_LIMIT_BYTES,
  ACTION_OVERHEAD_BYTES,
} from "./internals/requestBudget";
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

/** German refusal when the inventory changed shape since it was read (sorting alone is fine with IDs). */
export const TABLE_CHANGED_MESSAGE =
  "Das Prozessinventar wurde seit dem Einlesen verändert (Zeilen sortiert, eingefügt oder gelöscht, oder Spalten verschoben). Damit keine Clusternamen neben falschen Prozessen landen, wurde nichts geschrieben. Bitte unter „Daten“ erneut einlesen.";

/**
 * A column the add-in owns in the inventory, written per process by key. Further tool-owned columns are
 * one more entry in `ownedColumns`.
 */
interface OwnedColumn {
  readonly header: string;
  readonly valueOf: (key: string) => string | undefined;
}

/** The inventory columns a review write fills, in the order they are added when missing. */
function ownedColumns(write: ReviewWrite): OwnedColumn[] {
  const clusterNames = selectClusterNameByKey(write.state);
  const bereiche = selectBereichByKey(write.state);
  return [
    { header: CLUSTER_COLUMN_HEADER, valueOf: (key) => clusterNames.get(key) },
    { header: write.bereichHeader ?? BEREICH_COLUMN_HEADER, valueOf: (key) => bereiche.get(key) },
  ];
}

const sameHeader = (cell: unknown, header: string): boolean =>
  String(cell ?? "")
    .trim()
    .toLowerCase() === header.trim().toLowerCase();

/**
 * Writes one review change, by key. Sync 1 finds the add-in sheets, the inventory's header row and its
 * extent; then the anchor column (ID, else name) is read again (1 sync per ≤ 4.5 MB, with the protocol's
 * last row) and each process's current row resolved (`resolveRowsByKey`). If the inventory changed
 * shape — anchor column gone, a process missing or ambiguous — nothing is written and a `WorkbookError`
 * ("tableChanged") asks to read again. Writes then go out in requests of ≤ 4.5 MB each.
 */
export async function writeReviewStore(
  context: Excel.RequestContext,
  write: ReviewWrite,
  /** Bytes per request; default 4.5 MB (tests use less to see the splitting at small sizes). */
  maxRequestBytes: number = REQUEST_LIMIT_BYTES,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const clusterSheet = sheets.getItemOrNullObject(CLUSTER_SHEET_NAME);
  const settingsSheet = sheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  const protocolSheet = sheets.getItemOrNullObject(PROTOCOL_SHEET_NAME);
  const inventory = sheets.getItem(write.location.sheetName);
  const { headerRow } = write.location;
  const header = inventory.getRange(`${headerRow}:${headerRow}`).getUsedRangeOrNullObject(true);
  header.load("values,columnIndex");
  const extent = inventory.getUsedRangeOrNullObject(true);
  extent.load("rowIndex,rowCount");
  await context.sync();

  const cells = header.isNullObject ? [] : (header.values[0] ?? []);
  const offset = header.isNullObject ? write.location.firstColumn : header.columnIndex;
  const anchorIndex = cells.findIndex((cell) => sameHeader(cell, write.anchors.header));
  if (anchorIndex < 0 || extent.isNullObject) throw new WorkbookError("tableChanged", TABLE_CHANGED_MESSAGE);
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
  if (!resolved.ok) throw new WorkbookError("tableChanged", TABLE_CHANGED_MESSAGE);

  const protocolNextRow =
    protocolUsed === null || protocolUsed.isNullObject
      ? 1
      : protocolUsed.rowIndex + protocolUsed.rowCount + 1;
  const batcher = new WriteBatcher(context, maxRequestBytes);
  const countRange = await writeOwnedColumns(context, batcher, inventory, {
    cells,
    offset,
    write,
    rows: resolved.rows,
  });
  const definitions = clusterSheet.isNullObject ? sheets.add(CLUSTER_SHEET_NAME) : clusterSheet;
  definitions.getRange().clear("Contents");
  await writeBlock(batcher, definitions, 1, 0, clusterSheetRows(write.state, { countRange }));
  for (const c of CLUSTER_SHEET_HIDDEN_COLUMNS)
    await batcher.add(ACTION_OVERHEAD_BYTES, () => {
      definitions.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
    });
  const settings = settingsSheet.isNullObject ? sheets.add(SETTINGS_SHEET_NAME) : settingsSheet;
  settings.getRange().clear("Contents");
  // VeryHidden: not listed under "Einblenden", so users do not stumble on it; only code can show it.
  settings.visibility = "VeryHidden";
  await writeBlock(batcher, settings, 1, 0, settingsSheetRows(write.settings, write.state));
  if (write.newEntries.length > 0 || protocolSheet.isNullObject) {
    const protocol = protocolSheet.isNullObject ? sheets.add(PROTOCOL_SHEET_NAME) : protocolSheet;
    const rows = protocolRows(write.newEntries);
    if (protocolSheet.isNullObject || protocolNextRow === 1) rows.unshift(protocolHeaderRow());
    await writeBlock(batcher, protocol, protocolNextRow, 0, rows);
  }
  await batcher.flush();
}

interface ColumnTarget {
  /** Header row cells as read, starting at `offset`. */
  readonly cells: readonly unknown[];
  /** 0-based sheet column of `cells[0]`. */
  readonly offset: number;
  readonly write: ReviewWrite;
  /** Process key → current 1-based row. */
  readonly rows: ReadonlyMap<string, number>;
}

/**
 * Finds or adds each owned column and queues its values by key, one block per run of consecutive rows.
 * Returns the reference of the `Cluster` column for the definitions sheet's COUNTIF.
 */
async function writeOwnedColumns(
  context: Excel.RequestContext,
  batcher: WriteBatcher,
  inventory: Excel.Worksheet,
  target: ColumnTarget,
): Promise<string> {
  const { write, offset } = target;
  let width = target.cells.length;
  let clusterRef = "";
  for (const owned of ownedColumns(write)) {
    const found = target.cells.findIndex((cell) => sameHeader(cell, owned.header));
    const column = found >= 0 ? offset + found : offset + width;
    if (found < 0) {
      width += 1;
      if (write.location.tableName !== undefined) {
        context.workbook.tables
          .getItem(write.location.tableName)
          .columns.add(undefined, undefined, owned.header);
      } else {
        await writeBlock(batcher, inventory, write.location.headerRow, column, [[owned.header]]);
      }
    }
    const byRow = [...target.rows]
      .flatMap(([key, row]) => {
        const value = owned.valueOf(key);
        return value === undefined ? [] : [{ row, value }];
      })
      .sort((a, b) => a.row - b.row);
    let run: { row: number; value: string }[] = [];
    for (let i = 0; i <= byRow.length; i += 1) {
      const item = byRow[i];
      const last = run[run.length - 1];
      if (last !== undefined && (item === undefined || item.row !== last.row + 1)) {
        await writeBlock(
          batcher,
          inventory,
          run[0]?.row ?? 0,
          column,
          run.map((r) => [r.value]),
        );
        run = [];
      }
      if (item !== undefined) run.push(item);
    }
    if (owned.header === CLUSTER_COLUMN_HEADER) clusterRef = columnReference(write, column, owned.header);
  }
  return clusterRef;
}

/** A formula reference to a whole inventory column: structured in a table, else absolute from the data. */
function columnReference(write: ReviewWrite, column: number, header: string): string {
  if (write.location.tableName !== undefined) return `${write.location.tableName}[${header}]`;
  const letter = columnLetter(column);
  return `'${write.location.sheetName.replace(/'/g, "''")}'!$${letter}$${write.location.headerRow + 1}:$${letter}$1048576`;
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
    const formats = part.map((r) => r.map(numberFormatOf));
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

/** Text stays text ("@"), a date-time gets its format, numbers and formulas "General". */
function numberFormatOf(cell: ReviewSheetCell): string {
  if (typeof cell === "string") return "@";
  return typeof cell === "object" && "serial" in cell ? cell.numberFormat : "General";
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
