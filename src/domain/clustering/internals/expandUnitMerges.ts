import type { RowUnits } from "./objectUnits";
import type { RawMerges } from "./nnChainAverage";

/**
 * Turns merges over units into merges over rows, so the model keeps one row dendrogram (cuts,
 * constraints and labels work on rows): first the merges inside each unit (`inner[u]`, in the unit's
 * own row numbering, absent for single-row units), then the unit merges, each between the first rows
 * of the two sides. An inner merge is capped at the height of its unit's first merge with another
 * unit, so after sorting by height (stable, inner merges come first on ties) every unit is whole
 * before it joins another one and the tree nests. @internal
 */
export function expandUnitMerges(
  units: RowUnits,
  unitMerges: RawMerges,
  inner: readonly (RawMerges | undefined)[],
): RawMerges {
  const firstHeight = firstMergeHeights(units.count, unitMerges);
  const a: number[] = [];
  const b: number[] = [];
  const height: number[] = [];
  units.rows.forEach((rows, u) => {
    const m = inner[u];
    if (m === undefined) return;
    const cap = firstHeight[u] as number;
    for (let k = 0; k < m.height.length; k++) {
      a.push(rows[m.a[k] as number] as number);
      b.push(rows[m.b[k] as number] as number);
      height.push(Math.min(m.height[k] as number, cap));
    }
  });
  for (let k = 0; k < unitMerges.height.length; k++) {
    a.push(units.rows[unitMerges.a[k] as number]?.[0] as number);
    b.push(units.rows[unitMerges.b[k] as number]?.[0] as number);
    height.push(unitMerges.height[k] as number);
  }
  return { a: Int32Array.from(a), b: Int32Array.from(b), height: Float64Array.from(height) };
}

/** Height at which each unit first merges with another (Infinity for none), via union-find. */
function firstMergeHeights(count: number, merges: RawMerges): Float64Array {
  const order = Array.from({ length: merges.height.length }, (_, k) => k).sort(
    (p, q) => (merges.height[p] as number) - (merges.height[q] as number) || p - q,
  );
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const size = new Int32Array(count).fill(1);
  const first = new Float64Array(count).fill(Infinity);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[parent[i] as number] as number;
      parent[i] = up;
      i = up;
    }
    return i;
  };
  for (const k of order) {
    const x = find(merges.a[k] as number);
    const y = find(merges.b[k] as number);
    const h = merges.height[k] as number;
    // A set of size 1 is the unit itself, still untouched: this is its first merge.
    if (size[x] === 1) first[x] = h;
    if (size[y] === 1) first[y] = h;
    parent[y] = x;
    size[x] = (size[x] as number) + (size[y] as number);
  }
  return first;
}
