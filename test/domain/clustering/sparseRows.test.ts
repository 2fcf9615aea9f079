import { sparseRowsFrom, withEmptyRows } from "../../../src/domain/clustering/sparseRows";

describe("sparseRowsFrom", () => {
  it("assembles CSR rows in the given order, empty rows included, values as 32-bit floats", () => {
    const rows = sparseRowsFrom([[1, 3], [], [0]], ["a", "b", "c", "d"], (features, i) =>
      features.map((f) => [f, (i + 1) / 3] as const),
    );
    expect(rows.n).toBe(3);
    expect([...rows.indptr]).toEqual([0, 2, 2, 3]);
    expect([...rows.indices]).toEqual([1, 3, 0]);
    expect([...rows.data]).toEqual([Math.fround(1 / 3), Math.fround(1 / 3), Math.fround(1)]);
    expect(rows.features).toEqual(["a", "b", "c", "d"]);
  });

  it("gives an empty matrix for no rows", () => {
    const rows = sparseRowsFrom([], [], () => []);
    expect(rows.n).toBe(0);
    expect([...rows.indptr]).toEqual([0]);
    expect(rows.indices.length).toBe(0);
  });
});

describe("withEmptyRows", () => {
  it("keeps every row but the chosen ones, which lose their features", () => {
    const rows = sparseRowsFrom([[1, 3], [2], [0]], ["a", "b", "c", "d"], (features) =>
      features.map((f) => [f, 0.5] as const),
    );
    const emptied = withEmptyRows(rows, (i) => i === 0);
    expect(emptied.n).toBe(3);
    expect([...emptied.indptr]).toEqual([0, 0, 1, 2]);
    expect([...emptied.indices]).toEqual([2, 0]);
    expect(emptied.features).toBe(rows.features);
    expect([...withEmptyRows(rows, () => false).indices]).toEqual([...rows.indices]);
  });
});
