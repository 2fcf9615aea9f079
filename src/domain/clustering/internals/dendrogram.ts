import type { RawMerges } from "./nnChainAverage";

/**
 * A binary merge tree in the scipy layout: leaves are rows 0..n-1, merge k creates node n+k; merges
 * are sorted by height, so every cut at a threshold is a prefix of them. Plain typed arrays.
 */
export interface Dendrogram {
  readonly n: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Non-decreasing merge heights (distance 0..1). */
  readonly height: Float64Array;
  /** Parent node of every node (leaves and merges), -1 for the root(s). */
  readonly parent: Int32Array;
}

/** Sorts raw merges by height (stable, so ties keep discovery order) and links them into a tree. @internal */
export function buildDendrogram(n: number, raw: RawMerges): Dendrogram {
  const m = raw.height.length;
  const order = Array.from({ length: m }, (_, k) => k).sort(
    (p, q) => (raw.height[p] as number) - (raw.height[q] as number) || p - q,
  );
  const left = new Int32Array(m);
  const right = new Int32Array(m);
  const height = new Float64Array(m);
  const parent = new Int32Array(n + m).fill(-1);
  // Union-find over rows, remembering which tree node each set currently is.
  const uf = new Int32Array(n);
  const node = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    uf[i] = i;
    node[i] = i;
  }
  const find = (i: number): number => {
    let r = i;
    while (uf[r] !== r) r = uf[r] as number;
    while (uf[i] !== r) {
      const up = uf[i] as number;
      uf[i] = r;
      i = up;
    }
    return r;
  };
  let last = 0;
  order.forEach((k, pos) => {
    const ra = find(raw.a[k] as number);
    const rb = find(raw.b[k] as number);
    const na = node[ra] as number;
    const nb = node[rb] as number;
    left[pos] = Math.min(na, nb);
    right[pos] = Math.max(na, nb);
    // Float32 rounding can make a parent a hair lower than its child; keep heights monotone.
    last = Math.max(last, raw.height[k] as number);
    height[pos] = last;
    parent[na] = n + pos;
    parent[nb] = n + pos;
    const r = Math.min(ra, rb);
    uf[ra] = r;
    uf[rb] = r;
    node[r] = n + pos;
  });
  return { n, left, right, height, parent };
}

/** Number of merges at or below `threshold` (binary search on the sorted heights). @internal */
export function mergesUpTo(d: Dendrogram, threshold: number): number {
  let lo = 0;
  let hi = d.height.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((d.height[mid] as number) <= threshold) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cluster root node of every row when the first `m` merges are applied. @internal */
export function cutRoots(d: Dendrogram, m: number): Int32Array {
  const n = d.n;
  const root = new Int32Array(n + m);
  for (let k = m - 1; k >= 0; k--) {
    const self = n + k;
    const p = d.parent[self] as number;
    root[self] = p >= 0 && p < n + m ? (root[p] as number) : self;
  }
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = d.parent[i] as number;
    rows[i] = p >= 0 && p < n + m ? (root[p] as number) : i;
  }
  return rows;
}

/** Leaves (rows) under a node, ascending. @internal */
export function leavesOf(d: Dendrogram, nodeId: number): number[] {
  const out: number[] = [];
  const stack = [nodeId];
  while (stack.length > 0) {
    const x = stack.pop() as number;
    if (x < d.n) out.push(x);
    else {
      stack.push(d.left[x - d.n] as number, d.right[x - d.n] as number);
    }
  }
  return out.sort((p, q) => p - q);
}
