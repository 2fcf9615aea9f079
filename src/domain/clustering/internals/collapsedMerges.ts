import { textDistances, type PairSignal } from "./distanceMatrix";
import { expandUnitMerges } from "./expandUnitMerges";
import { nnChainAverage, type RawMerges } from "./nnChainAverage";
import { sliceRows, type RowUnits } from "./objectUnits";
import type { SparseRows } from "./tfidfVectors";

/**
 * Block size from which rows with equal name features are compared once (see `collapsedAverageMerges`).
 *
 * Measured (`npm run bench:report-stages`, 50,000 rows of the sample repeated): the distance matrices
 * and NN-chain inside the LeiKa objects grow with the square of an object's rows (objects of 1,600–2,400
 * rows there, 23 M pairs) and took about 5 of the engine's 8.6 s. Below this size the full matrix is
 * computed as before, so the labelled benchmarks and normal inventories get exactly the same merges.
 */
export const COLLAPSE_MIN_ROWS = 1000;

/** Rows with the same sparse vector and the same code, in groups (first row of each group first). */
function equalRowGroups(rows: SparseRows, codes: Int32Array): number[][] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < rows.n; i++) {
    const from = rows.indptr[i] as number;
    const to = rows.indptr[i + 1] as number;
    const key = `${codes[i] as number}|${rows.indices.subarray(from, to).join(",")}|${rows.data.subarray(from, to).join(",")}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  }
  return [...groups.values()].sort((p, q) => (p[0] as number) - (q[0] as number));
}

/**
 * The distance `textDistances` (then `scale`) gives two rows with this row's vector and code: the
 * same float operations in the same order, so the value is the one the full matrix holds.
 */
function selfDistance(rows: SparseRows, row: number, code: number, shrink: number, scale: number): number {
  let acc = 0;
  for (let p = rows.indptr[row] as number; p < (rows.indptr[row + 1] as number); p++) {
    const w = rows.data[p] as number;
    acc += w * w;
  }
  let d = Math.fround(Math.max(0, 1 - acc));
  if (code >= 0) d = Math.fround(d * shrink);
  return Math.fround(d * scale);
}

/**
 * Average-linkage merges of the rows of one block (cosine distance of `rows`, shrunk by `phrase` for
 * an equal code, times `scale`) like `nnChainAverage(textDistances(…))`, but for blocks of at least
 * `COLLAPSE_MIN_ROWS` rows, rows with equal vectors and codes are compared once: the NN-chain runs over
 * one row per group, weighted by the group's size, and each group's rows merge first at their own
 * distance. Average linkage of equal rows is the row itself, so the tree is the same; the distances of
 * a group to other rows may differ from the full matrix's only in the last bit of float rounding,
 * which can reorder merges of exactly equal height.
 * @internal
 */
export function collapsedAverageMerges(rows: SparseRows, phrase: PairSignal, scale: number): RawMerges {
  const full = (): RawMerges => {
    const dist = textDistances(rows, [phrase]);
    for (let p = 0; p < dist.length; p++) dist[p] = (dist[p] as number) * scale;
    return nnChainAverage(rows.n, dist);
  };
  if (rows.n < COLLAPSE_MIN_ROWS) return full();
  const groups = equalRowGroups(rows, phrase.codes);
  if (groups.length === rows.n) return full();
  const firsts = groups.map((g) => g[0] as number);
  const dist = textDistances(sliceRows(rows, firsts), [
    { ...phrase, codes: Int32Array.from(firsts, (i) => phrase.codes[i] as number) },
  ]);
  for (let p = 0; p < dist.length; p++) dist[p] = (dist[p] as number) * scale;
  const groupMerges = nnChainAverage(
    groups.length,
    dist,
    Int32Array.from(groups, (g) => g.length),
  );
  const unitOf = new Int32Array(rows.n);
  groups.forEach((g, u) => g.forEach((i) => (unitOf[i] = u)));
  const units: RowUnits = { count: groups.length, unitOf, rows: groups };
  const inner = groups.map((g) => {
    if (g.length < 2) return undefined;
    const first = g[0] as number;
    const h = selfDistance(rows, first, phrase.codes[first] as number, 1 - phrase.weight, scale);
    return {
      a: new Int32Array(g.length - 1),
      b: Int32Array.from({ length: g.length - 1 }, (_, k) => k + 1),
      height: new Float64Array(g.length - 1).fill(h),
    };
  });
  return expandUnitMerges(units, groupMerges, inner);
}
