import { msg } from "../../messages/renderMessage";
import type { InventoryIssue, RawCell, RawGrid } from "../types";
import { columnLetter, parseA1Area } from "./a1";
import { cellText } from "./cellText";
import { makeIssue } from "./issue";

/** Cell values of a grid with merged areas below the header filled from their top-left cell. @internal */
export interface MergeFill {
  /** Value for (grid row index, grid column index), or undefined when the cell is not merged. */
  readonly valueAt: (rowIndex: number, col: number) => RawCell | undefined;
  readonly issues: readonly InventoryIssue[];
  /** True when no cell is filled (the common case: rows are used as they are). */
  readonly isEmpty: boolean;
}

/**
 * Excel keeps a merged area's value in its top-left cell only, so rows under a merged "Fachbereich" cell
 * would look blank. Areas in the data are filled from the top-left value and reported; areas in the
 * header row are reported; areas above the header (title rows) are the normal layout and ignored.
 * @internal
 */
export function fillMergedCells(grid: RawGrid, headerIndex: number, headers: readonly string[]): MergeFill {
  const fills = new Map<string, RawCell>();
  const issues: InventoryIssue[] = [];
  const headerRow = grid.firstRow + headerIndex;
  for (const address of grid.mergedAreas ?? []) {
    const area = parseA1Area(address);
    if (area === null || area.bottom < headerRow) continue;
    const topIndex = area.top - grid.firstRow;
    const leftCol = area.left - grid.firstColumn;
    const source = grid.values[topIndex]?.[leftCol];
    const column = headers[leftCol] ?? `Spalte ${columnLetter(area.left)}`;
    if (area.top <= headerRow) {
      issues.push(
        makeIssue("mergedCells", headerRow, column, msg("inventory.mergedHeader", { address: area.address })),
      );
      continue;
    }
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (r !== area.top || c !== area.left)
          fills.set(`${r - grid.firstRow}:${c - grid.firstColumn}`, source);
      }
    }
    const text = cellText(source);
    issues.push(
      makeIssue(
        "mergedCells",
        area.top,
        column,
        text === ""
          ? msg("inventory.mergedEmpty", { address: area.address })
          : msg("inventory.mergedFilled", { address: area.address, text }),
      ),
    );
  }
  return {
    valueAt: (rowIndex, col) => (fills.size === 0 ? undefined : fills.get(`${rowIndex}:${col}`)),
    issues,
    isEmpty: fills.size === 0,
  };
}
