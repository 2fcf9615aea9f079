/** @internal Tolerant reading of cells a user may have edited by hand. */
import { cellText } from "../../inventory/cellText";
import type { RawCell } from "../../inventory/types";

/** "ja", "x", "wahr", "true", "1" (any case) and `true` mean yes; everything else no. */
export function cellFlag(cell: RawCell): boolean {
  return ["ja", "j", "x", "wahr", "true", "1", "yes"].includes(cellText(cell).toLowerCase());
}

/** Header text normalised for matching: lower case, no spaces or punctuation. */
export function headerKey(cell: RawCell): string {
  return cellText(cell)
    .toLowerCase()
    .replace(/[^a-z0-9äöüß]/g, "");
}

/**
 * Finds the header row (within the first `scan` rows) that contains all `required` headers and returns
 * its index and a header → column map; undefined when there is none.
 */
export function findHeader(
  values: readonly (readonly RawCell[])[],
  required: readonly string[],
  scan = 5,
): { readonly row: number; readonly columns: ReadonlyMap<string, number> } | undefined {
  for (let row = 0; row < Math.min(scan, values.length); row += 1) {
    const columns = new Map<string, number>();
    (values[row] ?? []).forEach((cell, column) => {
      const key = headerKey(cell);
      if (key !== "" && !columns.has(key)) columns.set(key, column);
    });
    if (required.every((header) => columns.has(headerKey(header)))) return { row, columns };
  }
  return undefined;
}
