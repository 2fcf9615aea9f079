/** @internal Which inventory columns a review write reuses or adds, and the text each row gets. */
import { cellText } from "../../inventory/cellText";
import type { RawCell } from "../../inventory/types";
import { selectBereichByKey, selectClusterNameByKey } from "../reviewSelectors";
import { BEREICH_COLUMN_HEADER, CLUSTER_COLUMN_HEADER } from "../reviewSheetTypes";
import type { ReviewInventoryRef } from "../reviewWritePlan";
import type { ReviewState } from "../types";

/** Consecutive rows of one column: `values[i]` goes to row `firstRow + i`. */
export interface InventoryValueBlock {
  /** 1-based sheet row. */
  readonly firstRow: number;
  readonly values: readonly string[];
}

/** One inventory column the add-in owns. */
export interface InventoryColumnPlan {
  /** The header the add-in gives the column (written only when `create`). */
  readonly header: string;
  /** 0-based sheet column. */
  readonly column: number;
  /** The column is new: write `header` into the header row (widening the table, if there is one). */
  readonly create: boolean;
  /** The values by runs of consecutive rows; always text (format "@"), never a formula. */
  readonly blocks: readonly InventoryValueBlock[];
}

/** Same header ignoring case and surrounding spaces (how all three adapters matched before the plan). */
export function sameHeader(cell: RawCell, header: string): boolean {
  return cellText(cell).trim().toLowerCase() === header.trim().toLowerCase();
}

/**
 * The `Cluster` column, then the Bereich column: each reused where the header row already has its header
 * (the add-in wrote it before), else added right of the last non-empty header, in this order. A user's own
 * "Bereich" column with a meaning of its own is never matched: its header is then "Bereich (Übersicht)"
 * (`bereichColumnHeader`). Rows without a value (a key the state does not know) are left alone.
 */
export function planInventoryColumns(state: ReviewState, ref: ReviewInventoryRef): InventoryColumnPlan[] {
  const owned: { header: string; values: ReadonlyMap<string, string> }[] = [
    { header: CLUSTER_COLUMN_HEADER, values: selectClusterNameByKey(state) },
    { header: ref.bereichHeader ?? BEREICH_COLUMN_HEADER, values: selectBereichByKey(state) },
  ];
  let width = lastNonEmpty(ref.headers) + 1;
  return owned.map(({ header, values }) => {
    const found = ref.headers.findIndex((cell) => sameHeader(cell, header));
    const create = found < 0;
    const column = ref.firstColumn + (create ? width : found);
    if (create) width += 1;
    return { header, column, create, blocks: valueBlocks(ref.rows, values) };
  });
}

function lastNonEmpty(cells: readonly RawCell[]): number {
  for (let i = cells.length - 1; i >= 0; i -= 1) if (cellText(cells[i]).trim() !== "") return i;
  return -1;
}

/** The values by row, cut into runs of consecutive rows (one write each in Office). */
function valueBlocks(
  rows: ReadonlyMap<string, number>,
  values: ReadonlyMap<string, string>,
): InventoryValueBlock[] {
  const byRow = [...rows]
    .flatMap(([key, row]) => {
      const value = values.get(key);
      return value === undefined ? [] : [{ row, value }];
    })
    .sort((a, b) => a.row - b.row);
  const blocks: { firstRow: number; values: string[] }[] = [];
  for (const { row, value } of byRow) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last.firstRow + last.values.length === row) last.values.push(value);
    else blocks.push({ firstRow: row, values: [value] });
  }
  return blocks;
}
