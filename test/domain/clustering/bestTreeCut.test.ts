import fc from "fast-check";
import { bCubed } from "../../../src/domain/clustering/metrics";
import { bestTreeCut } from "../../../src/domain/clustering/internals/bestTreeCut";
import {
  buildDendrogram,
  cutRoots,
  type Dendrogram,
} from "../../../src/domain/clustering/internals/dendrogram";

/** A dendrogram from merges given as pairs of rows (each joins the sets of the two rows), heights 1, 2, … */
function tree(n: number, pairs: readonly (readonly [number, number])[]): Dendrogram {
  const uf = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (uf[i] === i ? i : (uf[i] = find(uf[i] as number)));
  const a: number[] = [];
  const b: number[] = [];
  for (const [x, y] of pairs) {
    const rx = find(x);
    const ry = find(y);
    if (rx === ry) continue;
    uf[ry] = rx;
    a.push(x);
    b.push(y);
  }
  return buildDendrogram(n, {
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    height: Float64Array.from(a, (_, k) => k + 1),
  });
}

/** Every partition whose clusters are nodes of the tree. */
function allCuts(d: Dendrogram): number[][] {
  const cutsOf = (x: number): number[][] => {
    if (x < d.n) return [[x]];
    const l = d.left[x - d.n] as number;
    const r = d.right[x - d.n] as number;
    const out: number[][] = [[x]];
    for (const p of cutsOf(l)) for (const q of cutsOf(r)) out.push([...p, ...q]);
    return out;
  };
  const roots: number[] = [];
  for (let x = 0; x < d.parent.length; x++) if (d.parent[x] === -1) roots.push(x);
  return roots.reduce<number[][]>(
    (acc, root) => acc.flatMap((p) => cutsOf(root).map((q) => [...p, ...q])),
    [[]],
  );
}

function labelsOf(d: Dendrogram, nodes: readonly number[]): number[] {
  const label = new Array<number>(d.n).fill(-1);
  const mark = (x: number, l: number): void => {
    if (x < d.n) label[x] = l;
    else {
      mark(d.left[x - d.n] as number, l);
      mark(d.right[x - d.n] as number, l);
    }
  };
  for (const x of nodes) mark(x, x);
  return label;
}

describe("bestTreeCut", () => {
  it("finds the reference partition when the tree contains it", () => {
    const d = tree(6, [
      [0, 1],
      [2, 3],
      [0, 2],
      [4, 5],
      [0, 4],
    ]);
    const result = bestTreeCut(d, ["a", "a", "a", "a", "b", "b"]);
    expect(result.f1).toBeCloseTo(1, 12);
    expect(result.upperBound).toBeCloseTo(1, 12);
    expect(result.clusters).toBe(2);
  });

  it("lies between the best existing cut and its upper bound (brute force over all cuts)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 7 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 12 }),
              fc.array(fc.constantFrom("x", "y", "z"), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, pairs, truth]) => {
          const d = tree(n, pairs);
          const result = bestTreeCut(d, truth);
          const brute = Math.max(...allCuts(d).map((cut) => bCubed(labelsOf(d, cut), truth).f1));
          expect(result.f1).toBeLessThanOrEqual(brute + 1e-9);
          expect(result.upperBound).toBeGreaterThanOrEqual(brute - 1e-9);
          expect(result.upperBound).toBeGreaterThanOrEqual(result.f1 - 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("bounds every single-threshold cut from above", () => {
    const d = tree(8, [
      [0, 1],
      [2, 3],
      [1, 2],
      [4, 5],
      [6, 7],
      [5, 6],
      [0, 7],
    ]);
    const truth = ["a", "a", "b", "b", "c", "c", "c", "a"];
    const result = bestTreeCut(d, truth);
    for (let m = 0; m <= d.height.length; m++) {
      expect(result.upperBound).toBeGreaterThanOrEqual(bCubed(Array.from(cutRoots(d, m)), truth).f1 - 1e-12);
    }
  });
});
