import { areaRows, hiddenRowsOf, splitAreas } from "../../src/excel/internals/rangeAreas";

describe("RangeAreas addresses", () => {
  it("splits areas and keeps quoted sheet names with commas whole", () => {
    expect(splitAreas("Inventar!A1:V10,Inventar!A12:V251")).toEqual(["Inventar!A1:V10", "Inventar!A12:V251"]);
    expect(splitAreas("'Inventar, 2026'!A1:B2, 'Inventar, 2026'!C5")).toEqual([
      "'Inventar, 2026'!A1:B2",
      "'Inventar, 2026'!C5",
    ]);
    expect(splitAreas("")).toEqual([]);
  });

  it.each([
    ["Blatt!A12:V251", [12, 251]],
    ["$B$7", [7, 7]],
    ["12:251", [12, 251]],
    ["'A, B'!C$3:D$1", [1, 3]],
    ["Blatt!A:C", null],
  ])("rows of %s", (area, rows) => {
    expect(areaRows(area)).toEqual(rows);
  });

  it("reports the rows no visible area covers", () => {
    expect(hiddenRowsOf(1, 12, "S!A1:V3,S!A6:V10,S!A12:V12")).toEqual([4, 5, 11]);
    expect(hiddenRowsOf(5, 7, null)).toEqual([5, 6, 7]);
    expect(hiddenRowsOf(1, 3, "S!A1:C3")).toEqual([]);
  });
});
