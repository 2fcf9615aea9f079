import fc from "fast-check";
import { formatScore } from "../../../src/domain/clustering/internals/formatGerman";

describe("formatScore", () => {
  const reference = (x: number): string => Math.min(1, Math.max(0, x)).toFixed(2).replace(".", ",");

  it("formats like toFixed(2) with a decimal comma, also next to rounding boundaries", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 1.5, noNaN: true }), (x) => formatScore(x) === reference(x)),
      { numRuns: 20000 },
    );
    for (let k = 0; k <= 2000; k++) {
      const x = k / 2000;
      for (const y of [x, x + Number.EPSILON, x - Number.EPSILON, x + 1e-12, x - 1e-12])
        expect(formatScore(y)).toBe(reference(y));
    }
  });

  it("clamps to 0 … 1", () => {
    expect(formatScore(-3)).toBe("0,00");
    expect(formatScore(7)).toBe("1,00");
    expect(formatScore(0.856)).toBe("0,86");
  });
});
