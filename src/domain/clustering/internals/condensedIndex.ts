/**
 * Offsets into a condensed (upper-triangle, row-major, no diagonal) distance matrix: the distance of
 * i < j lives at `rowBase[i] + j`. Int32 is enough: 10,000 rows give 49,995,000 pairs.
 * @internal
 */
export function condensedRowBases(n: number): Int32Array {
  const base = new Int32Array(n);
  for (let i = 0; i < n; i++) base[i] = (i * (2 * n - i - 1)) / 2 - i - 1;
  return base;
}
