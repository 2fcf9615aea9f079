import fc from "fast-check";
import { buildClusterModel } from "../../../src/domain/clustering/buildClusterModel";
import { cutClusterModel } from "../../../src/domain/clustering/cutClusterModel";
import { buildDendrogram, cutRoots, mergesUpTo } from "../../../src/domain/clustering/internals/dendrogram";
import { expandUnitMerges } from "../../../src/domain/clustering/internals/expandUnitMerges";
import {
  objectUnits,
  sliceRows,
  unitCentroids,
  unitCodes,
} from "../../../src/domain/clustering/internals/objectUnits";
import { makeRecords } from "./makeRecords";
import { THREE_VECTORS as VECTORS } from "./threeVectors";

describe("objectUnits", () => {
  it("puts rows of one object into one unit and every other row alone, numbered by first row", () => {
    const units = objectUnits(Int32Array.from([5, -1, 5, 7, -1]));
    expect(units.count).toBe(4);
    expect(units.rows).toEqual([[0, 2], [1], [3], [4]]);
    expect([...units.unitOf]).toEqual([0, 1, 0, 2, 3]);
  });

  it("represents an object by its normalised centroid and leaves single rows unchanged", () => {
    const units = objectUnits(Int32Array.from([0, -1, 0]));
    const c = unitCentroids(VECTORS, units);
    expect(c.n).toBe(2);
    // Rows 0 and 2 sum to [1, 1], normalised [0.707, 0.707]; row 1 stays [0.6, 0.8].
    expect([...c.indices]).toEqual([0, 1, 0, 1]);
    expect(c.data[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(c.data[1]).toBeCloseTo(Math.SQRT1_2, 6);
    expect([...c.data.slice(2)].map((x) => Number(x.toFixed(6)))).toEqual([0.6, 0.8]);
  });

  it("slices rows and lifts codes by majority (ties to the smaller code)", () => {
    const s = sliceRows(VECTORS, [2, 0]);
    expect([...s.indptr]).toEqual([0, 1, 2]);
    expect([...s.indices]).toEqual([1, 0]);
    const units = objectUnits(Int32Array.from([0, 0, 0, -1]));
    expect([...unitCodes(Int32Array.from([4, 3, 4, 9]), units)]).toEqual([4, 9]);
    expect([...unitCodes(Int32Array.from([4, 3, -1, 9]), units)]).toEqual([3, 9]);
    expect([...unitCodes(Int32Array.from([4, 3, 4, 9]), units, (rows) => rows.length === 1)]).toEqual([
      -1, 9,
    ]);
  });
});

describe("expandUnitMerges", () => {
  it("merges each unit completely before it joins another, even when inner distances are larger", () => {
    // Units: {0, 1} and {2}; inner merge at 0.9 is capped at the unit merge height 0.4.
    const units = objectUnits(Int32Array.from([3, 3, -1]));
    const merged = expandUnitMerges(
      units,
      { a: Int32Array.from([0]), b: Int32Array.from([1]), height: Float64Array.from([0.4]) },
      [{ a: Int32Array.from([0]), b: Int32Array.from([1]), height: Float64Array.from([0.9]) }, undefined],
    );
    const d = buildDendrogram(3, merged);
    expect([...d.height]).toEqual([0.4, 0.4]);
    expect(d.left[0]).toBe(0);
    expect(d.right[0]).toBe(1);
    expect([...cutRoots(d, mergesUpTo(d, 0.3))]).toEqual([0, 1, 2]);
  });
});

describe("auto strategy on LeiKa objects", () => {
  const digits = fc.integer({ min: 0, max: 3 });
  const rowsArb = fc.array(
    fc.tuple(fc.constantFrom("Kfz-Zulassung", "Wohngeld", "Gewerbeanmeldung", "Hundesteuer"), digits),
    {
      minLength: 1,
      maxLength: 12,
    },
  );

  it("never splits an object's rows once one of them has joined another unit", () => {
    fc.assert(
      fc.property(rowsArb, fc.double({ min: 0, max: 1, noNaN: true }), (spec, g) => {
        const recs = makeRecords(spec.map(([name, o], k) => [`${name} ${k}`, `9903600${o}00${k % 10}000`]));
        const result = cutClusterModel(buildClusterModel(recs), g);
        const objectOf = new Map(recs.map((r) => [r.key, r.leikaKey?.slice(0, 8) ?? ""]));
        for (const c of result.clusters) {
          const objects = new Set(c.keys.map((k) => objectOf.get(k)));
          if (objects.size < 2) continue;
          for (const o of objects) {
            const all = recs.filter((r) => r.leikaKey?.slice(0, 8) === o).map((r) => r.key);
            expect(c.keys).toEqual(expect.arrayContaining(all));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
