import {
  PROTOCOL_SHEET_NAME,
  reviewCellFormat,
  type ReviewSheetCell,
} from "../../../domain/review/reviewSheetTypes";
import {
  reviewWritePlan,
  type ReviewInventoryRef,
  type ReviewSheetPlan,
  type ReviewWritePlan,
} from "../../../domain/review/reviewWritePlan";
import type { ReviewWrite } from "../../gateway";
import type { MemoryCell, MemoryWorkbook } from "../MemoryWorkbook";

/** A plan cell as stored: text and date-times with their number format, formulas with their cached result. */
function toCell(value: ReviewSheetCell): MemoryCell {
  const format = reviewCellFormat(value);
  const numberFormat = format === "General" ? {} : { numberFormat: format };
  if (typeof value !== "object") return { value, ...numberFormat };
  return "formula" in value
    ? { value: value.result, formula: value.formula }
    : { value: value.serial, ...numberFormat };
}

function writeRows(
  workbook: MemoryWorkbook,
  sheetName: string,
  firstRow: number,
  column: number,
  rows: readonly (readonly ReviewSheetCell[])[],
): void {
  rows.forEach((line, r) =>
    line.forEach((value, c) => workbook.setCell(sheetName, firstRow + r, column + c, toCell(value))),
  );
}

/** The header row as the Office adapter reads it: from the inventory's first column to the last used one. */
function inventoryRef(workbook: MemoryWorkbook, write: ReviewWrite): ReviewInventoryRef {
  const { location } = write;
  const lastColumn = workbook.usedRange(location.sheetName)?.lastColumn ?? location.firstColumn - 1;
  const headers = Array.from(
    { length: Math.max(0, lastColumn - location.firstColumn + 1) },
    (_, i) =>
      workbook.cellAt(location.sheetName, location.headerRow, location.firstColumn + i)?.value ?? null,
  );
  return {
    sheetName: location.sheetName,
    ...(location.tableName === undefined ? {} : { tableName: location.tableName }),
    headerRow: location.headerRow,
    firstColumn: location.firstColumn,
    headers,
    rows: new Map(Object.entries(write.rows)),
    ...(write.bereichHeader === undefined ? {} : { bereichHeader: write.bereichHeader }),
  };
}

/** New columns get their header (widening the table, if any), every column its values. */
function applyInventoryColumns(workbook: MemoryWorkbook, plan: ReviewWritePlan): void {
  if (plan.inventory === null) return;
  const { sheetName, tableName, headerRow } = plan.inventory;
  for (const column of plan.inventory.columns) {
    if (column.create) {
      writeRows(workbook, sheetName, headerRow, column.column, [[column.header]]);
      const table = workbook.tables.find((t) => t.name === tableName);
      if (table !== undefined)
        workbook.putTable({
          ...table,
          columnCount: Math.max(table.columnCount, column.column - table.firstColumn + 1),
        });
    }
    for (const block of column.blocks)
      writeRows(
        workbook,
        sheetName,
        block.firstRow,
        column.column,
        block.values.map((value) => [value]),
      );
  }
}

function applySheet(workbook: MemoryWorkbook, plan: ReviewSheetPlan): void {
  const sheet = workbook.ensureSheet(plan.name);
  if (plan.mode === "replace") sheet.cells.clear();
  writeRows(workbook, plan.name, plan.firstRow, 0, plan.rows);
  if (plan.hiddenColumns.length > 0) sheet.hiddenColumns = new Set(plan.hiddenColumns);
  if (plan.veryHidden) sheet.visible = false;
}

/**
 * Writes a review into the in-memory workbook by applying the domain's `ReviewWritePlan`, like the Office
 * adapter: the inventory's `Cluster` and `Bereich` columns (reused, or appended and the table widened),
 * the definitions sheet (rewritten), the protocol (appended) and the hidden settings sheet. Never
 * touches other cells. Column widths and bold rows are not part of this model.
 */
export function writeReviewToMemory(workbook: MemoryWorkbook, write: ReviewWrite): void {
  const protocol = workbook.sheet(PROTOCOL_SHEET_NAME);
  const plan = reviewWritePlan({
    state: write.state,
    settings: write.settings,
    newEntries: write.newEntries,
    inventory: inventoryRef(workbook, write),
    protocolLastRow: protocol === undefined ? null : (workbook.usedRange(PROTOCOL_SHEET_NAME)?.lastRow ?? 0),
  });
  applyInventoryColumns(workbook, plan);
  for (const sheet of plan.sheets) applySheet(workbook, sheet);
}
