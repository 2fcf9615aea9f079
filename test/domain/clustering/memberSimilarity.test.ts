import { memberSimilarity } from "../../../src/domain/clustering/internals/memberSimilarity";
import { THREE_VECTORS as vectors } from "./threeVectors";

describe("memberSimilarity", () => {
  it("is each member's cosine to the sum of the others, and leaves the scratch buffers clean", () => {
    const scratch = new Float64Array(2);
    const fit = memberSimilarity(vectors, [0, 2], scratch, new Int32Array(2));
    expect([...fit]).toEqual([0, 0]);
    const three = memberSimilarity(vectors, [0, 1, 2], scratch, new Int32Array(2));
    // Row 1 against [1, 1]: (0.6 + 0.8) / √2.
    expect(three[1]).toBeCloseTo(1.4 / Math.SQRT2, 6);
    expect([...scratch]).toEqual([0, 0]);
    expect([...memberSimilarity(vectors, [1])]).toEqual([0]);
  });
});
