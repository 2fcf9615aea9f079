import { columnLetter, columnLetters } from "../../src/domain/columnLetter";

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i → %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe("columnLetters (1-based, as plans count columns)", () => {
  it("names the column one to the left of the 0-based index", () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});
