import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { buildBereichModel, taskAreaLabel } from "../../../src/domain/clustering/bereiche/buildBereichModel";
import { buildClusterModel } from "../../../src/domain/clustering/buildClusterModel";
import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import { cutClusterModel } from "../../../src/domain/clustering/cutClusterModel";
import type { ClusterResult, ProcessRecord } from "../../../src/domain/clustering/types";
import { shippedCatalogue } from "../catalogue/loadIndex";
import { de } from "./germanText";
import { makeRecords } from "./makeRecords";

/** A small town's service list, worded as a portal would, without any grouping column. */
const NAMES = [
  "Geburt anzeigen",
  "Geburtsurkunde bestellen",
  "Eheschließung anmelden",
  "Ehefähigkeitszeugnis beantragen",
  "Sterbeurkunde anfordern",
  "Kirchenaustritt erklären",
  "Personalausweis beantragen",
  "Reisepass beantragen",
  "Wohnsitz anmelden",
  "Meldebescheinigung anfordern",
  "Führungszeugnis beantragen",
  "Fundsache melden",
  "Grundsteuer – Bescheid",
  "Hundesteuer anmelden",
  "Gewerbesteuer Vorauszahlung",
  "Zweitwohnungsteuer erklären",
  "Lastschriftmandat erteilen",
  "Kita-Platz beantragen",
  "Elternbeitrag für die Kita",
  "Kindertagespflege finden",
  "Unterhaltsvorschuss beantragen",
  "Erziehungsberatung",
  "Bauantrag stellen",
  "Baugenehmigung für Carport",
  "Abriss eines Gebäudes anzeigen",
  "Baulastenverzeichnis Auskunft",
  "Sperrmüll anmelden",
  "Biotonne bestellen",
  "Abfallgebühren",
  "Wertstoffhof Öffnungszeiten",
  "Wunschkennzeichen reservieren",
  "Fahrzeug zulassen",
  "Fahrzeug außer Betrieb setzen",
  "Führerschein umtauschen",
  "Fahrerlaubnis ersetzen",
  "Gewerbe anmelden",
  "Gaststättenerlaubnis beantragen",
  "Marktstand auf dem Wochenmarkt",
  "Veranstaltung anzeigen",
  "Waffenbesitzkarte beantragen",
];
const records = makeRecords(NAMES.map((n) => [n]));
const catalogue = shippedCatalogue();

/** Every cluster's rows lie in one task-area Bereich (the model's partition). */
function expectNested(result: ClusterResult, groupOf: (key: string) => number): void {
  for (const cluster of result.clusters) expect(new Set(cluster.keys.map(groupOf)).size).toBe(1);
}

describe("Bereiche from the task areas of a municipal administration (catalogue on)", () => {
  const model = buildClusterModel(records, { catalogue });
  const groupOf = (key: string): number => model.taskAreas?.groupOf[model.keys.indexOf(key)] ?? -2;

  it("are auto's choice when the sheet has no grouping column, and say so", () => {
    const result = clusterProcesses(records, { catalogue });
    expect(result.overview?.choice.kind).toBe("taskArea");
    expect(de(result.overview?.choice.why)).toMatch(
      /^automatisch: nach den Aufgabenbereichen von Kommune und Land/u,
    );
    const labels = result.overview?.bereiche.map((b) => b.label) ?? [];
    expect(labels).toEqual(
      expect.arrayContaining(["Standesamt & Personenstand", "Bürgerbüro & Meldewesen", "Bauen & Bauordnung"]),
    );
    const standesamt = result.overview?.bereiche.find((b) => b.label === "Standesamt & Personenstand");
    const keys = result.clusters.filter((c) => standesamt?.clusterIds.includes(c.id)).flatMap((c) => c.keys);
    const named = keys.map((k) => records.find((r) => r.key === k)?.name).sort();
    expect(named).toEqual(expect.arrayContaining(["Eheschließung anmelden", "Sterbeurkunde anfordern"]));
    expect(de(standesamt?.reason)).toMatch(
      /^Aufgabenbereich nach den Namen (aller \d+ Prozesse|: „Standesamt & Personenstand“ \(\d+ von \d+\))/u,
    );
  });

  it("never let a cluster span two of them, at any granularity", () => {
    expect(model.partition).toEqual(model.taskAreas?.groupOf);
    for (const granularity of [0, 0.4, 0.7, 0.9, 1, null]) {
      expectNested(cutClusterModel(model, granularity), groupOf);
    }
  });

  it("do not depend on the order of the rows", () => {
    const expected = clusterProcesses(records, { catalogue })
      .overview?.bereiche.map((b) => b.label)
      .sort();
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
        const again = clusterProcesses(shuffled as ProcessRecord[], { catalogue });
        expect(again.overview?.bereiche.map((b) => b.label).sort()).toEqual(expected);
      }),
      { numRuns: 5 },
    );
  });

  it("give way to the sheet's own grouping column", () => {
    const withColumn = records.map((r, i) => ({ ...r, fachbereich: i % 2 === 0 ? "Amt 1" : "Amt 2" }));
    const result = clusterProcesses(withColumn, { catalogue });
    expect(result.overview?.choice.kind).toBe("column");
    expect(buildClusterModel(withColumn, { catalogue }).taskAreas).toBeUndefined();
  });

  it("can be chosen, and without the catalogue fall back to the coarse cut and say why", () => {
    const chosen = clusterProcesses(records, { catalogue, bereich: { kind: "taskArea" } });
    expect(de(chosen.overview?.choice.why)).toMatch(/^gewählt: nach den Aufgabenbereichen/u);
    const off = buildClusterModel(records, { bereich: { kind: "taskArea" } });
    expect(off.taskAreas).toBeUndefined();
    const bereich = buildBereichModel(off, records, { kind: "taskArea" });
    expect(bereich.choice.kind).toBe("cut");
    expect(de(bereich.choice.why)).toMatch(/Aufgabenbereiche das Fachwissen brauchen/u);
  });

  it("are auto's choice only for the auto strategy; asked for, the other strategies get them too", () => {
    expect(buildClusterModel(records, { catalogue, strategy: { kind: "text" } }).taskAreas).toBeUndefined();
    const text = buildClusterModel(records, {
      catalogue,
      strategy: { kind: "text" },
      bereich: { kind: "taskArea" },
    });
    expect(text.partition).toEqual(text.taskAreas?.groupOf);
    // A column strategy keeps its clusters (no partition); each goes to the area most of its rows have.
    const byColumn = records.map((r, i) => ({ ...r, cells: [r.name, i < 20 ? "A" : "B"] }));
    const strategy = { kind: "column", column: 1 } as const;
    const options = { catalogue, strategy, bereich: { kind: "taskArea" } } as const;
    const model = buildClusterModel(byColumn, options);
    expect(model.taskAreas).toBeDefined();
    expect(model.partition).toBeUndefined();
    const result = clusterProcesses(byColumn, options);
    expect(result.clusters.map((c) => c.keys.length).sort()).toEqual([20, 20]);
    expect(result.overview?.choice.kind).toBe("taskArea");
  });

  it("name a Bereich of several areas by all their names, or their short names when those do not fit", () => {
    expect(taskAreaLabel(["Gesundheit"])).toBe("Gesundheit");
    expect(taskAreaLabel(["Bauen & Bauordnung", "Abfall & Stadtreinigung"])).toBe(
      "Bauen & Bauordnung / Abfall & Stadtreinigung",
    );
    expect(
      taskAreaLabel(["Steuern, Abgaben & Stadtkasse", "Bauen & Bauordnung", "Abfall & Stadtreinigung"]),
    ).toBe("Steuern, Bauen & Abfall");
  });

  it("keep the rows of one OZG-Leistung of the sheet together, whatever their names' nearest words", () => {
    // "Hund abmelden" alone would go to the public order office ("Hund"), the tax rows to the tax office.
    const dogs = ["Hundesteuer anmelden", "Hundesteuer Befreiung", "Hund abmelden"];
    const withOzg = makeRecords([...NAMES, ...dogs].map((n) => [n])).map((r) =>
      dogs.includes(r.name) ? { ...r, ozgName: "Hundesteuer" } : r,
    );
    const anchored = buildClusterModel(withOzg, { catalogue });
    const areaOf = (name: string): number => anchored.taskAreas?.groupOf[anchored.names.indexOf(name)] ?? -2;
    expect(areaOf("Hund abmelden")).toBe(areaOf("Hundesteuer anmelden"));
    const loose = buildClusterModel(makeRecords([...NAMES, ...dogs].map((n) => [n])), { catalogue });
    const looseAreaOf = (name: string): number => loose.taskAreas?.groupOf[loose.names.indexOf(name)] ?? -2;
    expect(looseAreaOf("Hund abmelden")).not.toBe(looseAreaOf("Hundesteuer anmelden"));
  });

  it("are not auto's choice for a list most of whose names fit no area (internal processes)", () => {
    const internal = makeRecords(
      [
        "Rechnungseingang buchen",
        "Urlaubsantrag bearbeiten",
        "Serverwartung",
        "Dienstreiseabrechnung",
        "Inventur Büromaterial",
        "Beschaffung Hardware",
        "Posteingang scannen",
        "Telefonanlage Störung",
        "Reisekosten erstatten",
        "Zeiterfassung korrigieren",
        "Stellenplan fortschreiben",
        "Lizenzverwaltung",
        "Aktenvernichtung",
        "Fuhrparkverwaltung",
        "Druckerpatronen bestellen",
        "Besprechungsraum buchen",
      ].map((n) => [n]),
    );
    expect(clusterProcesses(internal, { catalogue }).overview?.choice.kind).toBe("cut");
    // Asked for by name, they are made all the same.
    const asked = clusterProcesses(internal, { catalogue, bereich: { kind: "taskArea" } });
    expect(asked.overview?.choice.kind).toBe("taskArea");
  });
});

describe("service families (Leistungsfamilien) of the task areas", () => {
  // Pairs a portal bundles though they share no word, amid the small town's list.
  const bundled = [
    "Munitionserwerbsberechtigung",
    "Kleiner Waffenschein",
    "Schulbedarfspaket",
    "Lernförderung (Nachhilfe)",
    "Zuschuss zum Mittagessen",
  ];
  const model = buildClusterModel(makeRecords([...NAMES, ...bundled].map((n) => [n])), { catalogue });
  const result = cutClusterModel(model);
  const clusterOf = (name: string) => {
    const key = model.keys[model.names.indexOf(name)];
    return result.clusters.find((c) => c.keys.includes(key ?? ""));
  };

  it("give each placed row its family, and pull rows of one family into one cluster", () => {
    expect(model.signals[model.names.indexOf("Kleiner Waffenschein")]?.family).toBe("Waffen");
    expect(clusterOf("Kleiner Waffenschein")).toBe(clusterOf("Waffenbesitzkarte beantragen"));
    expect(clusterOf("Schulbedarfspaket")).toBe(clusterOf("Zuschuss zum Mittagessen"));
  });

  it("name a mixed cluster that is one family by the family, and say so in its reason", () => {
    const cluster = clusterOf("Schulbedarfspaket");
    const family = model.signals[model.names.indexOf("Schulbedarfspaket")]?.family ?? "";
    expect(cluster?.label).toBe(family);
    expect(de(cluster?.reason ?? { code: "common.verbatim", params: { text: "" } })).toContain(
      `Leistungsfamilie ${family}`,
    );
    expect(cluster?.loose).toBeUndefined();
  });

  it("name a cluster that is mostly one family by it, unless more of its rows share an OZG-Leistung", () => {
    // One word in every name ("Wache"), yet the family's name says what the bundle is.
    const wache = [
      "Online-Wache – Strafanzeige erstatten",
      "Online-Wache – Hinweis geben",
      "Online-Wache – Internetkriminalität melden",
    ];
    const portal = buildClusterModel(makeRecords([...NAMES, ...wache].map((n) => [n])), { catalogue });
    const cut = cutClusterModel(portal);
    for (const name of wache) {
      const i = portal.names.indexOf(name);
      const cluster = cut.clusters.find((c) => c.keys.includes(portal.keys[i] ?? ""));
      expect(portal.signals[i]?.family).toBe("Strafanzeige & Online-Wache");
      expect(cluster?.label).toBe("Strafanzeige & Online-Wache");
    }
    // Every cluster named by a family has at least 2/3 of its rows in it, and at least as many as
    // share any one OZG-Leistung of the catalogue (a tie goes to the family, the narrower bundle).
    for (const m of [model, portal]) {
      for (const c of cutClusterModel(m).clusters) {
        const rows = c.keys.map((k) => m.keys.indexOf(k));
        const families = rows.map((i) => m.signals[i]?.family);
        if (rows.length < 2 || !families.includes(c.label)) continue;
        const inFamily = families.filter((f) => f === c.label).length;
        expect(inFamily).toBeGreaterThanOrEqual((2 / 3) * rows.length);
        const ozg = new Map<string, number>();
        for (const i of rows) {
          const value = m.signals[i]?.catalogue?.ozgLeistung;
          if (value !== undefined) ozg.set(value, (ozg.get(value) ?? 0) + 1);
        }
        expect(inFamily).toBeGreaterThanOrEqual(Math.max(0, ...ozg.values()));
      }
    }
  });

  it("leave rows to their OZG-Leistung in a list written in the catalogue's words (LeiKa names)", () => {
    const sample = readFileSync(join(__dirname, "../../../assets/sample/prozessinventar.csv"), "utf8")
      .split(/\r?\n/u)
      .slice(1)
      .filter((line) => line.trim() !== "")
      .map((line): [string] => [line.split(";")[1] ?? ""]);
    const leika = buildClusterModel(makeRecords(sample), { catalogue });
    const nearly = leika.signals.filter((s) => (s.catalogue?.score ?? 0) >= 0.85);
    expect(nearly.length).toBeGreaterThanOrEqual(0.5 * leika.signals.length);
    expect(nearly.every((s) => s.family === undefined)).toBe(true);
    // The task areas still make the Bereiche.
    expect(leika.taskAreas).toBeDefined();
    // In a list in its own words (portal names, about half of which match a service word for word),
    // such rows keep their family.
    const own = model.signals[model.names.indexOf("Waffenbesitzkarte beantragen")];
    expect([own?.family, (own?.catalogue?.score ?? 0) >= 0.85]).toEqual(["Waffen", true]);
  });

  it("are not used without the catalogue, nor for a list most of whose names fit no area", () => {
    const off = buildClusterModel(makeRecords([...NAMES, ...bundled].map((n) => [n])));
    expect(off.signals.every((s) => s.family === undefined)).toBe(true);
    const internal = buildClusterModel(
      makeRecords(
        ["Rechnungseingang buchen", "Serverwartung", "Posteingang scannen", "Kleiner Waffenschein"].map(
          (n) => [n],
        ),
      ),
      { catalogue },
    );
    expect(internal.signals.every((s) => s.family === undefined)).toBe(true);
  });
});
