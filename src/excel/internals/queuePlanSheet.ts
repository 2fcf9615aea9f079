/**
 * @internal Queues everything for one report sheet through a `WriteBatcher` (which syncs between
 * requests of ≤ 4.5 MB): number formats, then values and formulas in row slices, styles, widths, frozen
 * rows, conditional formats and — when ExcelApi 1.9 is there — the page layout. Number formats go first
 * so user text in "@" cells stays text.
 */
import { columnLetters } from "../../domain/columnLetter";
import { excelSerialDate } from "../../domain/summary/excelSerialDate";
import { planValueContent } from "../../domain/summary/planValueContent";
import { CELL_STYLES, type CellBorder, type CellStyle } from "../../domain/summary/cellStyles";
import type { CellStyleName, PlanCell, PlanSheet } from "../../domain/summary/types";
import { whenSupported, type Supports } from "../whenSupported";
import { ACTION_OVERHEAD_BYTES, jsonBytes, sliceRowsByBytes, type WriteBatcher } from "./requestBudget";

/** Text Excel would read as a formula or operator when written through `range.formulas`. */
const FORMULA_LIKE = /^[=+\-@]/;

function cellContent(cell: PlanCell): string | number {
  return planValueContent(cell.value, { date: excelSerialDate, formula: (formula) => `=${formula}` });
}

/** One step of styling a range and how many Office.js actions it queues (for the request estimate). */
interface RangeSetter {
  readonly actions: number;
  readonly apply: (range: Excel.Range) => void;
}

const setter = (apply: (range: Excel.Range) => void): RangeSetter => ({ actions: 1, apply });

/** A palette border on one edge, its item fetched once: Excel's hair line is a continuous hairline. */
function borderSetter(edge: "EdgeTop" | "EdgeBottom" | "InsideHorizontal", b: CellBorder): RangeSetter {
  return {
    actions: 2 + (b.line === "double" ? 0 : 1) + (b.color === undefined ? 0 : 1),
    apply: (range) => {
      const item = range.format.borders.getItem(edge);
      item.style = b.line === "double" ? "Double" : "Continuous";
      if (b.line !== "double") item.weight = b.line === "hair" ? "Hairline" : "Thin";
      if (b.color !== undefined) item.color = `#${b.color}`;
    },
  };
}

/**
 * The steps that apply a style of the domain's palette to a range of `rows` rows; in a block of rows
 * (only for a style with at most one horizontal border, see `styleBlocks`) the lines between the rows get
 * that border too, so each row looks as if styled alone.
 */
function styleSetters(style: CellStyle, rows: number): RangeSetter[] {
  const { font, fill, centredWrap, borderTop, borderBottom } = style;
  const setters: RangeSetter[] = [];
  const { bold, italic, size, color } = font ?? {};
  if (bold !== undefined) setters.push(setter((r) => (r.format.font.bold = bold)));
  if (italic !== undefined) setters.push(setter((r) => (r.format.font.italic = italic)));
  if (size !== undefined) setters.push(setter((r) => (r.format.font.size = size)));
  if (color !== undefined) setters.push(setter((r) => (r.format.font.color = `#${color}`)));
  if (fill !== undefined) setters.push(setter((r) => (r.format.fill.color = `#${fill}`)));
  if (centredWrap === true) {
    setters.push(setter((r) => (r.format.wrapText = true)));
    setters.push(setter((r) => (r.format.horizontalAlignment = "Center")));
    setters.push(setter((r) => (r.format.verticalAlignment = "Center")));
  }
  if (borderTop !== undefined) setters.push(borderSetter("EdgeTop", borderTop));
  if (borderBottom !== undefined) setters.push(borderSetter("EdgeBottom", borderBottom));
  const between = borderTop ?? borderBottom;
  if (rows > 1 && between !== undefined) setters.push(borderSetter("InsideHorizontal", between));
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
  for (const run of styleBlocks(plan)) {
    const setters = styleSetters(CELL_STYLES[run.style], run.lastRow - run.row + 1);
    const actions = 1 + setters.reduce((sum, step) => sum + step.actions, 0); // + getRange
    await batcher.add(actions * ACTION_OVERHEAD_BYTES, () => {
      const range = sheet.getRange(
        `${columnLetters(run.from)}${run.row}:${columnLetters(run.to)}${run.lastRow}`,
      );
      for (const step of setters) step.apply(range);
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

/** A rectangle of equally styled cells, 1-based and inclusive. */
interface StyleBlock {
  row: number;
  lastRow: number;
  from: number;
  to: number;
  style: CellStyleName;
}

/**
 * The styled cells as few rectangles as possible without styling a cell the plan leaves unstyled (the
 * ExcelJS adapter styles exactly the plan's cells): runs down each column first (an annex column with a
 * gap becomes two runs), then runs of the same rows side by side joined. One request per rectangle
 * instead of one per row. A style with both a top and a bottom border stays one row high, since the line
 * between two rows can show only one of them.
 */
function styleBlocks(plan: PlanSheet): StyleBlock[] {
  const styled = plan.cells
    .filter((c) => c.style !== undefined)
    .map((c) => ({ row: c.row, col: c.col, style: c.style as CellStyleName }))
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const columnRuns: StyleBlock[] = [];
  for (const { row, col, style } of styled) {
    const last = columnRuns[columnRuns.length - 1];
    const { borderTop, borderBottom } = CELL_STYLES[style];
    const stacks = borderTop === undefined || borderBottom === undefined;
    if (stacks && last?.from === col && last.style === style && last.lastRow === row - 1) last.lastRow = row;
    else columnRuns.push({ row, lastRow: row, from: col, to: col, style });
  }
  const blocks: StyleBlock[] = [];
  const open = new Map<string, StyleBlock>();
  for (const run of columnRuns) {
    const key = `${run.row}:${run.lastRow}:${run.style}`;
    const block = open.get(key);
    if (block?.to === run.from - 1) block.to = run.from;
    else {
      const fresh = { ...run };
      blocks.push(fresh);
      open.set(key, fresh);
    }
  }
  return blocks;
}

/** A width in characters as Office's `columnWidth` in points: one character of Calibri 11 is about 5.6 pt. */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 5.6 + 4);
}

/** Column widths, header row heights and frozen rows. */
function queueLayout(sheet: Excel.Worksheet, plan: PlanSheet): void {
  plan.columnWidths.forEach((chars, i) => {
    sheet.getCell(0, i).getEntireColumn().format.columnWidth = columnWidthPoints(chars);
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
