import { renderMessage } from "../../../src/domain/messages/renderMessage";
import fc from "fast-check";
import { parseInventory } from "../../../src/domain/inventory/parseInventory";
import type { RawCell, RawGrid } from "../../../src/domain/inventory/types";

const HEADERS = [
  "ID",
  "Leistung",
  "LeiKa-Schlüssel",
  "Status",
  "Reifegrad Ist",
  "Fallzahl p.a.",
  "Termin",
  "Bemerkung",
  "Farbe",
  "",
];

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(
    "",
    " ",
    "#NV",
    "=SUMME(A1)",
    "9,9036E+13",
    "99036008070001",
    "online",
    "1.234,50 €",
    "31.12.2026",
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -10, max: 100_000 }),
  fc.boolean(),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }),
  fc.constantFrom<RawCell>({ error: "#N/A" }, { error: "#DIV/0!" }),
);

const row = fc.array(cell, { maxLength: 8 });
const headerRow = fc.array(fc.constantFrom<RawCell>(...HEADERS), { minLength: 1, maxLength: 8 });

const gridArb: fc.Arbitrary<RawGrid> = fc
  .record({
    above: fc.array(row, { maxLength: 3 }),
    header: fc.option(headerRow, { nil: undefined }),
    data: fc.array(row, { maxLength: 15 }),
    firstRow: fc.integer({ min: 1, max: 50 }),
    hidden: fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 4 }),
  })
  .map(({ above, header, data, firstRow, hidden }) => ({
    firstRow,
    firstColumn: 0,
    values: header === undefined ? [...above, ...data] : [...above, header, ...data],
    hiddenRows: hidden,
  }));

const nonEmpty = (c: RawCell): boolean =>
  c !== null && c !== undefined && !(typeof c === "string" && c.trim() === "");

describe("parseInventory properties", () => {
  it("never throws, and every non-empty data row is a record or counted as excluded, exactly once", () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        const inv = parseInventory(grid);
        const sheetFailed = inv.issues.some((i) => i.kind === "emptySheet" || i.kind === "noHeader");
        if (sheetFailed) {
          expect(inv.records).toEqual([]);
          return;
        }
        const headerIndex = inv.headerRow - grid.firstRow;
        // The table ends at its last row: rows below a blank gap that start a second table (a row that
        // reads as a header) are not processes, and the user is told where they start (tableEnd).
        const lastRow = inv.lastRow ?? grid.firstRow + grid.values.length - 1;
        const nonEmptyRows = grid.values
          .map((cells, i) => ({ cells, row: grid.firstRow + i }))
          .filter(({ cells }, i) => i > headerIndex && cells.some(nonEmpty));
        const dataRows = nonEmptyRows.filter(({ row }) => row <= lastRow).map(({ row }) => row);
        if (nonEmptyRows.some(({ row }) => row > lastRow))
          expect(inv.issues.some((i) => i.kind === "tableEnd")).toBe(true);
        const recordRows = inv.records.map((r) => r.row);
        expect(new Set(recordRows).size).toBe(recordRows.length);
        expect(recordRows.every((r) => dataRows.includes(r))).toBe(true);
        expect(inv.records.length + inv.excludedCount).toBe(dataRows.length);
        expect(inv.records.every((r) => r.name.trim() !== "")).toBe(true);
        const keys = inv.records.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });

  it("ends the table before a second header row below a gap and says so (a counterexample the property found)", () => {
    const inv = parseInventory({
      firstRow: 1,
      firstColumn: 0,
      values: [["ID", "LeiKa-Schlüssel"], [], ["nAme"]],
      hiddenRows: [],
    });
    expect(inv.lastRow).toBe(1);
    expect(inv.records).toEqual([]);
    expect(inv.excludedCount).toBe(0);
    expect(inv.issues.map((i) => i.kind)).toContain("tableEnd");
  });

  it("never throws on merged areas anywhere, keeps keys unique and issue rows inside the grid", () => {
    const withMerges = fc
      .tuple(
        gridArb,
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 40 }), fc.nat(3), fc.nat(3)),
          { maxLength: 3 },
        ),
      )
      .map(([grid, areas]): RawGrid => ({
        ...grid,
        mergedAreas: areas.map(([col, top, w, h]) => {
          const left = String.fromCharCode(65 + col);
          const right = String.fromCharCode(65 + Math.min(25, col + w));
          return `${left}${top}:${right}${top + h}`;
        }),
      }));
    fc.assert(
      fc.property(withMerges, (grid) => {
        const inv = parseInventory(grid);
        const keys = inv.records.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
        const lastRow = grid.firstRow + grid.values.length + 40;
        expect(inv.issues.every((i) => i.row === null || (i.row >= grid.firstRow && i.row <= lastRow))).toBe(
          true,
        );
        expect(inv.issues.every((i) => renderMessage(i.message, "de").length > 0)).toBe(true);
        expect(inv.issues.every((i) => !renderMessage(i.message, "en").includes("inventory."))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
