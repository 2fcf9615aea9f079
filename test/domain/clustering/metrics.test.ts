import { adjustedRandIndex, bCubed } from "../../../src/domain/clustering/metrics";

describe("bCubed", () => {
  it("is perfect for identical partitions", () => {
    expect(bCubed(["a", "a", "b"], [1, 1, 2])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("matches a hand-computed case", () => {
    // Clusters {0,1,2} {3}; classes {0,1} {2,3}.
    // Precision per row: 2/3, 2/3, 1/3, 1 → 8/12 ≈ 0.6667; recall: 1, 1, 1/2, 1/2 → 0.75.
    const b = bCubed(["x", "x", "x", "y"], ["p", "p", "q", "q"]);
    expect(b.precision).toBeCloseTo(2 / 3, 12);
    expect(b.recall).toBeCloseTo(0.75, 12);
    expect(b.f1).toBeCloseTo((2 * (2 / 3) * 0.75) / (2 / 3 + 0.75), 12);
  });

  it("gives precision 1 for all singletons and recall 1 for one cluster", () => {
    const truth = ["a", "a", "b", "b", "b"];
    const single = bCubed([0, 1, 2, 3, 4], truth);
    expect(single.precision).toBe(1);
    expect(single.recall).toBeCloseTo((1 / 2 + 1 / 2 + 1 / 3 + 1 / 3 + 1 / 3) / 5, 12);
    const one = bCubed([0, 0, 0, 0, 0], truth);
    expect(one.recall).toBe(1);
    expect(one.precision).toBeCloseTo((2 / 5) * (2 / 5) + (3 / 5) * (3 / 5), 12);
  });

  it("rejects arrays of different length", () => {
    expect(() => bCubed([1], [1, 2])).toThrow(RangeError);
  });
});

describe("adjustedRandIndex", () => {
  it("is 1 for identical partitions, whatever the label names", () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ["a", "a", "b", "b", "c"])).toBeCloseTo(1, 12);
  });

  it("is 0 for all singletons against one cluster", () => {
    expect(adjustedRandIndex([0, 1, 2, 3], [0, 0, 0, 0])).toBe(0);
  });

  it("matches scikit-learn on a known example", () => {
    // sklearn.metrics.adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) == 0.5714285714285715
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714285715, 12);
    // adjusted_rand_score([0, 0, 1, 1], [1, 1, 0, 0]) == 1.0; ([0, 0, 0, 0], [0, 1, 2, 3]) == 0.0
    expect(adjustedRandIndex([1, 1, 0, 0], [0, 0, 1, 1])).toBe(1);
    // adjusted_rand_score([0, 0, 1, 1], [0, 1, 0, 1]) == -0.5
    expect(adjustedRandIndex([0, 1, 0, 1], [0, 0, 1, 1])).toBeCloseTo(-0.5, 12);
  });
});
