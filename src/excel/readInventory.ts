import type { RawCell, RawGrid } from "../domain/inventory/types";
import { hiddenRowsOf, splitAreas } from "./internals/rangeAreas";

/** Where the inventory was found. */
export type InventorySource = "selectedTable" | "onlyTable" | "usedRange";

export interface InventoryRead {
  readonly grid: RawGrid;
  readonly source: InventorySource;
  /** A1 address of everything read, e.g. "Prozessinventar!A1:V251". */
  readonly address: string;
  /** Number of `context.sync` calls used (reported for diagnostics and asserted in tests). */
  readonly syncs: number;
}

export interface ReadInventoryOptions {
  /**
   * Upper bound of cells per response. Excel on the web rejects requests or responses over 5 MB;
   * with values and number formats a typical inventory cell costs 30–50 bytes of JSON, so 80,000 cells
   * (e.g. 3,000 rows × 26 columns) stay below it. Larger inventories are read in further bounded
   * chunks, one sync each: a single sync cannot carry them, since the limit is per response.
   */
  readonly maxCellsPerSync?: number;
  /**
   * Whether ExcelApi 1.9 is there: `Range.getTables` finds the table around the selection and
   * `getSpecialCells("Visible")` tells hidden (or filtered-out) rows.
   */
  readonly supportsSelectionTables?: boolean;
  /** Whether `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) may be used to report merged cells. */
  readonly supportsMergedAreas?: boolean;
}

const DEFAULT_MAX_CELLS = 80_000;

/**
 * Finds the process inventory — the table the selection is in, else the active sheet's only table,
 * else the active sheet's used range — and reads its values and number formats.
 * Sync budget: 1 to locate, 1 to read when it fits into one response (≤ `maxCellsPerSync` cells);
 * bigger inventories add one sync per further chunk, because the 5 MB limit applies per response.
 * Returns null when the active sheet is empty.
 */
export async function readInventory(
  context: Excel.RequestContext,
  options: ReadInventoryOptions = {},
): Promise<InventoryRead | null> {
  const maxCells = options.maxCellsPerSync ?? DEFAULT_MAX_CELLS;
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const tables = context.workbook.worksheets.getActiveWorksheet().tables;
  tables.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const selectionTables = options.supportsSelectionTables
    ? context.workbook.getSelectedRange().getTables(false)
    : null;
  selectionTables?.load("items/name");
  await context.sync();
  let syncs = 1;

  if (used.isNullObject) return null;

  let tableName: string | undefined;
  let source: InventorySource = "usedRange";
  const selected = selectionTables?.items[0];
  if (selected !== undefined) {
    tableName = selected.name;
    source = "selectedTable";
  } else if (tables.items.length === 1 && tables.items[0] !== undefined) {
    tableName = tables.items[0].name;
    source = "onlyTable";
  }

  // The inventory lies inside the used range, so the used range's size bounds the chunks to queue.
  const target = tableName === undefined ? used : sheet.tables.getItem(tableName).getRange();
  target.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const rowsPerChunk = Math.max(1, Math.floor(maxCells / Math.max(1, used.columnCount)));
  const chunks: Excel.Range[] = [];
  for (let offset = 0; offset < used.rowCount; offset += rowsPerChunk) {
    const block = sheet.getRangeByIndexes(
      used.rowIndex + offset,
      used.columnIndex,
      Math.min(rowsPerChunk, used.rowCount - offset),
      used.columnCount,
    );
    chunks.push(block.getIntersectionOrNullObject(target));
  }

  // Hidden rows and merged areas travel with the first chunk's sync (one address string each).
  const visible = options.supportsSelectionTables ? target.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  const merged = options.supportsMergedAreas ? target.getMergedAreasOrNullObject() : null;
  merged?.load("address");

  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  // Each chunk is at most `maxCells` cells; the first one travels with the locating reads' follow-up.
  for (let index = 0; index < chunks.length; index += 1) {
    const chunk = chunks[index];
    if (chunk === undefined) continue;
    chunk.load("values,numberFormat");
    // A separate sync per chunk keeps every response below the 5 MB limit (see ReadInventoryOptions).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs += 1;
    if (chunk.isNullObject) continue;
    values.push(...(chunk.values as RawCell[][]));
    numberFormats.push(...(chunk.numberFormat as string[][]));
  }

  const firstRow = target.rowIndex + 1;
  const hiddenRows =
    visible === null
      ? []
      : hiddenRowsOf(firstRow, firstRow + target.rowCount - 1, visible.isNullObject ? null : visible.address);
  const mergedAreas = merged === null || merged.isNullObject ? [] : splitAreas(merged.address);
  return {
    grid: {
      values,
      numberFormats,
      firstRow,
      firstColumn: target.columnIndex,
      sheetName: sheet.name,
      ...(tableName === undefined ? {} : { tableName }),
      ...(hiddenRows.length === 0 ? {} : { hiddenRows }),
      ...(mergedAreas.length === 0 ? {} : { mergedAreas }),
    },
    source,
    address: target.address,
    syncs,
  };
}
