import fc from "fast-check";
import { sparseRowsFrom } from "../../../src/domain/clustering/sparseRows";
import {
  anchoredPlacement,
  taskAreaGroups,
  taskAreaLimit,
} from "../../../src/domain/clustering/bereiche/taskAreaGroups";

/** One-hot rows: row i points along feature `feature[i]` (rows of one feature are identical). */
function oneHot(feature: readonly number[]) {
  const dims = Math.max(1, ...feature.map((f) => f + 1));
  return sparseRowsFrom(
    feature,
    Array.from({ length: dims }, (_, f) => `f${f}`),
    (f) => [[f, 1] as const],
  );
}

const NAMES = ["A", "B", "C", "D", "E", "F"];
const WORDS = ["a1", "a2", "b1", "c1", "d1", "e1", "f1"];

/** Rows placed in `areas`, each at its area's first word (a2 for every second row of A). */
function placed(areas: readonly number[]) {
  const firstWord = [0, 2, 3, 4, 5, 6];
  return {
    areas: Int32Array.from(areas),
    words: Int32Array.from(areas, (a, i) =>
      a < 0 ? -1 : a === 0 && i % 2 === 1 ? 1 : (firstWord[a] as number),
    ),
    families: Int32Array.from(areas, () => -1),
  };
}

describe("Bereiche from task areas", () => {
  it("keeps areas big enough to stand alone and lets small ones and unplaced rows join the closest", () => {
    // 40 rows: minimum size 2 (40 / (4 · 6) rounded up). Areas A and B have 19 rows each; C has one
    // row that looks like B's rows; one unplaced row looks like A's.
    const areas: number[] = [...Array(19).fill(0), ...Array(19).fill(1), 2, -1];
    const looks = [...Array(19).fill(0), ...Array(19).fill(1), 1, 0];
    const groups = taskAreaGroups(placed(areas), NAMES, WORDS, [oneHot(looks)]);
    // The reasons' typical words: A's rows were nearest to a1 (10 rows) and a2 (9), B's to b1.
    expect(groups?.groups).toEqual([
      {
        areas: [{ name: "A", count: 19 }],
        joined: [],
        unplaced: 1,
        rows: 20,
        words: [
          { name: "a1", count: 10 },
          { name: "a2", count: 9 },
        ],
      },
      {
        areas: [{ name: "B", count: 19 }],
        joined: [{ name: "C", count: 1 }],
        unplaced: 0,
        rows: 20,
        words: [{ name: "b1", count: 19 }],
      },
    ]);
    expect(groups?.groupOf[38]).toBe(1);
    expect(groups?.groupOf[39]).toBe(0);
  });

  it("gives undefined when no area stands alone", () => {
    expect(taskAreaGroups(placed([-1, -1, 0]), NAMES, WORDS, [oneHot([0, 0, 0])])).toBeUndefined();
  });

  it("merges the smallest Bereich into its closest while there are more than the limit", () => {
    // 20 rows → at most 5 Bereiche; six areas of 2–4 rows; F's rows look like E's.
    const areas = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5];
    const looks = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4];
    const groups = taskAreaGroups(placed(areas), NAMES, WORDS, [oneHot(looks)]);
    expect(taskAreaLimit(20)).toBe(5);
    expect(groups?.groups).toHaveLength(5);
    expect(groups?.groups[4]?.areas.map((a) => a.name).sort()).toEqual(["E", "F"]);
  });

  it("puts every row in exactly one Bereich, at most the limit of them, whatever the areas", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 80, maxLength: 80 }),
        (codes, looks) => {
          const groups = taskAreaGroups(placed(codes), NAMES, WORDS, [oneHot(looks.slice(0, codes.length))]);
          if (groups === undefined) return;
          expect(groups.groupOf).toHaveLength(codes.length);
          expect(groups.groups.length).toBeLessThanOrEqual(taskAreaLimit(codes.length));
          const total = groups.groups.reduce((s, g) => s + g.rows, 0);
          expect(total).toBe(codes.length);
          groups.groups.forEach((g, k) => {
            expect(groups.groupOf.filter((x) => x === k)).toHaveLength(g.rows);
            expect(g.areas.length).toBeGreaterThan(0);
          });
        },
      ),
    );
  });

  it("allows at most 25 Bereiche, n/4 (the cluster cap) for small inventories, never fewer than 5", () => {
    expect([10, 20, 40, 80, 200, 10_000].map(taskAreaLimit)).toEqual([5, 5, 10, 20, 25, 25]);
  });

  it("moves rows that share an anchor (one OZG-Leistung) to the area most of them have", () => {
    const placement = {
      areas: Int32Array.from([0, 1, 1, -1, 2, 0]),
      words: Int32Array.from([0, 2, 2, -1, 3, 0]),
      families: Int32Array.from([4, 5, 5, -1, 6, 4]),
    };
    // Rows 0–3 share anchor 7 (areas 0, 1, 1, none → 1); row 4 has none; row 5 is alone with anchor 8.
    const anchored = anchoredPlacement(placement, Int32Array.from([7, 7, 7, 7, -1, 8]));
    expect([...anchored.areas]).toEqual([1, 1, 1, 1, 2, 0]);
    // A row moved away from its own nearest word keeps no typical word.
    expect([...anchored.words]).toEqual([-1, 2, 2, -1, 3, 0]);
    // Its family (a property of its name) stays.
    expect([...anchored.families]).toEqual([4, 5, 5, -1, 6, 4]);
  });
});
