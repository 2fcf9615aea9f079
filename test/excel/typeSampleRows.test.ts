import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { parseInventory } from "../../src/domain/inventory/parseInventory";
import type { RawCell } from "../../src/domain/inventory/types";
import { typeSampleRows } from "../../src/excel/internals/typeSampleRows";

const csv = readFileSync(join(__dirname, "../../assets/sample/prozessinventar.csv"), "utf8").replace(
  /^\uFEFF/,
  "",
);
const text = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe("typeSampleRows: the sample goes into Excel with real numbers and dates", () => {
  const { rows, formats } = typeSampleRows(text);
  const header = text[0] ?? [];
  const col = (name: string) => header.indexOf(name);

  it("types costs, case numbers and dates; keeps IDs and LeiKa keys as text", () => {
    expect(formats[col("Kosten einmalig (€)")]).toBe("#,##0.00 €");
    expect(formats[col("Geplante Umsetzung")]).toBe("dd.mm.yyyy");
    expect(formats[col("ID")]).toBe("@");
    expect(formats[col("LeiKa-Schlüssel")]).toBe("@");
    expect(rows[1]?.[col("Kosten einmalig (€)")]).toBe(118500);
    expect(rows[1]?.[col("LeiKa-Schlüssel")]).toBe("99036001000000");
    // 01.10.2027 as an Excel serial.
    expect(rows[2]?.[col("Geplante Umsetzung")]).toBe(46661);
  });

  it("parses to the same records as the text the pane shows (same KPIs in Excel and pane)", () => {
    const grid = (values: RawCell[][], numberFormats?: string[][]) => ({
      values,
      firstRow: 1,
      firstColumn: 0,
      ...(numberFormats === undefined ? {} : { numberFormats }),
    });
    const asText = parseInventory(grid(text));
    const typedFormats = rows.map((row, r) =>
      row.map((cell, c) => (r === 0 || typeof cell === "string" ? "@" : (formats[c] ?? "General"))),
    );
    const asTyped = parseInventory(grid(rows, typedFormats));
    const kpis = (records: typeof asText.records) =>
      records.map((r) => [
        r.key,
        r.kostenEinmalig,
        r.kostenLaufend,
        r.fallzahl,
        r.fallzahlOnline,
        r.termin,
        r.reifegrad,
      ]);
    expect(kpis(asTyped.records)).toEqual(kpis(asText.records));
    expect(asTyped.records.filter((r) => r.termin !== undefined).length).toBeGreaterThan(10);
    expect(asTyped.records.filter((r) => r.kostenEinmalig !== undefined).length).toBeGreaterThan(10);
  });
});
