import { clusterSheetRows } from "../../../domain/review/clusterSheet";
import { protocolHeaderRow, protocolRows } from "../../../domain/review/protocolSheet";
import { selectClusterNameByKey } from "../../../domain/review/reviewSelectors";
import {
  BEREICH_COLUMN_HEADER,
  CLUSTER_COLUMN_HEADER,
  CLUSTER_SHEET_HIDDEN_COLUMNS,
  CLUSTER_SHEET_NAME,
  PROTOCOL_SHEET_NAME,
  SETTINGS_SHEET_NAME,
  type ReviewSheetCell,
} from "../../../domain/review/reviewSheetTypes";
import { settingsSheetRows } from "../../../domain/review/settingsSheet";
import type { ReviewWrite } from "../../gateway";
import type { MemoryCell, MemoryWorkbook } from "../MemoryWorkbook";

function toCell(value: ReviewSheetCell): MemoryCell {
  if (typeof value !== "object") return { value };
  return "formula" in value
    ? { value: value.result, formula: value.formula }
    : { value: value.serial, numberFormat: value.numberFormat };
}

function writeRows(
  workbook: MemoryWorkbook,
  sheetName: string,
  firstRow: number,
  rows: readonly (readonly ReviewSheetCell[])[],
): void {
  rows.forEach((line, r) =>
    line.forEach((value, c) => workbook.setCell(sheetName, firstRow + r, c, toCell(value))),
  );
}

/**
 * The column of the inventory whose header is `header` (case- and space-insensitive), or a new one
 * appended right of the table (widening it) or of the used range. Returns the grid column index.
 */
function findOrAppendColumn(
  workbook: MemoryWorkbook,
  location: ReviewWrite["location"],
  header: string,
): number {
  const sheetName = location.sheetName;
  const table =
    location.tableName === undefined ? undefined : workbook.tables.find((t) => t.name === location.tableName);
  const firstColumn = table?.firstColumn ?? location.firstColumn;
  const width =
    table?.columnCount ?? (workbook.usedRange(sheetName)?.lastColumn ?? firstColumn) - firstColumn + 1;
  for (let column = firstColumn; column < firstColumn + width; column += 1) {
    const value = workbook.cellAt(sheetName, location.headerRow, column)?.value;
    if (typeof value === "string" && value.trim().toLowerCase() === header.toLowerCase()) return column;
  }
  const appended = firstColumn + width;
  workbook.setCell(sheetName, location.headerRow, appended, { value: header });
  if (table !== undefined) workbook.putTable({ ...table, columnCount: table.columnCount + 1 });
  return appended;
}

/**
 * Writes a review into the in-memory workbook with the same sheet contents as the Office adapter (the
 * rows come from the domain's sheet builders): the inventory's `Cluster` and `Bereich` columns (reused or
 * appended to the table), the definitions sheet (rewritten), the protocol (appended) and the hidden settings sheet.
 * Never touches other cells.
 */
export function writeReviewToMemory(workbook: MemoryWorkbook, write: ReviewWrite): void {
  const { location, state } = write;
  const sheetName = location.sheetName;
  const names = selectClusterNameByKey(state);
  const clusterColumn = findOrAppendColumn(workbook, location, CLUSTER_COLUMN_HEADER);
  for (const [key, row] of Object.entries(write.rows)) {
    workbook.setCell(sheetName, row, clusterColumn, { value: names.get(key) ?? "" });
  }
  // The Bereich column comes right after Cluster when appended (both are appended together on a first run).
  const bereichColumn = findOrAppendColumn(workbook, location, BEREICH_COLUMN_HEADER);
  for (const [key, row] of Object.entries(write.rows)) {
    const clusterId = state.processes[key]?.clusterId;
    const bereich = clusterId === undefined ? "" : (state.clusters[clusterId]?.bereich ?? "");
    workbook.setCell(sheetName, row, bereichColumn, { value: bereich });
  }
  const table =
    location.tableName === undefined ? undefined : workbook.tables.find((t) => t.name === location.tableName);

  // Definitions: rewritten from the state, so the sheet always matches the pane.
  const definitions = workbook.ensureSheet(CLUSTER_SHEET_NAME);
  definitions.cells.clear();
  definitions.hiddenColumns = new Set(CLUSTER_SHEET_HIDDEN_COLUMNS);
  const countRange = table === undefined ? undefined : `${table.name}[${CLUSTER_COLUMN_HEADER}]`;
  writeRows(
    workbook,
    CLUSTER_SHEET_NAME,
    1,
    clusterSheetRows(state, countRange === undefined ? {} : { countRange }),
  );

  // Protocol: appended below what is there, never rewritten.
  workbook.ensureSheet(PROTOCOL_SHEET_NAME);
  if (workbook.cellAt(PROTOCOL_SHEET_NAME, 1, 0) === undefined)
    writeRows(workbook, PROTOCOL_SHEET_NAME, 1, [protocolHeaderRow()]);
  const next = (workbook.usedRange(PROTOCOL_SHEET_NAME)?.lastRow ?? 1) + 1;
  writeRows(workbook, PROTOCOL_SHEET_NAME, next, protocolRows(write.newEntries));

  const settings = workbook.ensureSheet(SETTINGS_SHEET_NAME);
  settings.cells.clear();
  settings.visible = false;
  writeRows(workbook, SETTINGS_SHEET_NAME, 1, settingsSheetRows(write.settings, state));
}
