import type ExcelJS from "exceljs";
import { SETTINGS_SHEET_NAME } from "../../domain/review/reviewSheetTypes";
import { INVENTORY_SHEET_SECTION } from "../internals/ownSheets";

/**
 * Records in the settings sheet which sheet holds the inventory (a row "Inventarblatt | <name>"), so a
 * later run reads that sheet and never one of the report's own. The settings reader ignores sections it
 * does not know, so the add-in is not disturbed. Does nothing without a settings sheet.
 */
export function recordInventorySheet(workbook: ExcelJS.Workbook, sheetName: string): void {
  const settings = workbook.worksheets.find((s) => s.name === SETTINGS_SHEET_NAME);
  if (settings === undefined) return;
  settings.addRow([INVENTORY_SHEET_SECTION, sheetName]);
}
