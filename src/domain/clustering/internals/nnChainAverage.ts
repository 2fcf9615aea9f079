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
  const state = linkageState(n, dist, sizes);
  chainMerges(state, Infinity);
  return state.merges;
}

/**
 * The working state of an average-linkage run: the matrix (Lance–Williams-updated in place), the
 * rows each live item stands for, the live items as a doubly linked list in ascending order, and the
 * merges so far. @internal
 */
export interface LinkageState {
  readonly n: number;
  readonly dist: Float32Array;
  readonly base: Int32Array;
  readonly size: Int32Array;
  /** Rows each live item holds (equal to `size` unless given apart from the linkage weights). */
  readonly rows: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
  head: number;
  /** Live items an NN-chain pass leaves alone (their nearest neighbour lies above its ceiling). */
  readonly parked: Uint8Array;
  readonly merges: { readonly a: Int32Array; readonly b: Int32Array; readonly height: Float64Array };
  done: number;
}

/**
 * A fresh state over `n` items (see `LinkageState`): `sizes` weigh the average, `rows` count what
 * each item holds (default: the sizes). @internal
 */
export function linkageState(
  n: number,
  dist: Float32Array,
  sizes?: Int32Array,
  rows?: Int32Array,
): LinkageState {
  const size = sizes === undefined ? new Int32Array(n).fill(1) : Int32Array.from(sizes);
  const count = Math.max(0, n - 1);
  const next = new Int32Array(n);
  const prev = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    next[i] = i + 1 < n ? i + 1 : -1;
    prev[i] = i - 1;
  }
  return {
    n,
    dist,
    base: condensedRowBases(n),
    size,
    rows: rows === undefined ? Int32Array.from(size) : Int32Array.from(rows),
    next,
    prev,
    head: n > 0 ? 0 : -1,
    parked: new Uint8Array(n),
    merges: { a: new Int32Array(count), b: new Int32Array(count), height: new Float64Array(count) },
    done: 0,
  };
}

/** Index of the pair (i, j), i ≠ j, in the condensed matrix. @internal */
export function pairIndex(state: LinkageState, i: number, j: number): number {
  return i < j ? (state.base[i] as number) + j : (state.base[j] as number) + i;
}

/**
 * NN-chain over the live items that are not parked, merging reciprocal nearest neighbours up to
 * `ceiling` inclusive. A chain whose top has no neighbour within the ceiling is parked whole: each
 * member's nearest neighbour lies above it, and under average linkage a merge elsewhere only averages
 * distances that are all above it, so none of them could merge within the ceiling later. The merges
 * made are exactly the merges of the full run up to that height. @internal
 */
export function chainMerges(state: LinkageState, ceiling: number): void {
  const { dist, base, next, parked } = state;
  const chain = new Int32Array(state.n);
  let len = 0;
  // The lowest item not parked only moves up: items below it are parked for good, and it stays the
  // kept (lower) side of any merge it takes part in. A cursor keeps the chain starts O(n) in all.
  let cursor = state.head;
  const firstActive = (): number => {
    while (cursor !== -1 && parked[cursor] === 1) cursor = next[cursor] as number;
    return cursor;
  };
  while (state.done < state.merges.height.length) {
    if (len === 0) {
      const start = firstActive();
      if (start === -1) return;
      chain[len++] = start;
    }
    const x = chain[len - 1] as number;
    const before = len >= 2 ? (chain[len - 2] as number) : -1;
    let best = before;
    let bestD = before >= 0 ? (dist[pairIndex(state, x, before)] as number) : Infinity;
    const bx = base[x] as number;
    let k = state.head;
    // Two loops instead of a branch per element: rows below x are read down a column of the
    // condensed matrix, rows above x along its contiguous row.
    for (; k !== -1 && k < x; k = next[k] as number) {
      if (parked[k] === 1) continue;
      const d = dist[(base[k] as number) + x] as number;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (k === x) k = next[k] as number;
    for (; k !== -1; k = next[k] as number) {
      if (parked[k] === 1) continue;
      const d = dist[bx + k] as number;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    if (best === -1 || bestD > ceiling) {
      // No neighbour within the ceiling for x, hence none for the chain below it (each member's
      // nearest is the next one, at least as far as x's nearest).
      for (let c = 0; c < len; c++) parked[chain[c] as number] = 1;
      len = 0;
      continue;
    }
    if (best !== before) {
      chain[len++] = best;
      continue;
    }
    // x and its predecessor are reciprocal nearest neighbours: merge them.
    len -= 2;
    mergePair(state, x, before, bestD);
  }
}

/**
 * Records the merge of live items x and y at `height` and applies the Lance–Williams update for
 * average linkage (size-weighted mean of the two old distances) to every live item; the lower index
 * stays as the merged item. @internal
 */
export function mergePair(state: LinkageState, x: number, y: number, height: number): number {
  const { dist, size, next, prev, merges } = state;
  merges.a[state.done] = x;
  merges.b[state.done] = y;
  merges.height[state.done] = height;
  state.done++;
  const keep = x < y ? x : y;
  const drop = x < y ? y : x;
  const sk = size[keep] as number;
  const sd = size[drop] as number;
  const total = sk + sd;
  const wk = sk / total;
  const wd = sd / total;
  for (let k = state.head; k !== -1; k = next[k] as number) {
    if (k === keep || k === drop) continue;
    const ik = pairIndex(state, keep, k);
    dist[ik] = (dist[ik] as number) * wk + (dist[pairIndex(state, drop, k)] as number) * wd;
  }
  size[keep] = total;
  state.rows[keep] = (state.rows[keep] as number) + (state.rows[drop] as number);
  const p = prev[drop] as number;
  const q = next[drop] as number;
  if (p >= 0) next[p] = q;
  else state.head = q;
  if (q >= 0) prev[q] = p;
  return keep;
}
