import { raiseByDisagreement } from "../../../src/domain/clustering/internals/autoMerges";
import type { SparseRows } from "../../../src/domain/clustering/sparseRows";

/** Rows 0 and 1 vote alike, row 2 elsewhere, row 3 has no evidence. */
const evidence: SparseRows = {
  n: 4,
  indptr: Int32Array.from([0, 1, 2, 3, 3]),
  indices: Int32Array.from([0, 0, 1]),
  data: Float32Array.from([1, 1, 1]),
  features: ["a", "b"],
};

describe("raiseByDisagreement", () => {
  // Condensed order: (0,1) (0,2) (0,3) (1,2) (1,3) (2,3).
  it("raises the distance of pairs the evidence places apart, by penalty × remaining distance", () => {
    const dist = Float32Array.from([0.4, 0.4, 0.4, 1, 0.4, 0.4]);
    raiseByDisagreement(dist, evidence, 0.5);
    expect(dist[0]).toBeCloseTo(0.4); // alike: unchanged
    expect(dist[1]).toBeCloseTo(0.4 + 0.6 * 0.5); // apart: raised
    expect(dist[3]).toBe(1); // unrelated names stay unrelated
  });

  it("leaves pairs alone when one of them has no evidence", () => {
    const dist = Float32Array.from([0.4, 0.4, 0.4, 0.4, 0.4, 0.4]);
    raiseByDisagreement(dist, evidence, 0.5);
    expect([dist[2], dist[4], dist[5]].map((d) => Number(d?.toFixed(3)))).toEqual([0.4, 0.4, 0.4]);
  });

  it("never lowers a distance", () => {
    const before = Float32Array.from([0.1, 0.2, 0.3, 0.5, 0.7, 0.9]);
    const after = before.slice();
    raiseByDisagreement(after, evidence, 0.9);
    after.forEach((d, p) => expect(d).toBeGreaterThanOrEqual(before[p] as number));
  });
});
