/**
 * @internal How many columns of a used range belong to the inventory. A used range grows to the last cell
 * anyone ever typed in, so one stray value in column XFD would make every read 16,384 columns wide. The
 * inventory's columns have headers near the top, so the width ends where the top rows' content ends:
 * at the last non-empty column before a gap of `MAX_GAP` or more empty columns.
 */

/** Empty columns that end the inventory (an inventory has no such gap between its columns). */
export const MAX_GAP = 5;

/**
 * Width in columns, counted from the used range's first column. `probe` holds the used range's top rows
 * starting `offset` columns to the right of the used range's first column; `fullWidth` caps the result.
 */
export function inventoryWidth(
  probe: readonly (readonly unknown[])[],
  offset: number,
  fullWidth: number,
): number {
  const columns = Math.max(0, ...probe.map((row) => row.length));
  let last = -1;
  let gap = 0;
  for (let c = 0; c < columns; c += 1) {
    const filled = probe.some((row) => {
      const cell = row[c];
      return cell !== null && cell !== undefined && String(cell).trim() !== "";
    });
    if (filled) {
      if (last >= 0 && gap >= MAX_GAP) break;
      last = c;
      gap = 0;
    } else if (last >= 0) {
      gap += 1;
    }
  }
  if (last < 0) return fullWidth;
  return Math.max(1, Math.min(fullWidth, offset + last + 1));
}
