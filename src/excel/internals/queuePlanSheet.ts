/**
 * @internal Queues everything for one report sheet through a `WriteBatcher` (which syncs between
 * requests of ≤ 4.5 MB): number formats, then values and formulas in row slices, styles, widths, frozen
 * rows, conditional formats and — when ExcelApi 1.9 is there — the page layout. Number formats go first
 * so user text in "@" cells stays text.
 */
import { columnLetters } from "../../domain/columnLetter";
import { excelSerialDate } from "../../domain/summary/excelSerialDate";
import { CELL_STYLES, type CellBorder, type CellStyle } from "../../domain/summary/cellStyles";
import type { CellStyleName, PlanCell, PlanSheet } from "../../domain/summary/types";
import { whenSupported, type Supports } from "../whenSupported";
import { ACTION_OVERHEAD_BYTES, jsonBytes, sliceRowsByBytes, type WriteBatcher } from "./requestBudget";

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

type RangeSetter = (range: Excel.Range) => void;

/** A palette border on one edge: Excel's hair line is a continuous line of hairline weight. */
function borderSetters(edge: "EdgeTop" | "EdgeBottom" | "InsideHorizontal", b: CellBorder): RangeSetter[] {
  const item = (r: Excel.Range) => r.format.borders.getItem(edge);
  return [
    (r) => (item(r).style = b.line === "double" ? "Double" : "Continuous"),
    ...(b.line === "double"
      ? []
      : [(r: Excel.Range) => (item(r).weight = b.line === "hair" ? "Hairline" : "Thin")]),
    ...(b.color === undefined ? [] : [(r: Excel.Range) => (item(r).color = `#${b.color}`)]),
  ];
}

/**
 * The property sets that apply a style of the domain's palette to a range of `rows` rows; in a block of
 * rows (only for a style with at most one horizontal border, see `stackRuns`) the lines between the rows
 * get that border too, so each row looks as if styled alone.
 */
function styleSetters(style: CellStyle, rows: number): RangeSetter[] {
  const { font, fill, centredWrap, borderTop, borderBottom } = style;
  const setters: RangeSetter[] = [];
  const { bold, italic, size, color } = font ?? {};
  if (bold !== undefined) setters.push((r) => (r.format.font.bold = bold));
  if (italic !== undefined) setters.push((r) => (r.format.font.italic = italic));
  if (size !== undefined) setters.push((r) => (r.format.font.size = size));
  if (color !== undefined) setters.push((r) => (r.format.font.color = `#${color}`));
  if (fill !== undefined) setters.push((r) => (r.format.fill.color = `#${fill}`));
  if (centredWrap === true) {
    setters.push((r) => (r.format.wrapText = true));
    setters.push((r) => (r.format.horizontalAlignment = "Center"));
    setters.push((r) => (r.format.verticalAlignment = "Center"));
  }
  if (borderTop !== undefined) setters.push(...borderSetters("EdgeTop", borderTop));
  if (borderBottom !== undefined) setters.push(...borderSetters("EdgeBottom", borderBottom));
  const between = borderTop ?? borderBottom;
  if (rows > 1 && between !== undefined) setters.push(...borderSetters("InsideHorizontal", between));
  return setters;
}

/** Options of `queuePlanSheet`. */
export interface QueuePlanSheetOptions {
  /** Whether an ExcelApi version is available (page layout needs 1.9). */
  readonly supports: Supports;
  /** Rewrites a formula before it is written (the report writes under temporary sheet names). */
  readonly formula: (text: string) => string;
}

/**
 * Queues the sheet's content on `sheet` through `batcher`, so no request exceeds the budget: values and
 * formulas in row slices, styles one range per run of equally styled cells in a row, then widths,
 * frozen rows, conditional formats and — when ExcelApi 1.9 is there — the page layout.
 */
export async function queuePlanSheet(
  batcher: WriteBatcher,
  sheet: Excel.Worksheet,
  plan: PlanSheet,
  options: QueuePlanSheetOptions,
): Promise<void> {
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
    const content = cellContent(c);
    (contents[c.row - 1] as (string | number)[])[c.col - 1] =
      c.value.kind === "formula" ? options.formula(String(content)) : content;
  }
  // Number formats before formulas, so text in "@" cells stays text. ExcelApi 1.1 addresses.
  for (const [start, end] of sliceRowsByBytes(contents, batcher.budget / 3)) {
    const f = formats.slice(start, end);
    const v = contents.slice(start, end);
    await batcher.add(jsonBytes(f) + jsonBytes(v) + 2 * ACTION_OVERHEAD_BYTES, () => {
      const block = sheet.getRange(`A${start + 1}:${columnLetters(cols)}${end}`);
      block.numberFormat = f;
      block.formulas = v;
    });
  }
  for (const run of stackRuns(styleRuns(plan))) {
    const setters = styleSetters(CELL_STYLES[run.style], run.lastRow - run.row + 1);
    // Each set is one action; a border set also fetches its border item (counted twice, to be safe).
    await batcher.add(2 * setters.length * ACTION_OVERHEAD_BYTES, () => {
      const range = sheet.getRange(
        `${columnLetters(run.from)}${run.row}:${columnLetters(run.to)}${run.lastRow}`,
      );
      for (const set of setters) set(range);
    });
  }
  await batcher.add(
    (plan.columnWidths.length + 6 + (plan.wrap?.cols.length ?? 0)) * ACTION_OVERHEAD_BYTES,
    () => queueLayout(sheet, plan),
  );
  for (const cf of plan.conditionalFormats) {
    await batcher.add(4 * ACTION_OVERHEAD_BYTES + cf.formula.length, () => {
      const { area } = cf;
      const range = sheet.getRange(
        `${columnLetters(area.firstCol)}${area.firstRow}:${columnLetters(area.lastCol)}${area.lastRow}`,
      );
      const format = range.conditionalFormats.add("Custom"); // ExcelApi 1.6
      format.custom.rule.formula = options.formula(`=${cf.formula}`);
      format.custom.format.fill.color = `#${cf.fill}`;
      if (cf.fontColor !== undefined) format.custom.format.font.color = `#${cf.fontColor}`;
    });
  }
  // A4 landscape, fit to width, print titles, header and footer (ExcelApi 1.9, guarded inline so
  // `npm run check:apiset` sees every 1.9 member inside the guard).
  await batcher.add((8 + (plan.print.rowBreaks?.length ?? 0)) * ACTION_OVERHEAD_BYTES, () =>
    whenSupported(options.supports, "1.9", () => {
      const layout = sheet.pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: plan.print.fitToPagesWide, verticalFitToPages: 0 };
      if (plan.print.titleRows !== undefined)
        layout.setPrintTitleRows(`$${plan.print.titleRows.first}:$${plan.print.titleRows.last}`);
      const pages = layout.headersFooters.defaultForAllPages;
      if (plan.print.centerHeader !== undefined) pages.centerHeader = plan.print.centerHeader;
      pages.centerFooter = plan.print.centerFooter;
      // A page break before each given row (the Bereich overview's cluster table starts a page).
      for (const row of plan.print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
    }),
  );
}

interface StyleRun {
  row: number;
  from: number;
  to: number;
  style: CellStyleName;
}

/** Runs of consecutive equally styled cells in one row. */
function styleRuns(plan: PlanSheet): StyleRun[] {
  const styled = plan.cells
    .filter((c) => c.style !== undefined)
    .map((c) => ({ row: c.row, col: c.col, style: c.style as CellStyleName }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyleRun[] = [];
  for (const cell of styled) {
    const last = runs[runs.length - 1];
    if (
      last !== undefined &&
      last.row === cell.row &&
      last.style === cell.style &&
      last.to === cell.col - 1
    ) {
      last.to = cell.col;
    } else {
      runs.push({ row: cell.row, from: cell.col, to: cell.col, style: cell.style });
    }
  }
  return runs;
}

/**
 * Row runs stacked into blocks: the same columns and style in consecutive rows become one range (one
 * request instead of one per row, e.g. the body rows of an annex sheet). A style with both a top and a
 * bottom border stays per row, since the lines between rows can show only one of them.
 */
function stackRuns(runs: readonly StyleRun[]): (StyleRun & { lastRow: number })[] {
  const blocks: (StyleRun & { lastRow: number })[] = [];
  const open = new Map<string, StyleRun & { lastRow: number }>();
  for (const run of runs) {
    const { borderTop, borderBottom } = CELL_STYLES[run.style];
    const key = `${run.from}:${run.to}:${run.style}`;
    const block = open.get(key);
    if (
      block !== undefined &&
      block.lastRow === run.row - 1 &&
      (borderTop === undefined || borderBottom === undefined)
    ) {
      block.lastRow = run.row;
    } else {
      const fresh = { ...run, lastRow: run.row };
      blocks.push(fresh);
      open.set(key, fresh);
    }
  }
  return blocks;
}

/** Column widths, header row heights and frozen rows. */
function queueLayout(sheet: Excel.Worksheet, plan: PlanSheet): void {
  plan.columnWidths.forEach((chars, i) => {
    // columnWidth is in points; one character of Calibri 11 is about 5.6 pt.
    sheet.getCell(0, i).getEntireColumn().format.columnWidth = Math.round(chars * 5.6 + 4);
  });
  const headerRows = new Set(plan.cells.filter((c) => c.style === "header").map((c) => c.row));
  for (const row of headerRows) sheet.getCell(row - 1, 0).getEntireRow().format.rowHeight = 48;
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows); // ExcelApi 1.7
  const lastRow = plan.cells.reduce((max, c) => Math.max(max, c.row), 0);
  if (plan.wrap !== undefined && lastRow >= plan.wrap.fromRow) {
    const { cols, fromRow } = plan.wrap;
    for (const col of cols)
      sheet.getRange(`${columnLetters(col)}${fromRow}:${columnLetters(col)}${lastRow}`).format.wrapText =
        true;
    // Notes, titles and labels run on to the right instead.
    for (const c of plan.cells)
      if (c.row >= fromRow && cols.includes(c.col) && !wraps(c))
        sheet.getCell(c.row - 1, c.col - 1).format.wrapText = false;
    // Rows grow to their wrapped text (ExcelApi 1.2).
    sheet.getRange(`A${fromRow}:A${lastRow}`).getEntireRow().format.autofitRows();
  }
}

/** Table text (and headers) wraps; notes, titles and labels run on to the right. */
function wraps(cell: PlanCell): boolean {
  return (
    cell.style === undefined || cell.style === "body" || cell.style === "total" || cell.style === "header"
  );
}
