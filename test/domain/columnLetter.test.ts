import { columnLetter } from "../../src/domain/columnLetter";

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
