import { blendRows } from "../../../src/domain/clustering/internals/blendRows";
import { textDistances, type PairSignal } from "../../../src/domain/clustering/internals/distanceMatrix";
import { sliceRows } from "../../../src/domain/clustering/internals/objectUnits";
import { sparseRowsFrom, type SparseRows } from "../../../src/domain/clustering/sparseRows";

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` L2-normalised rows over `features` features, about half of each row's entries non-zero. */
function randomRows(count: number, features: number, random: () => number): SparseRows {
  const names = Array.from({ length: features }, (_, f) => `f${f}`);
  return sparseRowsFrom(
    Array.from({ length: count }, () => {
      const values = names.map(() => (random() < 0.5 ? random() : 0));
      if (!values.some((v) => v > 0)) values[0] = 1;
      const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0));
      return values.map((v) => v / norm);
    }),
    names,
    (values) => values.flatMap((v, f) => (v > 0 ? [[f, v] as const] : [])),
  );
}

describe("textDistances with a graded signal (a similarity table of codes)", () => {
  const random = generator(42);
  const names = randomRows(30, 10, random);
  const codeVectors = randomRows(5, 8, random);
  const codes = Array.from({ length: names.n }, (_, i) => i % 5);
  const values = new Float32Array(25);
  const table = textDistances(codeVectors, []);
  for (let a = 0; a < 5; a++)
    for (let b = 0; b < 5; b++) {
      if (a === b) values[a * 5 + b] = 1;
      else {
        const [i, j] = a < b ? [a, b] : [b, a];
        const at = (i * (2 * 5 - i - 1)) / 2 + (j - i - 1);
        values[a * 5 + b] = 1 - (table[at] as number);
      }
    }

  it("gives the distances of blending each row's code vector into its name vector with that share", () => {
    for (const weight of [0.15, 0.5]) {
      const signal: PairSignal = {
        codes: Int32Array.from(codes),
        weight,
        penalty: 0,
        similarity: { size: 5, values },
      };
      const graded = textDistances(names, [signal]);
      const blended = textDistances(blendRows(names, sliceRows(codeVectors, codes), weight), []);
      expect(graded.length).toBe(blended.length);
      for (let p = 0; p < graded.length; p++) expect(graded[p]).toBeCloseTo(blended[p] as number, 5);
    }
  });

  it("leaves pairs with a row without a code (−1) at their name distance", () => {
    const partial = Int32Array.from(codes, (c, i) => (i % 3 === 0 ? -1 : c));
    const signal: PairSignal = { codes: partial, weight: 0.5, penalty: 0.9, similarity: { size: 5, values } };
    const graded = textDistances(names, [signal]);
    const plain = textDistances(names, []);
    let p = 0;
    for (let i = 0; i < names.n; i++)
      for (let j = i + 1; j < names.n; j++, p++) {
        if ((partial[i] as number) < 0 || (partial[j] as number) < 0) expect(graded[p]).toBe(plain[p]);
        else expect(graded[p]).not.toBe(plain[p]);
      }
  });
});
