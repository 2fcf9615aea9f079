import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import {
  buildBereichModel,
  coarseLabel,
  withTopLebenslagen,
} from "../../../src/domain/clustering/bereiche/buildBereichModel";
import { msg, renderMessage } from "../../../src/domain/messages/renderMessage";
import { targetBereichCount } from "../../../src/domain/clustering/bereiche/coarseGroups";
import { fitLabel } from "../../../src/domain/clustering/labelWords";
import { buildClusterModel } from "../../../src/domain/clustering/buildClusterModel";
import type { ClusterModel } from "../../../src/domain/clustering/clusterModel";
import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import type {
  BereichSource,
  ClusterResult,
  ClusterStrategy,
  ProcessRecord,
} from "../../../src/domain/clustering/types";
import { withBereiche } from "../../../src/domain/clustering/bereiche/withBereiche";
import { cutClusterModel } from "../../../src/domain/clustering/cutClusterModel";
import { countClusters } from "../../../src/domain/clustering/countClusters";
import { makeRecords, SAMPLE_NAMES } from "./makeRecords";
import { de } from "./germanText";
import { shippedCatalogue } from "../catalogue/loadIndex";

/** Every process in exactly one cluster, every cluster in exactly one Bereich. */
function expectTree(result: ClusterResult, records: readonly ProcessRecord[]): void {
  const clusterOfKey = new Map<string, string>();
  for (const c of result.clusters)
    for (const k of c.keys) {
      expect(clusterOfKey.has(k)).toBe(false);
      clusterOfKey.set(k, c.id);
    }
  expect([...clusterOfKey.keys()].sort()).toEqual(records.map((r) => r.key).sort());
  const bereichOf = new Map<string, string>();
  for (const b of result.overview?.bereiche ?? [])
    for (const id of b.clusterIds) {
      expect(bereichOf.has(id)).toBe(false);
      bereichOf.set(id, b.id);
    }
  expect([...bereichOf.keys()].sort()).toEqual(result.clusters.map((c) => c.id).sort());
  const labels = (result.overview?.bereiche ?? []).map((b) => b.label.toLowerCase());
  expect(new Set(labels).size).toBe(labels.length);
  for (const label of labels) expect(label.length).toBeLessThanOrEqual(60);
}

/** The partition as sets of keys per Bereich, comparable across runs. */
function bereichPartition(result: ClusterResult): string[] {
  const keysOf = new Map(result.clusters.map((c) => [c.id, c.keys] as const));
  return (result.overview?.bereiche ?? [])
    .map(
      (b) =>
        `${b.label}=${b.clusterIds
          .flatMap((id) => keysOf.get(id) ?? [])
          .sort()
          .join(",")}`,
    )
    .sort();
}

/** The model with the catalogue placing the rows `place` gives a Lebenslage and Themenfeld (by name). */
function placeRows(
  model: ClusterModel,
  place: (row: number) => { readonly lebenslage: string; readonly themenfeld: string } | undefined,
): ClusterModel {
  return {
    ...model,
    signals: model.signals.map((s, i) => {
      const at = place(i);
      return at === undefined
        ? s
        : {
            ...s,
            catalogue: {
              ozgId: "1",
              ozgLeistung: "X",
              ...at,
              via: "name",
              score: 0.9,
              serviceName: "X",
              ozgServices: 1,
            },
          };
    }),
  };
}

const names = fc.constantFrom(...SAMPLE_NAMES.map(([n]) => n), "Hund anmelden", "Sperrmüll bestellen");
const values = fc.constantFrom("Ordnungsamt", "Bürgeramt", "Jugendamt", "");

const inventory = fc
  .array(fc.tuple(names, values, fc.nat({ max: 99 })), { minLength: 1, maxLength: 30 })
  .map((rows) =>
    rows.map(([name, fachbereich, n], index): ProcessRecord => ({
      key: `row:${String(index + 2).padStart(3, "0")}`,
      row: index + 2,
      index,
      name: `${name} ${n}`,
      cells: [`${name} ${n}`, fachbereich],
      ...(fachbereich === "" ? {} : { fachbereich }),
    })),
  );

describe("Bereiche (upper level)", () => {
  it("puts every process in one cluster and every cluster in one Bereich, for every source", () => {
    fc.assert(
      fc.property(
        inventory,
        fc.constantFrom("auto", "cut", "off", "themenfeld", "lebenslage", "column"),
        (records, kind) => {
          const bereich = kind === "column" ? { kind, column: 1 } : { kind };
          const result = clusterProcesses(records, { bereich: bereich as never });
          expectTree(result, records);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never lets a cluster span two of the sheet's own Bereiche, at any strategy and granularity", () => {
    fc.assert(
      fc.property(
        inventory,
        fc.constantFrom<ClusterStrategy>(
          { kind: "auto" },
          { kind: "text" },
          { kind: "leika", level: "object" },
          { kind: "column", column: 0 },
        ),
        fc.constantFrom<BereichSource>({ kind: "auto" }, { kind: "column", column: 1 }),
        fc.constantFrom(null, 0, 0.5, 0.9, 1),
        (records, strategy, bereich, granularity) => {
          const model = buildClusterModel(records, { strategy, bereich });
          const result = withBereiche(
            model,
            buildBereichModel(model, records, bereich),
            cutClusterModel(model, granularity),
          );
          expectTree(result, records);
          // The slider's live count is the number of clusters the cut shows.
          expect(countClusters(model, granularity)).toBe(result.clusters.length);
          // Bereiche by subject (auto without a usable column) may group any rows.
          if (result.overview?.choice.kind !== "column") return;
          const valueOf = new Map(records.map((r) => [r.key, r.cells[1] ?? ""] as const));
          const clusterOf = new Map(result.clusters.map((c) => [c.id, c] as const));
          for (const b of result.overview?.bereiche ?? []) {
            const keys = b.clusterIds.flatMap((id) => clusterOf.get(id)?.keys ?? []);
            const filled = new Set(keys.map((k) => valueOf.get(k)).filter((v) => v !== ""));
            // One value per Bereich (blank rows go with their cluster), and it is the Bereich's label.
            expect(filled.size).toBeLessThanOrEqual(1);
            if (filled.size === 1) expect(b.label).toBe([...filled][0]);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(inventory, fc.array(fc.nat()), (records, seeds) => {
        const shuffled = [...records];
        seeds.forEach((s, i) => {
          const j = s % shuffled.length;
          const k = i % shuffled.length;
          [shuffled[j], shuffled[k]] = [shuffled[k] as ProcessRecord, shuffled[j] as ProcessRecord];
        });
        expect(bereichPartition(clusterProcesses(shuffled))).toEqual(
          bereichPartition(clusterProcesses(records)),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("keeps the tree when reviewer constraints pin and lock clusters", () => {
    const records = makeRecords();
    const result = clusterProcesses(records, {
      constraints: {
        locked: [{ cluster: "Gesperrt", keys: ["row:002", "row:012"] }],
        pinned: [{ key: "row:020", cluster: "Angeheftet" }],
        cannotLink: [["row:003", "row:004"]],
      },
    });
    expectTree(result, records);
    const locked = result.clusters.find((c) => c.label === "Gesperrt");
    expect(locked?.keys).toEqual(["row:002", "row:012"]);
  });

  it("auto takes a usable grouping column of the sheet and says so", () => {
    const records = makeRecords().map((r, i) => ({
      ...r,
      fachbereich: i % 2 === 0 ? "Ordnungsamt" : "Bürgeramt",
    }));
    const result = clusterProcesses(records);
    expect(result.overview?.choice.kind).toBe("column");
    expect(de(result.overview?.choice.why)).toContain("Fachbereich");
    const labels = result.overview?.bereiche.map((b) => b.label).sort();
    expect(labels).toEqual(["Bürgeramt", "Ordnungsamt"]);
    for (const reason of Object.values(result.overview?.clusterReasons ?? {}))
      expect(de(reason)).toMatch(/Fachbereich/);
  });

  it("auto falls back to a coarse cut by subject when the sheet has no grouping column", () => {
    const result = clusterProcesses(makeRecords());
    expect(result.overview?.choice.kind).toBe("cut");
    expect(de(result.overview?.choice.why)).toMatch(/ähnlichen Themen/);
    expect(result.overview?.bereiche.length).toBeGreaterThan(1);
    expect(result.overview?.bereiche.length).toBeLessThanOrEqual(result.clusters.length);
  });

  it("lebenslage without a column or catalogue falls back to the coarse cut and says why", () => {
    const records = makeRecords();
    const model = buildClusterModel(records);
    const bereich = buildBereichModel(model, records, { kind: "lebenslage" });
    expect(bereich.choice.kind).toBe("cut");
    expect(de(bereich.choice.why)).toMatch(/Lebenslage/);
  });

  it("takes the catalogue's Lebenslage of confidently matched rows", () => {
    const records = makeRecords();
    const model = buildClusterModel(records);
    const lebenslage = (i: number) => (i < 5 ? "Kfz-Besitz" : "Familie");
    const withCatalogue = {
      ...model,
      signals: model.signals.map((s, i) => ({
        ...s,
        catalogue: {
          ozgId: "1",
          ozgLeistung: "X",
          lebenslage: lebenslage(i),
          themenfeld: "T",
          via: "name" as const,
          score: 0.9,
          serviceName: "X",
          ozgServices: 1,
        },
      })),
    };
    const bereich = buildBereichModel(withCatalogue, records, { kind: "lebenslage" });
    expect(de(bereich.choice.why)).toBe("Lebenslage laut OZG-Katalog");
    expect(bereich.groups.map((g) => g.label)).toEqual(["Kfz-Besitz", "Familie"]);
  });

  it("names a mixed Bereich by the Themenfeld of its placed rows, else by a list of its words", () => {
    const names = [
      "Schulwechsel beantragen",
      "Einschulung anmelden",
      "Gastschulantrag",
      "Babybegrüßungspaket",
      "Bildungsurlaub",
      "Volkshochschule Kurs buchen",
    ];
    const records = makeRecords(names.map((n) => [n]));
    const model = buildClusterModel(records);
    const rows = names.map((_, i) => i);
    const placed = (count: number, themenfeld: (i: number) => string) =>
      placeRows(model, (i) => (i < count ? { lebenslage: `L${i}`, themenfeld: themenfeld(i) } : undefined));
    // Three of six rows placed, all in "Bildung": the rows without a match say nothing against it.
    const bildung = coarseLabel(
      placed(3, () => "Bildung"),
      rows,
      new Set(),
    );
    expect(bildung.label).toBe("Bildung");
    // The reason says on what the name rests.
    expect(bildung.namedBy).toEqual({ role: "themenfeld", value: "Bildung", count: 3, of: 3, placed: true });
    // Too few placed rows, or no agreement: a list of whole words, not one word claiming all six.
    for (const model2 of [
      placed(2, () => "Bildung"),
      placed(4, (i) => (i % 2 === 0 ? "Bildung" : "Familie")),
    ]) {
      const { label, namedBy } = coarseLabel(model2, rows, new Set());
      expect(namedBy).toBeUndefined();
      expect(label.split(", ")).toHaveLength(3);
      expect(label).not.toMatch(/…/u);
    }
    // "Bildung" taken by another Bereich: the list, not "Bildung: <one word>", and no claim in the reason.
    const taken = coarseLabel(
      placed(3, () => "Bildung"),
      rows,
      new Set(["Bildung"]),
    );
    expect(taken.label.split(", ")).toHaveLength(3);
    expect(taken.namedBy).toBeUndefined();
    // A Bereich whose word a third of its processes share keeps that word.
    const hund = [
      "Hund anmelden",
      "Hund abmelden",
      "Hundesteuer",
      "Pferdehaltung",
      "Heimtierausweis",
      "Bienenvolk",
    ];
    const hundRecords = makeRecords(hund.map((n) => [n]));
    expect(coarseLabel(buildClusterModel(hundRecords), rows, new Set()).label).toMatch(/^Hund/u);
  });

  it("names the most frequent Lebenslagen in the reason of a Bereich its name cannot explain", () => {
    const names = [
      "Bauantrag stellen",
      "Wohnsitz anmelden",
      "Grundsteuer zahlen",
      "Hund anmelden",
      "Umzug melden",
    ];
    const records = makeRecords(names.map((n) => [n]));
    const model = buildClusterModel(records);
    const lebenslage = [
      "Bauen & Immobilien",
      "Wohnen & Umzug",
      "Bauen & Immobilien",
      undefined,
      "Wohnen & Umzug",
    ];
    const placed = placeRows(model, (i) => {
      const value = lebenslage[i];
      return value === undefined ? undefined : { lebenslage: value, themenfeld: "Bauen & Wohnen" };
    });
    const detail = msg("cluster.bereichSimilarTopics", { basis: msg("cluster.bereichByNames") });
    expect(de(withTopLebenslagen(placed, [0, 1, 2, 3, 4], detail))).toBe(
      "ähnliche Themen nach Namen; häufigste Lebenslagen: „Bauen & Immobilien“ (2 von 5), „Wohnen & Umzug“ (2 von 5)",
    );
    expect(renderMessage(withTopLebenslagen(placed, [0, 2, 3], detail), "en")).toBe(
      "similar topics by name; most frequent life event: “Bauen & Immobilien” (2 of 3)",
    );
    // A Lebenslage of a single row says nothing about the Bereich.
    expect(withTopLebenslagen(placed, [0, 1, 3], detail)).toBe(detail);
    // The reasons of the coarse cut carry it.
    const reasons = buildBereichModel(placed, records, { kind: "cut" }).groups.map((g) => de(g.detail) ?? "");
    for (const reason of reasons) expect(reason).toMatch(/^ähnliche Themen nach Namen/u);
  });

  it("lists the words of a mixed Bereich as people wrote them, not a compound's start", () => {
    // With the catalogue's vocabulary, "Erstantrag" gives the term "Erst", a start nobody wrote alone;
    // the list names the Bereich by whole words (before: "Erst, Fundbüro, Grillhütte").
    const names = [
      "Reisepass (Erstantrag oder Neuausstellung)",
      "Verlustanzeige an das Fundbüro",
      "Drohender Wohnungsverlust – Beratung",
      "Sirenensignale und Warntag",
      "Grillhütte mieten",
    ];
    const model = buildClusterModel(makeRecords(names.map((n) => [n])), { catalogue: shippedCatalogue() });
    const terms = Array.from(model.labels.termStem, (s) => [model.labels.stems[s], model.labels.whole[s]]);
    expect(terms).toContainEqual(["erst", 0]);
    const { label } = coarseLabel(model, [0, 1, 2, 3, 4], new Set());
    expect(label.split(", ").length).toBeGreaterThanOrEqual(2);
    expect(label).not.toMatch(/\bErst\b/u);
  });

  it("keeps the catalogue's Lebenslagen readable: the largest stay, the rest show their Themenfeld, 25 at most", () => {
    // A city's A–Z list of 372 services reaches 41 Lebenslagen.
    const text = readFileSync(join(__dirname, "../../../bench/lists/stadt-themen.csv"), "utf8");
    const names = text
      .split("\n")
      .slice(1)
      .filter((line) => line.trim() !== "")
      .map((line) => line.split(";")[0] ?? "");
    const records = makeRecords(names.map((n) => [n]));
    const catalogue = shippedCatalogue();
    const model = buildClusterModel(records, { catalogue });
    const lebenslagen = new Set(model.signals.flatMap((s) => s.catalogue?.lebenslage ?? []));
    expect(lebenslagen.size).toBeGreaterThan(25);
    const bereich = buildBereichModel(model, records, { kind: "lebenslage" });
    expect(bereich.groups.length + 1).toBeLessThanOrEqual(25);
    const details = bereich.groups.map((g) => de(g.detail));
    expect(details).toContain("Lebenslage laut OZG-Katalog");
    expect(details).toContain("Themenfeld laut OZG-Katalog");
    const themenfelder = new Set(model.signals.flatMap((s) => s.catalogue?.themenfeld ?? []));
    for (const g of bereich.groups) {
      if (de(g.detail) === "Themenfeld laut OZG-Katalog") expect(themenfelder.has(g.label)).toBe(true);
      else expect(lebenslagen.has(g.label)).toBe(true);
    }
    const result = clusterProcesses(records, { catalogue, bereich: { kind: "lebenslage" } });
    expect(result.overview?.bereiche.length).toBeLessThanOrEqual(25);
  });

  it("off gives one Bereich holding every cluster", () => {
    const result = clusterProcesses(makeRecords(), { bereich: { kind: "off" } });
    expect(result.overview?.bereiche).toHaveLength(1);
    expect(result.overview?.bereiche[0]?.label).toBe("Alle Prozesse");
  });

  it("aims at √n Bereiche within 5–25", () => {
    expect([1, 30, 300, 650, 10_000].map(targetBereichCount)).toEqual([5, 5, 17, 25, 25]);
  });

  it("fits labels into 60 characters at a word boundary", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,15}$/), { minLength: 1, maxLength: 12 }),
        (words) => {
          const label = words.join(" ");
          const fitted = fitLabel(label);
          expect(fitted.length).toBeLessThanOrEqual(60);
          if (label.length <= 60) expect(fitted).toBe(label);
          else expect(words.join(" ").startsWith(fitted.slice(0, -1))).toBe(true);
        },
      ),
    );
  });
});
