import type { WorkbookOverview } from "../workbook/gateway";

/** Reads sheet names, the active sheet and its table count in one `context.sync`. */
export async function readWorkbookOverview(context: Excel.RequestContext): Promise<WorkbookOverview> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const tables = context.workbook.worksheets.getActiveWorksheet().tables;
  tables.load("items/name");
  await context.sync();
  return {
    sheetNames: sheets.items.map((sheet) => sheet.name),
    activeSheetName: active.name,
    activeSheetTableCount: tables.items.length,
  };
}
