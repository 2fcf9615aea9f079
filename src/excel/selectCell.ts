/** A cell on a sheet: 1-based row as the user sees it, 0-based column (0 = A). */
export interface CellPosition {
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
}

/** Activates the sheet and selects one cell (Excel scrolls to it). One sync. */
export async function selectCell(context: Excel.RequestContext, target: CellPosition): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(target.sheetName);
  sheet.activate();
  sheet.getRangeByIndexes(Math.max(0, target.row - 1), Math.max(0, target.column), 1, 1).select();
  await context.sync();
}
