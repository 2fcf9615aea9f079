import type { Dendrogram } from "./dendrogram";

/**
 * How good the engine's own tree can get with hindsight: among all partitions that take each cluster
 * as one node of the dendrogram (any mix of heights, not one threshold), the best B-cubed F1 against
 * reference labels. A benchmark tool (it needs the answer), not used for proposals.
 *
 * B-cubed precision and recall are sums over clusters (Σ |C∩T|²/|C| and Σ |C∩T|²/|T|, over n), so
 * for a fixed λ the cut maximising P + λ·R follows from one bottom-up pass (keep a node when it beats
 * its two children's best). The cuts reachable this way are the corners of the upper-right convex
 * hull of all cuts' (P, R) points; they are found exactly by the usual parametric search (Eisner &
 * Severance): between two known corners, ask for the λ perpendicular to their edge. F1 increases in
 * P and R, so no cut beats the hull: the best F1 on its edges is a true upper bound, the best corner
 * a cut that really exists.
 * @internal
 */
export interface TreeCutBound {
  /** Best F1 of a cut that exists (a hull corner), with its precision, recall and cluster count. */
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly clusters: number;
  /** No cut of this tree has a higher F1. */
  readonly upperBound: number;
}

interface Corner {
  readonly precision: number;
  readonly recall: number;
  readonly clusters: number;
}

const f1Of = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Best F1 on the segment between two (P, R) points (F1 is unimodal along a line; ternary search). */
function bestOnSegment(a: Corner, b: Corner): number {
  let lo = 0;
  let hi = 1;
  const at = (t: number): number =>
    f1Of(a.precision + (b.precision - a.precision) * t, a.recall + (b.recall - a.recall) * t);
  for (let k = 0; k < 100; k++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (at(m1) < at(m2)) lo = m1;
    else hi = m2;
  }
  return Math.max(at(0), at(1), at((lo + hi) / 2));
}

/** Class index per row (first-seen order) and the size of each class. */
function classesOf(truth: readonly (string | number)[]): { cls: Int32Array; classSize: Float64Array } {
  const classOf = new Map<string | number, number>();
  const cls = Int32Array.from(truth, (t) => {
    let c = classOf.get(t);
    if (c === undefined) {
      c = classOf.size;
      classOf.set(t, c);
    }
    return c;
  });
  const classSize = new Float64Array(classOf.size);
  for (const c of cls) classSize[c] = (classSize[c] as number) + 1;
  return { cls, classSize };
}

/** Per node: its precision and recall sums as one cluster (counts merged child to parent). */
interface NodeSums {
  readonly pSum: Float64Array;
  readonly rSum: Float64Array;
}

function nodeSums(d: Dendrogram, cls: Int32Array, classSize: Float64Array): NodeSums {
  const n = d.n;
  const m = d.height.length;
  const pSum = new Float64Array(n + m);
  const rSum = new Float64Array(n + m);
  const counts: (Map<number, number> | undefined)[] = new Array(n + m);
  for (let i = 0; i < n; i++) {
    counts[i] = new Map([[cls[i] as number, 1]]);
    pSum[i] = 1;
    rSum[i] = 1 / (classSize[cls[i] as number] as number);
  }
  const size = new Float64Array(n + m).fill(1);
  for (let k = 0; k < m; k++) {
    const l = d.left[k] as number;
    const r = d.right[k] as number;
    const a = counts[l] as Map<number, number>;
    const b = counts[r] as Map<number, number>;
    // Merge the smaller map into the larger one; children are not needed again.
    const [big, small] = a.size >= b.size ? [a, b] : [b, a];
    for (const [c, v] of small) big.set(c, (big.get(c) ?? 0) + v);
    counts[l] = undefined;
    counts[r] = undefined;
    counts[n + k] = big;
    size[n + k] = (size[l] as number) + (size[r] as number);
    let ps = 0;
    let rs = 0;
    for (const [c, v] of big) {
      ps += v * v;
      rs += (v * v) / (classSize[c] as number);
    }
    pSum[n + k] = ps / (size[n + k] as number);
    rSum[n + k] = rs;
  }
  return { pSum, rSum };
}

/** The cut maximising α·P + β·R (α, β ≥ 0), as its (P, R) and cluster count. */
function solveCut(
  d: Dendrogram,
  sums: NodeSums,
  roots: readonly number[],
  alpha: number,
  beta: number,
): Corner {
  const n = d.n;
  const size = n + d.height.length;
  const best = new Float64Array(size);
  const p = new Float64Array(size);
  const r = new Float64Array(size);
  const k = new Float64Array(size);
  for (let x = 0; x < size; x++) {
    const own = alpha * (sums.pSum[x] as number) + beta * (sums.rSum[x] as number);
    if (x >= n) {
      const l = d.left[x - n] as number;
      const rt = d.right[x - n] as number;
      const kids = (best[l] as number) + (best[rt] as number);
      if (kids > own + 1e-12) {
        best[x] = kids;
        p[x] = (p[l] as number) + (p[rt] as number);
        r[x] = (r[l] as number) + (r[rt] as number);
        k[x] = (k[l] as number) + (k[rt] as number);
        continue;
      }
    }
    best[x] = own;
    p[x] = sums.pSum[x] as number;
    r[x] = sums.rSum[x] as number;
    k[x] = 1;
  }
  let ps = 0;
  let rs = 0;
  let clusters = 0;
  for (const x of roots) {
    ps += p[x] as number;
    rs += r[x] as number;
    clusters += k[x] as number;
  }
  return { precision: ps / n, recall: rs / n, clusters };
}

/** Hull corners from "all precision" to "all recall", refined between neighbours. */
function hullCorners(solve: (alpha: number, beta: number) => Corner): Corner[] {
  const first = solve(1, 1e-9);
  const last = solve(1e-9, 1);
  const refine = (a: Corner, b: Corner, depth: number): Corner[] => {
    // Normal of the edge a→b pointing up-right: (Δrecall, −Δprecision) with a above-left of b.
    const alpha = b.recall - a.recall;
    const beta = a.precision - b.precision;
    if (depth > 60 || alpha <= 1e-12 || beta <= 1e-12) return [];
    const c = solve(alpha, beta);
    const gain = alpha * c.precision + beta * c.recall - (alpha * a.precision + beta * a.recall);
    if (gain <= 1e-12) return [];
    return [...refine(a, c, depth + 1), c, ...refine(c, b, depth + 1)];
  };
  return [first, ...refine(first, last, 0), last];
}

/**
 * Best cut of the dendrogram for the reference labels `truth` (parallel to the dendrogram's rows).
 * @internal
 */
export function bestTreeCut(d: Dendrogram, truth: readonly (string | number)[]): TreeCutBound {
  const n = d.n;
  if (truth.length !== n) throw new RangeError("Referenz und Baum haben verschieden viele Zeilen.");
  if (n === 0) return { f1: 1, precision: 1, recall: 1, clusters: 0, upperBound: 1 };
  const { cls, classSize } = classesOf(truth);
  const sums = nodeSums(d, cls, classSize);
  const roots: number[] = [];
  for (let x = 0; x < n + d.height.length; x++) if (d.parent[x] === -1) roots.push(x);
  const hull = hullCorners((alpha, beta) => solveCut(d, sums, roots, alpha, beta));
  let bestCorner = hull[0] as Corner;
  let upperBound = 0;
  hull.forEach((c, i) => {
    if (f1Of(c.precision, c.recall) > f1Of(bestCorner.precision, bestCorner.recall)) bestCorner = c;
    const next = hull[i + 1];
    upperBound = Math.max(
      upperBound,
      next === undefined ? f1Of(c.precision, c.recall) : bestOnSegment(c, next),
    );
  });
  return { f1: f1Of(bestCorner.precision, bestCorner.recall), ...bestCorner, upperBound };
}
