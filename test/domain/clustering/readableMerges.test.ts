import fc from "fast-check";
import { condensedRowBases } from "../../../src/domain/clustering/internals/condensedIndex";
import { buildDendrogram, cutRoots, mergesUpTo } from "../../../src/domain/clustering/internals/dendrogram";
import { nnChainAverage } from "../../../src/domain/clustering/internals/nnChainAverage";
import { UNRELATED_DISTANCE } from "../../../src/domain/clustering/internals/readableCut";
import { readableAverageMerges } from "../../../src/domain/clustering/internals/readableMerges";

/** A condensed matrix from a full symmetric one. */
function condensed(full: readonly (readonly number[])[]): Float32Array {
  const n = full.length;
  const base = condensedRowBases(n);
  const out = new Float32Array((n * (n - 1)) / 2);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) out[(base[i] as number) + j] = full[i]?.[j] as number;
  return out;
}

/** Groups of a cut (row lists, sorted) at the threshold. */
function groups(n: number, merges: ReturnType<typeof nnChainAverage>, threshold: number): number[][] {
  const d = buildDendrogram(n, merges);
  const roots = cutRoots(d, mergesUpTo(d, threshold));
  const by = new Map<number, number[]>();
  roots.forEach((r, i) => by.set(r, [...(by.get(r) ?? []), i]));
  return [...by.values()].sort((p, q) => (p[0] as number) - (q[0] as number));
}

/** A random condensed distance matrix in [0, 1] with some unrelated pairs (1). */
const matrices = fc.integer({ min: 2, max: 24 }).chain((n) =>
  fc
    .array(fc.oneof(fc.double({ min: 0.05, max: 0.98, noNaN: true }), fc.constant(1)), {
      minLength: (n * (n - 1)) / 2,
      maxLength: (n * (n - 1)) / 2,
    })
    // Distinct values below 1: with exact ties UPGMA itself is ambiguous (either pair may merge first).
    .map((values) => ({ n, values: Float32Array.from(values, (v, i) => (v < 1 ? v + i * 1e-4 : v)) })),
);

/** Groups after the first `n - count` merges of the tree (at most `count` groups). */
function cutTo(n: number, merges: ReturnType<typeof nnChainAverage>, count: number): number[][] {
  const d = buildDendrogram(n, merges);
  const roots = cutRoots(d, Math.max(0, n - count));
  const by = new Map<number, number[]>();
  roots.forEach((r, i) => by.set(r, [...(by.get(r) ?? []), i]));
  return [...by.values()].sort((p, q) => (p[0] as number) - (q[0] as number));
}

describe("readableAverageMerges", () => {
  // Two tight pairs near each other (0.7) and a process a little further from one of them (0.75): cut
  // to two groups, plain UPGMA merges the two pairs; in the readable middle the pairs' merge costs
  // 0.7 + 0.1 · ln 2 ≈ 0.77, the single process's 0.75, so it joins first.
  const full = [
    [0, 0.2, 0.7, 0.7, 0.72],
    [0.2, 0, 0.7, 0.7, 0.78],
    [0.7, 0.7, 0, 0.2, 0.95],
    [0.7, 0.7, 0.2, 0, 0.95],
    [0.72, 0.78, 0.95, 0.95, 0],
  ];

  it("lets a single process join its group before two groups merge that are only a little nearer", () => {
    expect(cutTo(5, nnChainAverage(5, condensed(full)), 2)).toEqual([[0, 1, 2, 3], [4]]);
    expect(cutTo(5, readableAverageMerges(5, condensed(full), 0.5, 2), 2)).toEqual([
      [0, 1, 4],
      [2, 3],
    ]);
  });

  it("counts rows, not items, when items stand for several rows", () => {
    // Item 4 holds five rows: its merge now costs 0.75 + 0.1 · ln 2 as well, and the pairs are nearer.
    const rows = Int32Array.from([1, 1, 1, 1, 5]);
    expect(cutTo(5, readableAverageMerges(5, condensed(full), 0.5, 2, rows), 2)).toEqual([[0, 1, 2, 3], [4]]);
  });

  it("never lets a group join an unrelated one to meet the cap", () => {
    const apart = full.map((row, i) => row.map((d, j) => ((i === 4 || j === 4) && i !== j ? 1 : d)));
    const raw = readableAverageMerges(5, condensed(apart), 0.5, 1);
    const tree = buildDendrogram(5, raw);
    // The middle joined the pairs (related); process 4 joins only in the plain rest, at distance 1.
    expect(tree.height[tree.height.length - 1]).toBeGreaterThanOrEqual(UNRELATED_DISTANCE);
    expect(cutTo(5, raw, 2)).toEqual([[0, 1, 2, 3], [4]]);
  });

  it("keeps the merges up to the base, and its cut, as plain average linkage has them", () => {
    fc.assert(
      fc.property(matrices, fc.double({ min: 0.1, max: 0.9, noNaN: true }), ({ n, values }, base) => {
        const plain = nnChainAverage(n, values.slice());
        const readable = readableAverageMerges(n, values.slice(), base, Math.max(1, Math.floor(n / 4)));
        // Rounded: merges found in another order average the Float32 matrix in another order.
        const low = (h: Float64Array) =>
          [...h]
            .filter((x) => x <= base)
            .map((x) => Math.round(x * 1e5))
            .sort((p, q) => p - q);
        expect(low(readable.height)).toEqual(low(plain.height));
        expect(groups(n, readable, base)).toEqual(groups(n, plain, base));
      }),
    );
  });

  it("nests, and the cut at the cap's height shows exactly the cap", () => {
    fc.assert(
      fc.property(matrices, ({ n, values }) => {
        const related = values.map((v) => Math.min(v, 0.98));
        const base = 0.5;
        const cap = Math.max(1, Math.floor(n / 4));
        const raw = readableAverageMerges(n, related, base, cap);
        expect(raw.height.length).toBe(n - 1);
        const tree = buildDendrogram(n, raw);
        for (let k = 0; k < tree.height.length; k++) {
          const parent = tree.parent[n + k] as number;
          if (parent >= 0) expect(tree.height[parent - n]).toBeGreaterThanOrEqual(tree.height[k] as number);
        }
        const below = mergesUpTo(tree, base);
        if (n - below > cap) {
          const height = tree.height[n - cap - 1] as number;
          expect(mergesUpTo(tree, height)).toBe(n - cap);
        }
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(matrices, ({ n, values }) => {
        const a = readableAverageMerges(n, values.slice(), 0.4, 3);
        const b = readableAverageMerges(n, values.slice(), 0.4, 3);
        expect([...a.a, ...a.b, ...a.height]).toEqual([...b.a, ...b.b, ...b.height]);
      }),
    );
  });
});
