/**
 * @internal Reads a sheet's used range as a grid from A1 (rows and columns before it padded), in chunks
 * of rows whose responses stay within the request budget. Two phases, so several sheets share syncs:
 * `queueUsedExtent` before one sync, then `readUsedGrid` (one sync per chunk).
 */
import { jsonBytes, readRowChunks, REQUEST_LIMIT_BYTES } from "./requestBudget";

/** First guess for one cell's value or formula in JSON, before anything is measured. */
const FIRST_GUESS_BYTES_PER_CELL = 64;

export interface UsedExtent {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** Queues the load of the sheet's used-range extent (no sync). */
export function queueUsedExtent(sheet: Excel.Worksheet, valuesOnly = true): UsedExtent {
  const used = sheet.getUsedRangeOrNullObject(valuesOnly);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { sheet, used };
}

/** After the extent's sync: the used range's `property` ("values" or "formulas") from A1, chunked by size. */
export async function readUsedGrid(
  context: Excel.RequestContext,
  extent: UsedExtent,
  property: "values" | "formulas",
  budget: number = REQUEST_LIMIT_BYTES,
): Promise<unknown[][]> {
  const { sheet, used } = extent;
  if (used.isNullObject) return [];
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const rows: unknown[][] = Array.from({ length: rowIndex }, () => []);
  const pad = Array.from({ length: columnIndex }, () => null);
  await readRowChunks(context, {
    rows: rowCount,
    bytesPerRow: columnCount * FIRST_GUESS_BYTES_PER_CELL,
    budget,
    load: (start, count) => {
      const chunk = sheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount);
      if (property === "values") chunk.load("values");
      else chunk.load("formulas");
      return chunk;
    },
    take: (chunk) => {
      const grid = (property === "values" ? chunk.values : chunk.formulas) as unknown[][];
      for (const line of grid) rows.push(columnIndex === 0 ? line : [...pad, ...line]);
      return jsonBytes(grid);
    },
  });
  return rows;
}
