import { condensedRowBases } from "./condensedIndex";

/** Merges in the order the algorithm found them (not sorted by height). Rows are 0..n-1. @internal */
export interface RawMerges {
  /** Row representing each side of the merge (a member of that side). */
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Average-linkage distance at which the two sides merged. */
  readonly height: Float64Array;
}

/**
 * Average-linkage (UPGMA) agglomerative clustering with the nearest-neighbour-chain algorithm
 * (Murtagh 1983; Müllner 2011) over a Float32 condensed distance matrix, which it overwrites.
 *
 * Written here rather than taken from npm: ml-hclust's AGNES is O(n³) (about 40 s at 2,000 rows),
 * while NN-chain is O(n²) time and needs only the n(n-1)/2 matrix (200 MB at 10,000 rows), so the
 * engine stays inside the speed and memory budget in a Web Worker. Average linkage is reducible, so
 * NN-chain gives exactly the greedy UPGMA dendrogram.
 *
 * `sizes`: rows each item stands for (default 1), so one item can stand for a group of equal rows.
 *
 * Deterministic: the chain starts at the lowest active row, and among equally near neighbours the
 * chain's predecessor wins (needed for termination), then the lowest row index.
 * @internal
 */
export function nnChainAverage(n: number, dist: Float32Array, sizes?: Int32Array): RawMerges {
  const merges = Math.max(0, n - 1);
  const a = new Int32Array(merges);
  const b = new Int32Array(merges);
  const height = new Float64Array(merges);
  if (n < 2) return { a, b, height };
  const base = condensedRowBases(n);
  const size = sizes === undefined ? new Int32Array(n).fill(1) : Int32Array.from(sizes);
  // Doubly linked list of active rows in ascending order, so scans skip merged-away rows.
  const next = new Int32Array(n);
  const prev = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    next[i] = i + 1 < n ? i + 1 : -1;
    prev[i] = i - 1;
  }
  let head = 0;
  const chain = new Int32Array(n);
  let len = 0;
  let done = 0;
  const at = (i: number, j: number): number => (i < j ? (base[i] as number) + j : (base[j] as number) + i);

  while (done < merges) {
    if (len === 0) chain[len++] = head;
    const x = chain[len - 1] as number;
    const before = len >= 2 ? (chain[len - 2] as number) : -1;
    let best = before;
    let bestD = before >= 0 ? (dist[at(x, before)] as number) : Infinity;
    const bx = base[x] as number;
    // Two loops instead of a branch per element: rows below x are read down a column of the
    // condensed matrix, rows above x along its contiguous row.
    let k = head;
    for (; k !== -1 && k < x; k = next[k] as number) {
      const d = dist[(base[k] as number) + x] as number;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (k === x) k = next[k] as number;
    for (; k !== -1; k = next[k] as number) {
      const d = dist[bx + k] as number;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best !== before) {
      chain[len++] = best;
      continue;
    }
    // x and its predecessor are reciprocal nearest neighbours: merge them.
    len -= 2;
    const y = before;
    a[done] = x;
    b[done] = y;
    height[done] = bestD;
    done++;
    const keep = x < y ? x : y;
    const drop = x < y ? y : x;
    const sk = size[keep] as number;
    const sd = size[drop] as number;
    const total = sk + sd;
    // Lance–Williams update for average linkage: size-weighted mean of the two old distances.
    const wk = sk / total;
    const wd = sd / total;
    for (let k = head; k !== -1; k = next[k] as number) {
      if (k === keep || k === drop) continue;
      const ik = at(keep, k);
      dist[ik] = (dist[ik] as number) * wk + (dist[at(drop, k)] as number) * wd;
    }
    size[keep] = total;
    const p = prev[drop] as number;
    const q = next[drop] as number;
    if (p >= 0) next[p] = q;
    else head = q;
    if (q >= 0) prev[q] = p;
  }
  return { a, b, height };
}
