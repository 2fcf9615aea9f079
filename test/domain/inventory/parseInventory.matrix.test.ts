import { renderMessage } from "../../../src/domain/messages/renderMessage";
import { parseInventory, type ParseInventoryOptions } from "../../../src/domain/inventory/parseInventory";
import type { Inventory, InventoryIssueKind, RawCell, RawGrid } from "../../../src/domain/inventory/types";

/** A grid starting in A1 unless `extra` says otherwise. */
const grid = (values: RawCell[][], extra: Partial<RawGrid> = {}): RawGrid => ({
  firstRow: 1,
  firstColumn: 0,
  values,
  ...extra,
});
const kinds = (inv: Inventory): InventoryIssueKind[] => inv.issues.map((i) => i.kind);
/** The German message of the first issue of `kind`. */
const issue = (inv: Inventory, kind: InventoryIssueKind) => {
  const found = inv.issues.find((i) => i.kind === kind);
  return found === undefined ? undefined : { ...found, message: renderMessage(found.message, "de") };
};
const HEAD = ["ID", "Leistung", "LeiKa-Schlüssel", "Fachbereich", "Status", "Reifegrad Ist", "Fallzahl p.a."];

interface Case {
  readonly title: string;
  readonly grid: RawGrid;
  readonly options?: ParseInventoryOptions;
  readonly check: (inv: Inventory) => void;
}

const cases: Case[] = [
  {
    title: "a clean German inventory",
    grid: grid([HEAD, ["P-1", "Kfz-Zulassung", "99036008007000", "FB Verkehr", "online", 3, 12000]]),
    check: (inv) => {
      expect(inv.usable).toBe(true);
      expect(inv.issues).toEqual([]);
      expect(inv.records[0]).toMatchObject({
        key: "P-1",
        row: 2,
        name: "Kfz-Zulassung",
        leikaKey: "99036008007000",
        fachbereich: "FB Verkehr",
        status: "online",
        reifegrad: 3,
        fallzahl: 12000,
      });
    },
  },
  {
    title: "title rows and a blank row above the header",
    grid: grid(
      [
        ["Prozessinventar Region Hannover", null, null],
        ["Stand 30.09.2026"],
        [],
        HEAD,
        ["1", "Wohngeld", "", "FB Soziales"],
      ],
      {
        mergedAreas: ["A1:G1"],
      },
    ),
    check: (inv) => {
      expect(inv.headerRow).toBe(4);
      expect(inv.records).toHaveLength(1);
      expect(inv.records[0]).toMatchObject({ row: 5, name: "Wohngeld" });
      expect(kinds(inv)).not.toContain("mergedCells");
    },
  },
  {
    title: "English headers",
    grid: grid([
      ["No", "Process name", "Department", "Unit", "Status", "Maturity level", "Cases", "Running costs"],
      [7, "Driving licence", "Dez. III", "Licensing", "in progress", "2", "1,234.50", "EUR 3,000.00"],
    ]),
    check: (inv) => {
      expect(inv.columns.map((c) => c.role)).toEqual([
        "id",
        "name",
        "dezernat",
        "fachbereich",
        "status",
        "reifegrad",
        "fallzahl",
        "kostenLaufend",
      ]);
      expect(inv.records[0]).toMatchObject({
        key: "7",
        status: "in Umsetzung",
        reifegrad: 2,
        fallzahl: 1234.5,
        kostenLaufend: 3000,
      });
    },
  },
  {
    title: "a grid that does not start in A1",
    grid: grid(
      [
        ["Prozess", "Status"],
        ["Anmeldung", "offen"],
      ],
      { firstRow: 5, firstColumn: 2 },
    ),
    check: (inv) => {
      expect(inv.headerRow).toBe(5);
      expect(inv.records[0]).toMatchObject({ row: 6, key: "row:6", status: "nicht begonnen" });
    },
  },
  {
    title: "LeiKa keys destroyed by scientific notation (text and number)",
    grid: grid([HEAD, ["1", "A", "9,9036E+13"], ["2", "B", 99036000000000], ["3", "C", 99036008070001]]),
    check: (inv) => {
      expect(inv.issues.filter((i) => i.kind === "leikaScientific").map((i) => i.row)).toEqual([2, 3]);
      expect(issue(inv, "leikaScientific")?.message).toContain("Zeile 2");
      expect(issue(inv, "leikaScientific")?.message).toContain("wissenschaftliche Zahlendarstellung");
      expect(inv.records.map((r) => r.leikaKey)).toEqual([undefined, undefined, "99036008070001"]);
    },
  },
  {
    title: "an invalid LeiKa key",
    grid: grid([HEAD, ["1", "A", "12345"]]),
    check: (inv) =>
      expect(issue(inv, "leikaInvalid")?.message).toBe(
        "Zeile 2, Spalte „LeiKa-Schlüssel“: „12345“ ist kein gültiger LeiKa-Schlüssel (14 Ziffern, beginnend mit 99).",
      ),
  },
  {
    title: "German currency and thousands separators",
    grid: grid([
      ["Leistung", "Kosten einmalig (€)", "Kosten laufend p.a.", "Fallzahl"],
      ["A", "1.234,50 €", "12.000", "1.500"],
    ]),
    check: (inv) =>
      expect(inv.records[0]).toMatchObject({ kostenEinmalig: 1234.5, kostenLaufend: 12000, fallzahl: 1500 }),
  },
  {
    title: "Excel date serials, German and ISO date strings",
    grid: grid([
      ["Leistung", "Geplante Umsetzung"],
      ["A", 46351],
      ["B", "31.12.2026"],
      ["C", "2027-03-01"],
      ["D", new Date(Date.UTC(2025, 5, 30))],
    ]),
    check: (inv) =>
      expect(inv.records.map((r) => r.termin)).toEqual([
        "2026-11-25",
        "2026-12-31",
        "2027-03-01",
        "2025-06-30",
      ]),
  },
  {
    title: "an invalid date",
    grid: grid([
      ["Leistung", "Termin"],
      ["A", "irgendwann"],
    ]),
    check: (inv) => expect(issue(inv, "invalidDate")?.message).toContain("„irgendwann“ ist kein Datum"),
  },
  {
    title: "CSV text: everything arrives as strings",
    grid: grid([
      ["ID", "Leistung", "LeiKa-Schlüssel", "Reifegrad Ist", "Fallzahl p.a.", "Geplante Umsetzung"],
      ["P-01", "Abmeldung", "99036008070000", "3", "2.400", "01.07.2026"],
    ]),
    check: (inv) =>
      expect(inv.records[0]).toMatchObject({
        leikaKey: "99036008070000",
        reifegrad: 3,
        fallzahl: 2400,
        termin: "2026-07-01",
      }),
  },
  {
    title: "an empty sheet",
    grid: grid([]),
    check: (inv) => {
      expect(inv.usable).toBe(false);
      expect(issue(inv, "emptySheet")?.message).toBe("Das Blatt ist leer: es enthält keine Werte.");
    },
  },
  {
    title: "a sheet of blank cells only",
    grid: grid([["", null, "  "], [undefined]]),
    check: (inv) => expect(kinds(inv)).toEqual(["emptySheet"]),
  },
  {
    title: "a header without data",
    grid: grid([HEAD]),
    check: (inv) => {
      expect(inv.usable).toBe(false);
      expect(issue(inv, "headerOnly")?.message).toBe("Unter der Kopfzeile (Zeile 1) stehen keine Daten.");
    },
  },
  {
    title: "no recognisable header",
    grid: grid([
      ["foo", "bar"],
      [1, 2],
    ]),
    check: (inv) => {
      expect(inv.usable).toBe(false);
      expect(issue(inv, "noHeader")?.message).toContain("Keine Kopfzeile gefunden");
    },
  },
  {
    title: "no name column",
    grid: grid([
      ["ID", "Status", "Fachbereich"],
      ["1", "online", "FB 32"],
    ]),
    check: (inv) => {
      expect(inv.usable).toBe(false);
      expect(issue(inv, "noNameColumn")?.message).toContain("Keine Spalte mit dem Namen der Leistung");
      expect(inv.excludedCount).toBe(1);
    },
  },
  {
    title: "duplicate IDs",
    grid: grid([HEAD, ["P-1", "A"], ["P-2", "B"], ["P-1", "C"]]),
    check: (inv) => {
      expect(inv.records.map((r) => r.key)).toEqual(["row:2", "P-2", "row:4"]);
      expect(inv.records.map((r) => r.id)).toEqual(["P-1", "P-2", "P-1"]);
      expect(issue(inv, "duplicateId")?.message).toBe(
        "Zeile 4, Spalte „ID“: Die ID „P-1“ kommt mehrfach vor (zuerst in Zeile 2); die Zeilen werden über ihre Zeilennummer unterschieden.",
      );
    },
  },
  {
    title: "blank names and blank rows",
    grid: grid([HEAD, ["1", "A"], [], ["2", "", "", "FB 1"], ["3", "  "], ["", "D"]]),
    check: (inv) => {
      expect(inv.records.map((r) => r.name)).toEqual(["A", "D"]);
      expect(inv.excludedCount).toBe(2);
      expect(inv.issues.filter((i) => i.kind === "blankName").map((i) => i.row)).toEqual([4, 5]);
      expect(issue(inv, "blankName")?.message).toContain("keinen Namen der Leistung");
    },
  },
  {
    title: "error cells from ExcelJS and as text",
    grid: grid([HEAD, ["1", "A", { error: "#N/A" }, "#NV", "#WERT!", "#DIV/0!"], ["2", { error: "#REF!" }]]),
    check: (inv) => {
      expect(
        inv.issues.filter((i) => i.kind === "errorCell").map((i) => renderMessage(i.message, "de")),
      ).toEqual([
        "Zeile 2, Spalte „LeiKa-Schlüssel“: Die Zelle enthält den Fehlerwert #N/A und wird als leer behandelt.",
        "Zeile 2, Spalte „Fachbereich“: Die Zelle enthält den Fehlerwert #NV und wird als leer behandelt.",
        "Zeile 2, Spalte „Status“: Die Zelle enthält den Fehlerwert #WERT! und wird als leer behandelt.",
        "Zeile 2, Spalte „Reifegrad Ist“: Die Zelle enthält den Fehlerwert #DIV/0! und wird als leer behandelt.",
        "Zeile 3, Spalte „Leistung“: Die Zelle enthält den Fehlerwert #REF! und wird als leer behandelt.",
      ]);
      expect(inv.records[0]).not.toHaveProperty("fachbereich");
      expect(inv.records[0]).not.toHaveProperty("status");
      expect(inv.excludedCount).toBe(1);
    },
  },
  {
    title: "merged cells in the data are filled down and reported",
    grid: grid([HEAD, ["1", "A", "", "FB Verkehr"], ["2", "B"], ["3", "C"]], { mergedAreas: ["D2:D4"] }),
    check: (inv) => {
      expect(inv.records.map((r) => r.fachbereich)).toEqual(["FB Verkehr", "FB Verkehr", "FB Verkehr"]);
      expect(issue(inv, "mergedCells")?.message).toBe(
        "Zeile 2, Spalte „Fachbereich“: Die Zellen D2:D4 sind verbunden; der Wert „FB Verkehr“ wird für alle betroffenen Zeilen übernommen.",
      );
    },
  },
  {
    title: "merged cells in the header",
    grid: grid(
      [
        ["Leistung", "Reifegrad", null],
        ["A", 1, 3],
      ],
      { mergedAreas: ["B1:C1"] },
    ),
    check: (inv) =>
      expect(issue(inv, "mergedCells")?.message).toContain("Die Kopfzeile enthält verbundene Zellen (B1:C1)"),
  },
  {
    title: "hidden rows are read and reported",
    grid: grid([HEAD, ["1", "A"], ["2", "B"]], { hiddenRows: [3] }),
    check: (inv) => {
      expect(inv.records).toHaveLength(2);
      expect(issue(inv, "hiddenRow")).toMatchObject({ row: 3, severity: "info" });
      expect(issue(inv, "hiddenRow")?.message).toBe(
        "Zeile 3: Die Zeile ist ausgeblendet; sie wird trotzdem eingelesen.",
      );
    },
  },
  {
    title: "formulas stored as text",
    grid: grid([HEAD, ["1", "A", "", "", "", "", "=SUMME(G3:G9)"]]),
    check: (inv) => {
      expect(kinds(inv)).toEqual(["formulaText"]);
      expect(issue(inv, "formulaText")?.message).toContain("„=SUMME(G3:G9)“ sieht aus wie eine Formel");
      expect(inv.records[0]).not.toHaveProperty("fallzahl");
    },
  },
  {
    title: "an unknown status is kept and reported",
    grid: grid([HEAD, ["1", "A", "", "", "wartet auf Land"]]),
    check: (inv) => {
      expect(inv.records[0]).toMatchObject({ statusRaw: "wartet auf Land" });
      expect(inv.records[0]).not.toHaveProperty("status");
      expect(issue(inv, "unknownStatus")?.message).toContain("Der Status „wartet auf Land“ ist unbekannt");
    },
  },
  {
    title: "Reifegrad out of range for model 1.1 but valid for 2.0",
    grid: grid([
      ["Leistung", "Reifegrad Ist", "Reifegrad Ziel", "Reifegradmodell"],
      ["A", 5, 4, "1.1"],
      ["B", 5, 7, "2.0"],
      ["C", 9, "", ""],
    ]),
    check: (inv) => {
      expect(inv.records.map((r) => r.reifegrad)).toEqual([undefined, 5, undefined]);
      expect(
        inv.issues.filter((i) => i.kind === "reifegradOutOfRange").map((i) => renderMessage(i.message, "de")),
      ).toEqual([
        "Zeile 2, Spalte „Reifegrad Ist“: Der Reifegrad „5“ liegt außerhalb des Reifegradmodells 1.1 (0–4).",
        "Zeile 4, Spalte „Reifegrad Ist“: Der Reifegrad „9“ liegt außerhalb der Stufen 0–7.",
      ]);
    },
  },
  {
    title: "online cases exceeding the case count and negative numbers",
    grid: grid([
      ["Leistung", "Fallzahl", "davon online", "Kosten einmalig"],
      ["A", 100, 150, "-5"],
      ["B", "viele", 1, ""],
    ]),
    check: (inv) => {
      expect(issue(inv, "onlineExceedsCases")?.message).toBe(
        "Zeile 2, Spalte „davon online“: „davon online“ (150) ist größer als die Fallzahl (100).",
      );
      expect(
        inv.issues.filter((i) => i.kind === "invalidNumber").map((i) => renderMessage(i.message, "de")),
      ).toEqual([
        "Zeile 2, Spalte „Kosten einmalig“: Der Wert -5 darf nicht negativ sein.",
        "Zeile 3, Spalte „Fallzahl“: „viele“ ist keine Zahl.",
      ]);
    },
  },
  {
    title: "unknown columns are carried through in cells",
    grid: grid([
      ["Leistung", "Farbe", "Haushaltsstelle"],
      ["A", "blau", 4711],
    ]),
    check: (inv) => {
      expect(inv.columns.map((c) => c.role)).toEqual(["name", null, null]);
      expect(inv.records[0]?.cells).toEqual(["A", "blau", "4711"]);
    },
  },
  {
    title: "two columns claim the same role",
    grid: grid([
      ["Leistung", "Bemerkung", "Bemerkung"],
      ["A", "x", "y"],
    ]),
    check: (inv) => {
      expect(inv.columns.map((c) => c.role)).toEqual(["name", "bemerkung", null]);
      expect(issue(inv, "duplicateRole")?.message).toContain(
        "die Rolle „Bemerkung“ hat schon die Spalte „Bemerkung“",
      );
      expect(inv.records[0]).toMatchObject({ bemerkung: "x", cells: ["A", "x", "y"] });
    },
  },
  {
    title: "the user's mapping replaces detection",
    grid: grid([
      ["Spalte 1", "Spalte 2"],
      ["Kfz", "Team 1"],
    ]),
    options: {
      mapping: [
        { header: "Spalte 1", index: 0, role: "name", confidence: 1 },
        { header: "Spalte 2", index: 1, role: "fachbereich", confidence: 1 },
      ],
    },
    check: (inv) => {
      expect(inv.columns).toEqual([
        { header: "Spalte 1", index: 0, role: "name", confidence: 1 },
        { header: "Spalte 2", index: 1, role: "fachbereich", confidence: 1 },
      ]);
      expect(inv.records[0]).toMatchObject({ name: "Kfz", fachbereich: "Team 1" });
    },
  },
  {
    title: "an explicit header row",
    grid: grid([["Leistung"], ["Prozess"], ["Anmeldung"]]),
    options: { headerRow: 2 },
    check: (inv) => {
      expect(inv.headerRow).toBe(2);
      expect(inv.records.map((r) => r.name)).toEqual(["Anmeldung"]);
    },
  },
  {
    title: "a cluster column and status synonyms",
    grid: grid([
      ["Leistung", "Umsetzungsstand", "Cluster"],
      ["A", "Pilotbetrieb", "Kfz"],
      ["B", "zurueckgestellt", ""],
    ]),
    check: (inv) => {
      expect(inv.records.map((r) => [r.status, r.cluster])).toEqual([
        ["Pilot", "Kfz"],
        ["zurückgestellt", undefined],
      ]);
    },
  },
  {
    title: "IDs that look like row keys never collide",
    grid: grid([
      ["ID", "Leistung"],
      ["row:3", "A"],
      ["x", "B"],
    ]),
    check: (inv) => expect(new Set(inv.records.map((r) => r.key)).size).toBe(2),
  },
];

describe("parseInventory on messy inventories", () => {
  it("covers at least 25 inventories", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.title, c] as const))("%s", (_title, c) => {
    const inv = parseInventory(c.grid, c.options);
    c.check(inv);
  });
});
