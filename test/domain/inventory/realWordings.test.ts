import { renderMessage } from "../../../src/domain/messages/renderMessage";
import { detectColumnRoles } from "../../../src/domain/inventory/detectColumnRoles";
import { parseInventory } from "../../../src/domain/inventory/parseInventory";
import type { RawCell, RawGrid } from "../../../src/domain/inventory/types";

const grid = (values: RawCell[][]): RawGrid => ({ values, firstRow: 1, firstColumn: 0 });
const roles = (headers: string[]): (string | null)[] => detectColumnRoles(headers).columns.map((c) => c.role);

describe("header wordings of real inventories", () => {
  it.each([
    [
      [
        "Prozess",
        "Fallzahl gesamt",
        "davon digital",
        "Kosten einmalig (€)",
        "lfd. Kosten p.a. (€)",
        "Umsetzung geplant",
      ],
    ],
    [
      [
        "Leistung",
        "Anzahl Vorgänge",
        "Anzahl dig.",
        "Investition (T€)",
        "Betriebskosten jährlich",
        "Geplante Fertigstellung",
      ],
    ],
    [["Bezeichnung", "Fälle p.a.", "Fallzahl dig.", "Einmalkosten", "Kosten lfd. (€)", "Zieltermin"]],
    [["Leistung", "Antragszahl", "Onlineanträge", "Projektkosten", "Folgekosten p.a.", "Go-Live geplant"]],
  ])("%j", (headers) => {
    expect(roles(headers)).toEqual([
      "name",
      "fallzahl",
      "fallzahlOnline",
      "kostenEinmalig",
      "kostenLaufend",
      "termin",
    ]);
  });
});

describe("service lists' yes/no column of online services", () => {
  it.each([["Online verfügbar"], ["online beantragbar"], ["Onlinedienst"], ["Available online"]])(
    "%s is the status",
    (header) => {
      expect(roles(["Dienstleistung", header])).toEqual(["name", "status"]);
    },
  );

  it("counts yes as online and no as no status, without a warning per row", () => {
    const result = parseInventory(
      grid([
        ["Dienstleistung", "Online verfügbar"],
        ["Personalausweis beantragen", "ja"],
        ["Hund anmelden", "nein"],
      ]),
    );
    expect(result.records.map((r) => r.status)).toEqual(["online", undefined]);
    expect(result.issues).toEqual([]);
  });
});

describe("parseInventory: the user's roles, the table's end, unrecognised numbers", () => {
  it("applies --spalte style role overrides and takes the role from the detected column", () => {
    const inventory = parseInventory(
      grid([
        ["Leistung", "Fallzahl", "Menge XY"],
        ["A", "1", "10"],
        ["B", "2", "20"],
      ]),
      { roleOverrides: [{ header: "menge xy", role: "fallzahl" }] },
    );
    expect(inventory.columns.map((c) => c.role)).toEqual(["name", null, "fallzahl"]);
    expect(inventory.records.map((r) => r.fallzahl)).toEqual([10, 20]);
  });

  it("ends the table at a gap followed by a second header and says what follows", () => {
    const inventory = parseInventory(
      grid([
        ["Leistung", "Status"],
        ["A", "online"],
        [null, null],
        ["B", "online"],
        [null, null],
        [null, null],
        ["Projekt", "Status", "Bemerkung"],
        ["Neubau", "offen", "x"],
      ]),
    );
    expect(inventory.records.map((r) => r.name)).toEqual(["A", "B"]);
    expect(inventory.lastRow).toBe(4);
    const hint = inventory.issues.find((i) => i.kind === "tableEnd");
    expect(hint).toMatchObject({ severity: "info" });
    expect(hint === undefined ? "" : renderMessage(hint.message, "de")).toBe(
      "Die Tabelle endet vor Zeile 7; darunter folgt weiterer Inhalt („Projekt“), der nicht als Prozesse eingelesen wird.",
    );
  });

  it("warns when a number or date column has no role", () => {
    const inventory = parseInventory(
      grid([
        ["Leistung", "Menge XY", "Datum XY", "Text"],
        ["A", "1.234,5", "01.02.2026", "x"],
        ["B", 7, "03.04.2026", "y"],
      ]),
    );
    const columns = inventory.issues.filter((i) => i.kind === "unrecognisedValues").map((i) => i.column);
    expect(columns).toEqual(["Menge XY", "Datum XY"]);
    const dates = inventory.issues.find((i) => i.column === "Datum XY");
    expect(dates === undefined ? "" : renderMessage(dates.message, "de")).toMatch(/enthält Datumswerte/);
  });
});
