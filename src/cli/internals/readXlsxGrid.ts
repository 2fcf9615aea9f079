/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these are ExcelJS objects, not Office.js proxies: there is nothing to load or sync. */
import type ExcelJS from "exceljs";
import type { RawCell, RawGrid } from "../../domain/inventory/types";

/** The shape of ExcelJS cell values we unwrap (its typings are loose unions). */
type ExcelValue = ExcelJS.CellValue | undefined;

/**
 * Converts an ExcelJS cell value to a RawCell as Office.js would give it: formulas become their cached
 * result, rich text and hyperlinks their plain text, errors `{ error }` objects.
 * @internal
 */
export function toRawCell(value: ExcelValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      return toRawCell(result as ExcelValue);
    }
    if ("text" in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === "string" ? text : toRawCell(text as ExcelValue);
    }
  }
  return null;
}

/** Merged ranges of a worksheet ("A1:D1"). */
function mergedAreas(sheet: ExcelJS.Worksheet): string[] {
  // `_merges` is private but cheap; the public `model.merges` rebuilds the model of every row first,
  // which costs seconds on large sheets.
  const merges = (sheet as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  if (merges !== undefined)
    return Object.values(merges).flatMap((m) => (typeof m.range === "string" ? [m.range] : []));
  return sheet.model.merges;
}

/** Name of the Excel table whose header row is `row`, if any. */
function tableAt(sheet: ExcelJS.Worksheet, row: number): string | undefined {
  for (const entry of sheet.getTables() as unknown[]) {
    const table = (Array.isArray(entry) ? entry[0] : entry) as {
      table?: { name?: string; tableRef?: string; ref?: string };
      name?: string;
      ref?: string;
      tableRef?: string;
    };
    const model = table.table ?? table;
    const ref = model.tableRef ?? model.ref;
    const top = ref === undefined ? undefined : /\d+/.exec(ref)?.[0];
    if (top !== undefined && Number(top) === row && model.name !== undefined) return model.name;
  }
  return undefined;
}

/**
 * Reads a worksheet into a grid starting at A1, with number formats, hidden rows and merged areas.
 * @internal
 */
export function readXlsxGrid(sheet: ExcelJS.Worksheet): RawGrid {
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.hidden) hiddenRows.push(r);
    const cells: RawCell[] = [];
    const formats: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      // A merged slave cell reports its master's value; Excel itself keeps it empty.
      cells.push(cell.isMerged && cell.master !== cell ? null : toRawCell(cell.value));
      formats.push(cell.numFmt ?? "");
    }
    values.push(cells);
    numberFormats.push(formats);
  }
  return {
    values,
    numberFormats,
    firstRow: 1,
    firstColumn: 0,
    sheetName: sheet.name,
    hiddenRows,
    mergedAreas: mergedAreas(sheet),
  };
}

/** Adds the table name once the header row is known. @internal */
export function withTableName(sheet: ExcelJS.Worksheet, grid: RawGrid, headerRow: number): RawGrid {
  const tableName = tableAt(sheet, headerRow);
  return tableName === undefined ? grid : { ...grid, tableName };
}
