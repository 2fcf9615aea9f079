/**
 * Reads the report's "Verlauf" sheets (values only) for the next report. Each sheet's extent is loaded
 * in one sync, then its rows in chunks that keep every response within the request budget.
 * ExcelApi 1.4 (`getItemOrNullObject`, `getUsedRangeOrNullObject`), 1.7 (`getRangeByIndexes`).
 */
import {
  HISTORY_PROCESS_SHEET,
  HISTORY_SHEET,
  readHistory,
  type ReadHistory,
} from "../domain/summary/history";
import { queueUsedExtent, readUsedGrid } from "./internals/readUsedGrid";

export async function readHistoryStore(context: Excel.RequestContext): Promise<ReadHistory> {
  const sheets = [HISTORY_SHEET, HISTORY_PROCESS_SHEET].map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name),
  );
  await context.sync();
  const extents = sheets.map((sheet) => (sheet.isNullObject ? null : queueUsedExtent(sheet)));
  await context.sync();
  const grids: (unknown[][] | undefined)[] = [];
  // One sheet after the other: each chunk is its own sync.
  for (const extent of extents)
    grids.push(extent === null ? undefined : await readUsedGrid(context, extent, "values"));
  return readHistory(grids[0], grids[1]);
}
