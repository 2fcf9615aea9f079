/**
 * @internal Queues (never syncs) everything for one report sheet: number formats, then values and formulas
 * as one 2-D block each, styles, widths, frozen rows, conditional formats and — when ExcelApi 1.9 is
 * there — the page layout. Number formats go first so user text in "@" cells stays text.
 */
import { columnLetter } from "../../domain/columnLetter";
import { excelSerialDate } from "../../domain/summary/excelSerialDate";
import type { CellStyleName, PlanCell, PlanSheet } from "../../domain/summary/types";

/** Text Excel would read as a formula or operator when written through `range.formulas`. */
const FORMULA_LIKE = /^[=+\-@]/;

function cellContent(cell: PlanCell): string | number {
  switch (cell.value.kind) {
    case "text":
      return cell.value.text;
    case "number":
      return cell.value.value;
    case "date":
      return excelSerialDate(cell.value.iso);
    case "formula":
      return `=${cell.value.formula}`;
  }
}

function applyStyle(range: Excel.Range, style: CellStyleName): void {
  switch (style) {
    case "title":
      range.format.font.bold = true;
      range.format.font.size = 14;
      range.format.font.color = "#1F3864";
      return;
    case "label":
      range.format.font.bold = true;
      return;
    case "header":
      range.format.font.bold = true;
      range.format.font.color = "#FFFFFF";
      range.format.fill.color = "#1F4E79";
      range.format.wrapText = true;
      range.format.horizontalAlignment = "Center";
      range.format.verticalAlignment = "Center";
      return;
    case "body":
      return;
    case "total":
      range.format.font.bold = true;
      range.format.borders.getItem("EdgeTop").style = "Continuous";
      return;
    case "note":
      range.format.font.italic = true;
      range.format.font.size = 9;
      range.format.font.color = "#595959";
      return;
  }
}

/** Queues the sheet's content on `sheet`; `pageLayout` says whether ExcelApi 1.9 may be used. */
export function queuePlanSheet(sheet: Excel.Worksheet, plan: PlanSheet, pageLayout: boolean): void {
  const rows = Math.max(1, ...plan.cells.map((c) => c.row));
  const cols = Math.max(1, ...plan.cells.map((c) => c.col));
  const formats: string[][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => "General"),
  );
  const contents: (string | number)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => ""),
  );
  for (const c of plan.cells) {
    const text = c.value.kind === "text" && FORMULA_LIKE.test(c.value.text);
    (formats[c.row - 1] as string[])[c.col - 1] = text ? "@" : (c.numberFormat ?? "General");
    (contents[c.row - 1] as (string | number)[])[c.col - 1] = cellContent(c);
  }
  // ExcelApi 1.1: one block write each (getRangeByIndexes would need 1.7).
  const block = sheet.getRange(`A1:${columnLetters(cols)}${rows}`);
  block.numberFormat = formats;
  block.formulas = contents;
  for (const c of plan.cells) {
    if (c.style !== undefined && c.style !== "body") applyStyle(sheet.getCell(c.row - 1, c.col - 1), c.style);
  }
  plan.columnWidths.forEach((chars, i) => {
    // columnWidth is in points; one character of Calibri 11 is about 5.6 pt.
    sheet.getCell(0, i).getEntireColumn().format.columnWidth = Math.round(chars * 5.6 + 4);
  });
  const headerRows = new Set(plan.cells.filter((c) => c.style === "header").map((c) => c.row));
  for (const row of headerRows) sheet.getCell(row - 1, 0).getEntireRow().format.rowHeight = 48;
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows); // ExcelApi 1.7
  for (const cf of plan.conditionalFormats) {
    const { area } = cf;
    const range = sheet.getRange(
      `${columnLetters(area.firstCol)}${area.firstRow}:${columnLetters(area.lastCol)}${area.lastRow}`,
    );
    const format = range.conditionalFormats.add("Custom"); // ExcelApi 1.6
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.fill.color = `#${cf.fill}`;
    if (cf.fontColor !== undefined) format.custom.format.font.color = `#${cf.fontColor}`;
  }
  if (pageLayout) {
    // ExcelApi 1.9.
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 };
    if (plan.print.titleRows !== undefined)
      layout.setPrintTitleRows(`$${plan.print.titleRows.first}:$${plan.print.titleRows.last}`);
    const pages = layout.headersFooters.defaultForAllPages;
    if (plan.print.centerHeader !== undefined) pages.centerHeader = plan.print.centerHeader;
    pages.centerFooter = plan.print.centerFooter;
  }
}

/** Column letters of a 1-based column number (the plan counts columns from 1). */
export function columnLetters(col: number): string {
  return columnLetter(col - 1);
}
