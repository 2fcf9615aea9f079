import type ExcelJS from "exceljs";
import type { CellStyleName, PlanCell, PlanSheet, SummaryPlan } from "../../domain/summary/types";
import { fileFormula } from "./fileFormula";
import { excelSerialDate } from "../../domain/summary/excelSerialDate";
import { CELL_STYLES, type CellBorder } from "../../domain/summary/cellStyles";

const argb = (rgb: string): string => `FF${rgb}`;

const border = (b: CellBorder): Partial<ExcelJS.Border> =>
  b.color === undefined ? { style: b.line } : { style: b.line, color: { argb: argb(b.color) } };

/** Fonts, fills and borders of the plan's named styles, from the domain's palette. */
function styleCell(cell: ExcelJS.Cell, name: CellStyleName): void {
  const { font, fill, centredWrap, borderTop, borderBottom } = CELL_STYLES[name];
  if (font !== undefined) {
    const { color, ...rest } = font;
    // ExcelJS writes a font as given: the name keeps Calibri (its default) next to the bold or size.
    cell.font = {
      name: "Calibri",
      ...rest,
      ...(color === undefined ? {} : { color: { argb: argb(color) } }),
    };
  }
  if (fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
  if (centredWrap === true) cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  if (borderTop !== undefined || borderBottom !== undefined) {
    cell.border = {
      ...(borderTop === undefined ? {} : { top: border(borderTop) }),
      ...(borderBottom === undefined ? {} : { bottom: border(borderBottom) }),
    };
  }
}

function writeCell(sheet: ExcelJS.Worksheet, c: PlanCell): void {
  const cell = sheet.getCell(c.row, c.col);
  switch (c.value.kind) {
    case "text":
      // A plain string value is a shared string in the file: never parsed as a formula.
      cell.value = c.value.text;
      break;
    case "number":
      cell.value = c.value.value;
      break;
    case "date":
      cell.value = excelSerialDate(c.value.iso);
      break;
    case "formula":
      cell.value = { formula: fileFormula(c.value.formula) } as ExcelJS.CellFormulaValue;
      break;
  }
  if (c.numberFormat !== undefined) cell.numFmt = c.numberFormat;
  if (c.style !== undefined) styleCell(cell, c.style);
}

function writeSheet(workbook: ExcelJS.Workbook, plan: PlanSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(plan.name, {
    views: plan.frozenRows > 0 ? [{ state: "frozen", ySplit: plan.frozenRows }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: plan.print.orientation,
      fitToPage: true,
      fitToWidth: plan.print.fitToPagesWide,
      fitToHeight: 0, // as many pages tall as needed
      ...(plan.print.titleRows === undefined
        ? {}
        : { printTitlesRow: `${plan.print.titleRows.first}:${plan.print.titleRows.last}` }),
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      ...(plan.print.centerHeader === undefined ? {} : { oddHeader: `&C${plan.print.centerHeader}` }),
      oddFooter: `&C${plan.print.centerFooter}`,
    },
  });
  plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const c of plan.cells) writeCell(sheet, c);
  // Wrapped table text (notes, titles and labels run on to the right); rows keep no fixed height, so Excel and
  // LibreOffice size them to fit.
  if (plan.wrap !== undefined) {
    const { cols, fromRow } = plan.wrap;
    for (const c of plan.cells)
      if (
        c.row >= fromRow &&
        cols.includes(c.col) &&
        (c.style === undefined || c.style === "body" || c.style === "total")
      )
        sheet.getCell(c.row, c.col).alignment = { wrapText: true };
  }
  const headerRows = new Set(plan.cells.filter((c) => c.style === "header").map((c) => c.row));
  for (const row of headerRows) sheet.getRow(row).height = 48;
  // ExcelJS puts a break after the row it is called on: the row above the one that starts a page.
  for (const row of plan.print.rowBreaks ?? []) if (row > 1) sheet.getRow(row - 1).addPageBreak();
  for (const cf of plan.conditionalFormats) {
    const { area } = cf;
    const ref = `${sheet.getCell(area.firstRow, area.firstCol).address}:${sheet.getCell(area.lastRow, area.lastCol).address}`;
    sheet.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [fileFormula(cf.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor === undefined ? {} : { font: { color: { argb: argb(cf.fontColor) } } }),
          },
        },
      ],
    });
  }
  return sheet;
}

/**
 * Applies a summary plan to an ExcelJS workbook: the plan's sheets replace sheets of the same name (the
 * report's own), in plan order after the existing sheets; named cells are (re)defined. Charts are not
 * possible in ExcelJS — run `addCharts` on the written buffer. Returns the worksheets created.
 */
export function applySummaryPlan(workbook: ExcelJS.Workbook, plan: SummaryPlan): ExcelJS.Worksheet[] {
  for (const p of plan.sheets) {
    const old = workbook.getWorksheet(p.name);
    if (old !== undefined) workbook.removeWorksheet(old.id);
  }
  const sheets = plan.sheets.map((p) => writeSheet(workbook, p));
  for (const n of plan.names) {
    const sheet = workbook.getWorksheet(n.sheet);
    if (sheet !== undefined) sheet.getCell(n.row, n.col).name = n.name;
  }
  // Excel computes formulas without cached values on load; the flag makes that explicit.
  workbook.calcProperties.fullCalcOnLoad = true;
  return sheets;
}
