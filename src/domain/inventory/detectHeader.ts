import { detectColumnRoles, type ColumnRoleDetection } from "./detectColumnRoles";
import { columnLetter } from "./internals/a1";
import { cellText } from "./internals/cellText";
import type { RawGrid } from "./types";

/** Options of `detectHeader`. */
export interface DetectHeaderOptions {
  /** How many rows from the top are searched for the header. Default 30. */
  readonly maxRows?: number;
}

/** The header row found in a grid and the roles proposed for its columns. */
export interface HeaderDetection extends ColumnRoleDetection {
  /** 0-based index of the header row in `grid.values`. */
  readonly index: number;
  /** 1-based row number as the user sees it. */
  readonly row: number;
  /** Header texts; empty header cells are labelled "Spalte F" so messages can name them. */
  readonly headers: readonly string[];
  /** Sum of role confidences, +1 when a name column is present. */
  readonly score: number;
}

/** A row needs about two recognised labels, or a name label, to count as a header. */
const MIN_SCORE = 1.8;

/** Number of columns a grid uses: up to the last non-empty cell of any row. */
export function gridWidth(grid: RawGrid): number {
  let width = 0;
  for (const row of grid.values) {
    for (let c = row.length - 1; c >= width; c--) {
      if (cellText(row[c]) !== "") {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/** Header texts of a grid row, with "Spalte X" for blank header cells. */
export function headerTexts(grid: RawGrid, index: number, width: number): string[] {
  const row = grid.values[index] ?? [];
  return Array.from({ length: width }, (_, c) => {
    const text = cellText(row[c]).replace(/\s+/g, " ");
    return text === "" ? `Spalte ${columnLetter(grid.firstColumn + c)}` : text;
  });
}

/**
 * Finds the header row: the row among the first `maxRows` whose cells read best as column labels (title
 * rows and blank rows above it score low). Returns null when no row scores as a header.
 */
export function detectHeader(grid: RawGrid, options: DetectHeaderOptions = {}): HeaderDetection | null {
  const maxRows = options.maxRows ?? 30;
  const width = gridWidth(grid);
  let best: HeaderDetection | null = null;
  const limit = Math.min(grid.values.length, maxRows);
  for (let index = 0; index < limit; index++) {
    const row = grid.values[index] ?? [];
    // Labels are text; a row of numbers or dates is data however its digits read.
    const texts = Array.from({ length: width }, (_, c) =>
      typeof row[c] === "string" ? cellText(row[c]) : "",
    );
    if (texts.every((t) => t === "")) continue;
    const detection = detectColumnRoles(texts);
    let score = 0;
    for (const column of detection.columns) score += column.confidence + (column.role === "name" ? 1 : 0);
    if (score >= MIN_SCORE && (best === null || score > best.score)) {
      const headers = headerTexts(grid, index, width);
      best = {
        index,
        row: grid.firstRow + index,
        headers,
        score,
        columns: detection.columns.map((c) => ({ ...c, header: headers[c.index] ?? c.header })),
        conflicts: detection.conflicts,
      };
    }
  }
  return best;
}
