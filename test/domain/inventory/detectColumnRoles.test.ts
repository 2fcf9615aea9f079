import { detectColumnRoles } from "../../../src/domain/inventory/detectColumnRoles";
import { detectHeader } from "../../../src/domain/inventory/detectHeader";
import type { ColumnRole } from "../../../src/domain/inventory/types";

const rolesOf = (headers: string[]): (ColumnRole | null)[] =>
  detectColumnRoles(headers).columns.map((c) => c.role);

describe("detectColumnRoles", () => {
  it("reads the German headers of the sample inventory", () => {
    expect(
      rolesOf([
        "ID",
        "Leistung",
        "LeiKa-Schlüssel",
        "OZG-ID",
        "OZG-Leistung",
        "Themenfeld",
        "Lebenslage",
        "Dezernat",
        "Fachbereich",
        "Fachanwendung",
        "Hersteller",
        "Status",
        "Reifegrad Ist",
        "Reifegrad Ziel",
        "Reifegradmodell",
        "Fallzahl p.a.",
        "davon online",
        "Kosten einmalig (€)",
        "Kosten laufend p.a. (€)",
        "Geplante Umsetzung",
        "Priorität",
        "Bemerkung",
        "Cluster (Vorschlag)",
      ]),
    ).toEqual([
      "id",
      "name",
      "leikaKey",
      "ozgId",
      "ozgName",
      "themenfeld",
      "lebenslage",
      "dezernat",
      "fachbereich",
      "fachanwendung",
      "hersteller",
      "status",
      "reifegrad",
      "reifegradZiel",
      "reifegradModell",
      "fallzahl",
      "fallzahlOnline",
      "kostenEinmalig",
      "kostenLaufend",
      "termin",
      "prioritaet",
      "bemerkung",
      "cluster",
    ]);
  });

  it("reads English headers", () => {
    expect(
      rolesOf([
        "Process ID",
        "Process name",
        "LeiKa key",
        "Department",
        "Organisational unit",
        "Application",
        "Vendor",
        "Implementation status",
        "Maturity level",
        "Target maturity",
        "Maturity model",
        "Cases per year",
        "Online cases",
        "One-off costs",
        "Running costs",
        "Target date",
        "Priority",
        "Comments",
      ]),
    ).toEqual([
      "id",
      "name",
      "leikaKey",
      "dezernat",
      "fachbereich",
      "fachanwendung",
      "hersteller",
      "status",
      "reifegrad",
      "reifegradZiel",
      "reifegradModell",
      "fallzahl",
      "fallzahlOnline",
      "kostenEinmalig",
      "kostenLaufend",
      "termin",
      "prioritaet",
      "bemerkung",
    ]);
  });

  it("ignores case, punctuation and umlaut spelling", () => {
    expect(rolesOf(["LEIKA SCHLUESSEL", "leika_schlussel"])[0]).toBe("leikaKey");
    expect(rolesOf(["Prioritaet"])).toEqual(["prioritaet"]);
    expect(rolesOf(["ozg_id", "leika_name", "Zuständigkeit", "Fachverfahren"])).toEqual([
      "ozgId",
      "name",
      "fachbereich",
      "fachanwendung",
    ]);
  });

  it("reads the name column of lists written as residents ask and of online-service portals", () => {
    for (const header of ["Frage", "Anliegen", "Ihr Anliegen", "Onlinedienst", "Online-Dienst", "Question"])
      expect(rolesOf([header, "Themenfeld"])).toEqual(["name", "themenfeld"]);
  });

  it("gives exact labels full confidence and looser readings less", () => {
    const [exact, prefixed, unknown] = detectColumnRoles([
      "Status",
      "Status der Umsetzung 2026",
      "Farbe",
    ]).columns;
    expect(exact).toMatchObject({ role: "status", confidence: 1 });
    expect(prefixed?.role).toBeNull();
    expect(unknown).toMatchObject({ role: null, confidence: 0 });
    expect(detectColumnRoles(["Leistung", "Fallzahl (gesamt 2025)"]).columns[1]).toMatchObject({
      role: "fallzahl",
      confidence: 0.8,
    });
  });

  it("gives a role to one column only and reports the loser", () => {
    const detection = detectColumnRoles(["Leistung", "Status", "Status"]);
    expect(detection.columns.map((c) => c.role)).toEqual(["name", "status", null]);
    expect(detection.conflicts).toEqual([{ index: 2, role: "status", winnerIndex: 1 }]);
  });
});

describe("detectHeader", () => {
  it("skips title rows and finds the header further down", () => {
    const found = detectHeader({
      firstRow: 1,
      firstColumn: 0,
      values: [
        ["Prozessinventar der Region Hannover"],
        ["Stand: 01.10.2026"],
        [],
        ["Nr.", "Prozess", "Amt", "Status"],
        [1, "Kfz", "32", "online"],
      ],
    });
    expect(found).toMatchObject({ index: 3, row: 4 });
  });

  it("returns null for a grid of numbers", () => {
    expect(
      detectHeader({
        firstRow: 1,
        firstColumn: 0,
        values: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      }),
    ).toBeNull();
  });
});
