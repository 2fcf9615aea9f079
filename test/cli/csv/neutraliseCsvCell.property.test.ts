import fc from "fast-check";
import Papa from "papaparse";
import { formatCsv } from "../../../src/cli/csv/formatCsv";
import { neutraliseCsvCell } from "../../../src/cli/csv/neutraliseCsvCell";

/** What a spreadsheet reads as a formula: = + - @ tab CR (and full-width forms), also after spaces. */
const FORMULA_LIKE = /^[ \u00a0]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NUMBER = /^[ \u00a0]*[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^[ \u00a0]*[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Strings biased towards formula starts, so the property is not tested on harmless text only. */
const cellText = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc
    .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", " =", "\uFF1D", "\t=", "\r\n="), fc.string())
    .map(([start, rest]) => start + rest),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(n).replace(".", ",")),
);

describe("CSV cells the project writes", () => {
  it("no cell starts like a formula, unless it is a plain number", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const parsed = Papa.parse<string[]>(formatCsv(rows).slice(1), { delimiter: ";" }).data;
          for (const row of parsed)
            for (const cell of row) {
              if (FORMULA_LIKE.test(cell)) expect(cell).toMatch(NUMBER);
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps the text readable: a neutralised cell is the original behind one apostrophe", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const safe = neutraliseCsvCell(text);
        expect(safe === text || safe === `'${text}`).toBe(true);
      }),
    );
  });

  it("real numbers stay numbers", () => {
    for (const n of ["-5", "+3", "-1,5", "-1.234,56", "-0.5", "1e-3"]) expect(neutraliseCsvCell(n)).toBe(n);
  });
});
