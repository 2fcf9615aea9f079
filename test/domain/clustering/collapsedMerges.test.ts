import {
  COLLAPSE_MIN_ROWS,
  collapsedAverageMerges,
} from "../../../src/domain/clustering/internals/collapsedMerges";
import { buildDendrogram, cutRoots, mergesUpTo } from "../../../src/domain/clustering/internals/dendrogram";
import { textDistances, type PairSignal } from "../../../src/domain/clustering/internals/distanceMatrix";
import { nnChainAverage, type RawMerges } from "../../../src/domain/clustering/internals/nnChainAverage";
import type { SparseRows } from "../../../src/domain/clustering/internals/tfidfVectors";

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A block of `distinct` different L2-normalised rows over 12 features, row p repeated
 * `copies + (p % 7) * 4` times (unequal groups, so the weights matter), in shuffled order, and a phrase
 * code per distinct row (every fourth without one).
 */
function block(distinct: number, copies: number, seed: number): { rows: SparseRows; phrase: PairSignal } {
  const random = generator(seed);
  const patterns = Array.from({ length: distinct }, () => {
    const features = [...new Set(Array.from({ length: 3 }, () => Math.floor(random() * 12)))].sort(
      (p, q) => p - q,
    );
    const weights = features.map(() => 0.2 + random());
    const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0));
    return { features, weights: weights.map((w) => w / norm) };
  });
  const order = Array.from({ length: distinct }, (_, p) =>
    Array.from({ length: copies + (p % 7) * 4 }, () => p),
  ).flat();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const indptr = [0];
  const indices: number[] = [];
  const data: number[] = [];
  for (const p of order) {
    const pattern = patterns[p] as { features: number[]; weights: number[] };
    indices.push(...pattern.features);
    data.push(...pattern.weights);
    indptr.push(indices.length);
  }
  const rows: SparseRows = {
    n: order.length,
    indptr: Int32Array.from(indptr),
    indices: Int32Array.from(indices),
    data: Float32Array.from(data),
    features: Array.from({ length: 12 }, (_, f) => `g:${f}`),
  };
  const codes = Int32Array.from(order, (p) => (p % 4 === 3 ? -1 : p % 5));
  return { rows, phrase: { codes, weight: 0.5, penalty: 0 } };
}

function fullMerges(rows: SparseRows, phrase: PairSignal, scale: number): RawMerges {
  const dist = textDistances(rows, [phrase]);
  for (let p = 0; p < dist.length; p++) dist[p] = (dist[p] as number) * scale;
  return nnChainAverage(rows.n, dist);
}

/** The partition of the rows at each cut, as sorted member lists, so two trees can be compared. */
function partitions(n: number, merges: RawMerges, cuts: readonly number[]): string[] {
  const d = buildDendrogram(n, merges);
  return cuts.map((cut) => {
    const roots = cutRoots(d, mergesUpTo(d, cut));
    const groups = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const r = roots[i] as number;
      groups.set(r, [...(groups.get(r) ?? []), i]);
    }
    return JSON.stringify([...groups.values()].map((g) => g.join(",")).sort());
  });
}

describe("collapsedAverageMerges", () => {
  const cuts = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

  it("gives the same clusters at every cut and the same merge heights as the full matrix on a large block", () => {
    const { rows, phrase } = block(40, 20, 7);
    expect(rows.n).toBeGreaterThanOrEqual(COLLAPSE_MIN_ROWS);
    const full = fullMerges(rows, phrase, 0.3);
    const collapsed = collapsedAverageMerges(rows, phrase, 0.3);
    expect(collapsed.height).toHaveLength(rows.n - 1);
    expect(partitions(rows.n, collapsed, cuts)).toEqual(partitions(rows.n, full, cuts));
    const sorted = (m: RawMerges): number[] => [...m.height].sort((p, q) => p - q);
    expect(sorted(collapsed)).toEqual(sorted(full));
  });

  it("computes small blocks with the full matrix, merge for merge", () => {
    const { rows, phrase } = block(20, 5, 11);
    expect(rows.n).toBeLessThan(COLLAPSE_MIN_ROWS);
    expect(collapsedAverageMerges(rows, phrase, 0.3)).toEqual(fullMerges(rows, phrase, 0.3));
  });
});
