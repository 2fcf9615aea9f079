/**
 * The report's cell styles as plain data: fonts, fills, alignment and borders per `CellStyleName`. Both
 * workbook adapters (Office.js in src/excel, ExcelJS in src/cli) apply this one palette, so a report looks
 * the same whichever wrote it. Colours are `RRGGBB` without `#`.
 */
import type { CellStyleName } from "./types";

export interface CellFont {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points; absent = the workbook's default size. */
  readonly size?: number;
  readonly color?: string;
}

/** Excel's line kinds: `hair` is the thinnest, `double` two thin lines (a total's underline). */
export type BorderLine = "hair" | "thin" | "double";

export interface CellBorder {
  readonly line: BorderLine;
  /** Absent = automatic (black). */
  readonly color?: string;
}

export interface CellStyle {
  readonly font?: CellFont;
  /** Solid fill colour. */
  readonly fill?: string;
  /** Wrap text, centred horizontally and vertically (table headers). */
  readonly centredWrap?: boolean;
  readonly borderTop?: CellBorder;
  readonly borderBottom?: CellBorder;
}

export const CELL_STYLES: Readonly<Record<CellStyleName, CellStyle>> = {
  title: { font: { bold: true, size: 14, color: "1F3864" } },
  label: { font: { bold: true } },
  header: { font: { bold: true, color: "FFFFFF" }, fill: "1F4E79", centredWrap: true },
  body: { borderBottom: { line: "hair", color: "BFBFBF" } },
  total: { font: { bold: true }, borderTop: { line: "thin" }, borderBottom: { line: "double" } },
  note: { font: { italic: true, size: 9, color: "595959" } },
};
