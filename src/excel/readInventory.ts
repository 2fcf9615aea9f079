import type { RawCell, RawGrid } from "../domain/inventory/types";
import { inventoryWidth } from "./internals/inventoryWidth";
import { hiddenRowsOf, splitAreas } from "./internals/rangeAreas";
import { jsonBytes, readRowChunks, REQUEST_LIMIT_BYTES } from "./internals/requestBudget";
import { whenSupported, type Supports } from "./whenSupported";

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
   * Upper bound of one response in bytes (JSON of values and number formats). Default 4.5 MB, below
   * Excel on the web's 5 MB per response. Chunks are sized from the bytes per row measured so far.
   */
  readonly maxBytesPerSync?: number;
  /**
   * Which ExcelApi versions the host has (default: none above the minimum 1.7). With 1.9,
   * `Range.getTables` finds the table around the selection and `getSpecialCells("Visible")` tells hidden
   * (or filtered-out) rows; with 1.13, `getMergedAreasOrNullObject` reports merged cells.
   */
  readonly supports?: Supports;
}

/** First guess for one inventory cell's value and number format in JSON, before anything is measured. */
const FIRST_GUESS_BYTES_PER_CELL = 48;
/** Rows at the top of a used range inspected for the inventory's width (title and header rows). */
const PROBE_ROWS = 20;

interface Located {
  readonly sheet: Excel.Worksheet;
  readonly tables: Excel.TableCollection;
  readonly used: Excel.Range;
  readonly selectionTables: Excel.TableScopedCollection | null;
}

/** Queues the locating reads: the active sheet, its tables and used range, the tables at the selection. */
function queueLocate(context: Excel.RequestContext, supports: Supports): Located {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const tables = context.workbook.worksheets.getActiveWorksheet().tables;
  tables.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const selectionTables =
    whenSupported(supports, "1.9", () => context.workbook.getSelectedRange().getTables(false)) ?? null;
  selectionTables?.load("items/name");
  return { sheet, tables, used, selectionTables };
}

/**
 * Sync 1. The selection is only a hint: with several areas selected (or a chart, a shape) Excel refuses
 * `getSelectedRange` and fails the whole sync, so it is retried without the selection.
 */
async function locate(context: Excel.RequestContext, supports: Supports): Promise<[Located, number]> {
  const first = queueLocate(context, supports);
  if (first.selectionTables === null) {
    await context.sync();
    return [first, 1];
  }
  try {
    await context.sync();
    return [first, 1];
  } catch {
    const again = queueLocate(context, () => false);
    await context.sync();
    return [again, 2];
  }
}

/**
 * Finds the process inventory — the table the selection is in, else the active sheet's only table,
 * else the active sheet's used range — and reads its values and number formats.
 * Syncs: 1 to locate (2 when the selection cannot be used, e.g. several areas), 1 for the inventory's
 * size (plus the top rows of a used range, to find its width), then 1 per chunk of rows, each response
 * ≤ `maxBytesPerSync`. A stray value far right of a used range does not widen the read: the width is
 * the header area's (see `inventoryWidth`). Returns null when the active sheet is empty.
 */
export async function readInventory(
  context: Excel.RequestContext,
  options: ReadInventoryOptions = {},
): Promise<InventoryRead | null> {
  const budget = options.maxBytesPerSync ?? REQUEST_LIMIT_BYTES;
  const supports = options.supports ?? (() => false);
  const [{ sheet, tables, used, selectionTables }, locateSyncs] = await locate(context, supports);
  let syncs = locateSyncs;
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

  // Sync 2: the inventory's extent, hidden rows and merged areas (one address string each).
  const target = tableName === undefined ? used : sheet.tables.getItem(tableName).getRange();
  target.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const probeRows = Math.min(PROBE_ROWS, used.rowCount);
  const probe =
    tableName === undefined
      ? sheet
          .getRangeByIndexes(used.rowIndex, used.columnIndex, probeRows, used.columnCount)
          .getUsedRangeOrNullObject(true)
      : null;
  probe?.load("values,columnIndex");
  const visible = whenSupported(supports, "1.9", () => target.getSpecialCellsOrNullObject("Visible")) ?? null;
  visible?.load("address");
  const merged = whenSupported(supports, "1.13", () => target.getMergedAreasOrNullObject()) ?? null;
  merged?.load("address");
  await context.sync();
  syncs += 1;

  const width =
    probe === null || probe.isNullObject
      ? target.columnCount
      : inventoryWidth(probe.values, probe.columnIndex - target.columnIndex, target.columnCount);
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  syncs += await readRowChunks(context, {
    rows: target.rowCount,
    bytesPerRow: width * FIRST_GUESS_BYTES_PER_CELL,
    budget,
    load: (start, count) => {
      const chunk = sheet.getRangeByIndexes(target.rowIndex + start, target.columnIndex, count, width);
      chunk.load("values,numberFormat");
      return chunk;
    },
    take: (chunk) => {
      values.push(...(chunk.values as RawCell[][]));
      numberFormats.push(...(chunk.numberFormat as string[][]));
      return jsonBytes(chunk.values) + jsonBytes(chunk.numberFormat);
    },
  });

  const firstRow = target.rowIndex + 1;
  const lastRow = firstRow + target.rowCount - 1;
  const hiddenRows =
    visible === null
      ? []
      : (whenSupported(supports, "1.9", () =>
          hiddenRowsOf(firstRow, lastRow, visible.isNullObject ? null : visible.address),
        ) ?? []);
  const mergedAreas =
    merged === null
      ? []
      : (whenSupported(supports, "1.13", () => (merged.isNullObject ? [] : splitAreas(merged.address))) ??
        []);
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
