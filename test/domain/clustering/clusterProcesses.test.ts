import fc from "fast-check";
import { buildClusterModel } from "../../../src/domain/clustering/buildClusterModel";
import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import { countClusters } from "../../../src/domain/clustering/countClusters";
import { cutClusterModel, resolveGranularity } from "../../../src/domain/clustering/cutClusterModel";
import type { ClusterResult, ClusterStrategy, ProcessRecord } from "../../../src/domain/clustering/types";
import { makeRecords, SAMPLE_NAMES } from "./makeRecords";
import { renderMessage } from "../../../src/domain/messages/renderMessage";
import { de, deValues } from "./germanText";
import { shippedCatalogue } from "../catalogue/loadIndex";

const records = makeRecords();
const nameOf = (key: string): string => records.find((r) => r.key === key)?.name ?? "";
const clusterOf = (result: ClusterResult, name: string): readonly string[] =>
  (result.clusters.find((c) => c.keys.some((k) => nameOf(k) === name))?.keys ?? []).map(nameOf);
const partition = (result: ClusterResult): string[] =>
  result.clusters.map((c) => `${c.label}=${[...c.keys].join(",")}`).sort();

const STRATEGIES: readonly ClusterStrategy[] = [
  { kind: "auto" },
  { kind: "text" },
  { kind: "leika", level: "object" },
  { kind: "leika", level: "group" },
  { kind: "column", column: 1 },
];

describe("clusterProcesses examples", () => {
  it("puts Kfz-Zulassung, Kfz-Abmeldung and Außerbetriebsetzung of a Kraftfahrzeug together (names only)", () => {
    const result = clusterProcesses(makeRecords(SAMPLE_NAMES.map(([n]) => [n])), {
      strategy: { kind: "text" },
    });
    const group = clusterOf(result, "Kfz-Zulassung");
    expect(group).toEqual(
      expect.arrayContaining(["Kfz-Abmeldung", "Außerbetriebsetzung eines Kraftfahrzeugs"]),
    );
    const cluster = result.clusters.find((c) => c.keys.some((k) => nameOf(k) === "Kfz-Zulassung"));
    expect(cluster?.label.startsWith("Kraftfahrzeug")).toBe(true);
    expect(de(cluster?.reason)).toContain("gemeinsame Begriffe: Kraftfahrzeug");
  });

  it("keeps Wohngeld and Elterngeld apart at the default setting, and maps Mietzuschuss to Wohngeld", () => {
    for (const strategy of [{ kind: "text" }, { kind: "auto" }] as const) {
      const result = clusterProcesses(records, { strategy });
      const wohngeld = clusterOf(result, "Wohngeld beantragen");
      expect(wohngeld).not.toContain("Elterngeld beantragen");
      expect(wohngeld).toContain("Mietzuschuss");
    }
  });

  it("explains auto clusters with the shared LeiKa object", () => {
    const result = clusterProcesses(records);
    const gewerbe = result.clusters.find((c) => c.keys.some((k) => nameOf(k) === "Gewerbeanmeldung"));
    expect(de(gewerbe?.reason)).toContain("gleiches LeiKa-Objekt 99050012");
    expect(gewerbe?.label).toMatch(/^Gewerbe: /);
  });

  it("labels a family's general subject only where it adds something", () => {
    const passes = makeRecords([["Reisepass Ausstellung"], ["Reisepass Verlängerung"], ["Reisepass Ersatz"]]);
    const pass = clusterProcesses(passes, { strategy: { kind: "text" } }).clusters;
    expect(pass).toHaveLength(1);
    expect(pass[0]?.label).toMatch(/^Reisepass: /);
    const waste = makeRecords([["Sperrmüll"], ["Altpapier"], ["Restmüll"]]);
    const abfall = clusterProcesses(waste, { strategy: { kind: "text" }, granularity: 0.9 }).clusters;
    expect(abfall).toHaveLength(1);
    expect(abfall[0]?.label).toBe("Abfall");
  });

  it("names a cluster by the word of equal count that more members have in a compound (Pflege, not Hilfe)", () => {
    const care = makeRecords([
      ["Pflegegeld Auszahlung"],
      ["HzP ambulant"],
      ["HzP stationär"],
      ["Pflegewohngeld"],
      ["Heimaufsicht Begehung"],
    ]);
    // "HzP" is "Hilfe zur Pflege": "Hilfe" and "Pflege" twice each; "Pflege" also starts two compounds.
    const [cluster] = clusterProcesses(care, { strategy: { kind: "text" }, granularity: 1 }).clusters;
    expect(cluster?.keys).toHaveLength(5);
    expect(cluster?.label).toMatch(/^Pflege\b/u);
  });

  it("does not repeat a word that is part of the other subject word (Sozialhilfe, not Sozialhilfe Hilfe)", () => {
    const social = makeRecords([
      ["Sozialhilfe – Hilfe zum Lebensunterhalt"],
      ["Sozialhilfe – Weiterbewilligung"],
      ["Sozialhilfe – Hilfe zur Pflege"],
      ["Sozialhilfe – Mehrbedarf"],
    ]);
    const clusters = clusterProcesses(social, { strategy: { kind: "text" }, granularity: 0.9 }).clusters;
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.label).toMatch(/^Sozialhilfe\b/u);
    expect(clusters[0]?.label).not.toMatch(/Sozialhilfe Hilfe/u);
  });

  it("joins two subject words no name writes together with „&“, and a phrase people write with a space", () => {
    const pharmacy = makeRecords([
      ["Apotheke – Betriebserlaubnis"],
      ["Apotheke – Filialapotheke"],
      ["Arzneimittel – Herstellungserlaubnis"],
      ["Großhandelserlaubnis für Arzneimittel"],
    ]);
    // A coarse cut brings them together; each name writes one of the two words.
    const [alternatives] = clusterProcesses(pharmacy, {
      strategy: { kind: "text" },
      granularity: 1,
    }).clusters;
    expect(alternatives?.keys).toHaveLength(4);
    expect(alternatives?.label).toMatch(/^(Apotheke & Arzneimittel|Arzneimittel & Apotheke)\b/u);
    // With the catalogue, the service family they all belong to names them.
    const [family] = clusterProcesses(pharmacy, {
      catalogue: shippedCatalogue(),
      granularity: 0.99,
    }).clusters;
    expect(family?.keys).toHaveLength(4);
    expect(family?.label).toBe("Apotheken, Krankenhäuser & Notdienste");
    const vehicles = makeRecords([
      ["Kraftfahrzeug Kennzeichen Zuteilung"],
      ["Kraftfahrzeug Kennzeichen Reservierung"],
      ["Kraftfahrzeug Kennzeichen Ersatz"],
    ]);
    const [phrase] = clusterProcesses(vehicles, { strategy: { kind: "text" }, granularity: 0.95 }).clusters;
    expect(phrase?.label).toMatch(/^Kraftfahrzeug Kennzeichen\b/u);
    // One question with both words makes no phrase of them: "Kind Schule" is no German.
    const school = makeRecords([
      ["Kann mein Kind eine Schule im Nachbarkreis besuchen?"],
      ["Wer zahlt das Mittagessen in der Schule?"],
      ["Schulwechsel: neue Schule für das Kind"],
      ["Kind krank – wer betreut?"],
      ["Schule schwänzen – was nun?"],
    ]);
    const [alternatives2] = clusterProcesses(school, { strategy: { kind: "text" }, granularity: 1 }).clusters;
    expect(alternatives2?.keys).toHaveLength(5);
    expect(alternatives2?.label).toMatch(/^(Schule & Kind|Kind & Schule)\b/u);
  });

  it("lists a mixed cluster by the whole words its members write, not by the start of a compound", () => {
    const names = [
      "Baugenehmigung beantragen",
      "Verlängerung einer Baugenehmigung",
      "Eintragung einer Baulast",
      "Ratenzahlung vereinbaren",
      "Hundesteuer anmelden",
      "Fundsache abgeben",
      "Grundsteuer",
      "Grundsteuerbescheid erklären",
    ];
    const [mixed] = clusterProcesses(makeRecords(names.map((n) => [n])), {
      strategy: { kind: "text" },
      granularity: 1,
    }).clusters;
    expect(mixed?.keys).toHaveLength(names.length);
    // "Bau" is only the start of "Baugenehmigung" here; "Grundsteuer" a member writes alone.
    expect(mixed?.label).toBe("Baugenehmigung, Grundsteuer");
    const [pair] = clusterProcesses(
      makeRecords([["Ratenzahlung vereinbaren"], ["SEPA-Lastschriftmandat erteilen"]]),
      { strategy: { kind: "text" }, granularity: 1 },
    ).clusters;
    // Not "Rat" (council) from "Raten|zahlung".
    expect(pair?.label).toBe("Ratenzahlung, SEPA");
  });

  it("names a cluster after the OZG-Leistung most of its members share (not in the text strategy)", () => {
    const withOzg = makeRecords([["Kfz-Zulassung"], ["Kfz-Abmeldung"], ["Kfz-Ummeldung"]]).map((r) => ({
      ...r,
      ozgName: "Kfz-Zulassung und -Abmeldung",
    }));
    const auto = clusterProcesses(withOzg).clusters;
    expect(auto.map((c) => c.label)).toEqual(["Kfz-Zulassung und -Abmeldung"]);
    expect(de(auto[0]?.reason)).toContain("gleiche OZG-Leistung Kfz-Zulassung und -Abmeldung");
    expect(clusterProcesses(withOzg, { strategy: { kind: "text" } }).clusters[0]?.label).toMatch(
      /^Kraftfahrzeug/,
    );
    // Two of three is "mostly" (≥ 2/3); one of three is not.
    const mostly = withOzg.map((r, i) => (i === 0 ? { ...r, ozgName: "Andere Leistung" } : r));
    const mostlyCluster = clusterProcesses(mostly, { granularity: 0.9 }).clusters[0];
    expect(mostlyCluster?.label).toBe("Kfz-Zulassung und -Abmeldung");
    expect(de(mostlyCluster?.reason)).toContain(
      "überwiegend OZG-Leistung Kfz-Zulassung und -Abmeldung (2 von 3)",
    );
    const mixed = withOzg.map((r, i) => (i > 0 ? { ...r, ozgName: `Andere Leistung ${i}` } : r));
    expect(clusterProcesses(mixed, { granularity: 0.9 }).clusters[0]?.label).toMatch(/^Kraftfahrzeug/);
  });

  it("pulls names of one Lebenslage or Themenfeld together and pushes different ones apart", () => {
    const pair = (extra: readonly Partial<ProcessRecord>[]): number => {
      const recs = makeRecords([["Vergütung von Dolmetschern"], ["Vergütung von Übersetzern"]]).map(
        (r, i) => ({
          ...r,
          ...extra[i],
        }),
      );
      return buildClusterModel(recs).dendrogram.height[0] ?? NaN;
    };
    const plain = pair([]);
    for (const column of ["lebenslage", "themenfeld"] as const) {
      expect(pair([{ [column]: "Justiz" }, { [column]: "Justiz" }])).toBeLessThan(plain);
      expect(pair([{ [column]: "Justiz" }, { [column]: "Steuern" }])).toBeGreaterThan(plain);
      // A row without the value keeps its name distance.
      expect(pair([{ [column]: "Justiz" }, {}])).toBeCloseTo(plain, 6);
    }
  });

  it("groups by LeiKa object and decodes the Verrichtung in member reasons", () => {
    const result = clusterProcesses(records, { strategy: { kind: "leika", level: "object" } });
    const kfz = result.clusters.find((c) => c.keys.some((k) => nameOf(k) === "Kfz-Abmeldung"));
    expect(kfz?.keys.map(nameOf)).not.toContain("Kraftfahrzeugkennzeichen Zuteilung");
    expect(de(kfz?.reason)).toContain("gleiches LeiKa-Objekt 99036008");
    expect(deValues(kfz?.memberReasons)).toContain(
      "LeiKa-Schlüssel 99036008070000 (Abmeldung); gemeinsame Begriffe: Kraftfahrzeug",
    );
    // Group level joins the Kennzeichen (same group 99036).
    const group = clusterProcesses(records, { strategy: { kind: "leika", level: "group" } });
    expect(clusterOf(group, "Kfz-Abmeldung")).toContain("Kraftfahrzeugkennzeichen Zuteilung");
  });

  it("puts blank column values into a visible 'ohne Angabe' group", () => {
    const result = clusterProcesses(records, {
      strategy: { kind: "column", column: 1 },
      headers: ["Leistung", "Schlüssel"],
    });
    const blank = result.clusters.find((c) => c.label === "ohne Angabe");
    expect(blank?.keys.map(nameOf)).toContain("Mietzuschuss");
    expect(de(blank?.reason)).toBe("„Schlüssel“ ohne Angabe");
  });

  it("sub-clusters by a second column and merges them at a coarser setting", () => {
    const recs = makeRecords([["A eins"], ["A zwei"], ["B drei"]]).map((r, i) => ({
      ...r,
      cells: [r.name, i < 2 ? "VOIS" : "OK.EWO", i === 0 ? "Team 1" : "Team 2"],
    }));
    const options = {
      strategy: { kind: "column", column: 1, subColumn: 2 } as const,
      headers: ["Leistung", "Fachanwendung", "Team"],
    };
    const fine = clusterProcesses(recs, options);
    expect(fine.clusters.map((c) => c.label).sort()).toEqual([
      "OK.EWO – Team 2",
      "VOIS – Team 1",
      "VOIS – Team 2",
    ]);
    const coarse = clusterProcesses(recs, { ...options, granularity: 0.5 });
    expect(coarse.clusters.map((c) => c.label).sort()).toEqual(["OK.EWO", "VOIS"]);
    expect(de(coarse.clusters.find((c) => c.label === "VOIS")?.reason)).toBe(
      "gleiche Angabe in „Fachanwendung“: VOIS",
    );
  });

  it("maps LeiKa granularity to key levels: object + Verrichtung below the object level", () => {
    const recs = makeRecords([
      ["Kraftfahrzeug Zulassung", "99036008007000"],
      ["Kraftfahrzeug Zulassung bei Halterwechsel", "99036008007001"],
      ["Kraftfahrzeug Abmeldung", "99036008070000"],
    ]);
    const model = buildClusterModel(recs, { strategy: { kind: "leika", level: "object" } });
    expect(countClusters(model, 0.3)).toBe(2);
    expect(countClusters(model)).toBe(1);
  });

  it("flags singletons with the German reason", () => {
    const result = clusterProcesses(records, { granularity: 0 });
    const single = result.clusters.find((c) => c.singleton);
    expect(de(single?.reason)).toBe("Einzelprozess: keine ausreichend ähnlichen Prozesse");
    expect(single?.label).toBe(nameOf(single?.keys[0] ?? ""));
  });

  it("rejects a granularity outside 0..1 with a German message", () => {
    expect(() => clusterProcesses(records, { granularity: 1.5 })).toThrow(
      /zwischen 0 \(fein\) und 1 \(grob\)/,
    );
  });

  it("handles empty input and a single row", () => {
    expect(clusterProcesses([]).clusters).toEqual([]);
    const one = clusterProcesses(makeRecords([["Wohngeld"]]));
    expect(one.clusters).toHaveLength(1);
    expect(one.clusters[0]?.singleton).toBe(true);
  });

  it("counts clusters like the cut does and re-cuts without rebuilding", () => {
    const model = buildClusterModel(records);
    for (const g of [0, 0.3, 0.5, 0.7, 0.9, 1])
      expect(countClusters(model, g)).toBe(cutClusterModel(model, g).clusters.length);
    expect(countClusters(model, 1)).toBe(1);
  });
});

describe("clusterProcesses constraints", () => {
  const key = (name: string): string => records.find((r) => r.name === name)?.key ?? "";

  it("keeps locked clusters exactly and pinned rows in their named cluster", () => {
    const result = clusterProcesses(records, {
      constraints: {
        locked: [{ cluster: "Meine Gruppe", keys: [key("Wohngeld beantragen"), key("Fischereischein")] }],
        pinned: [{ key: key("Elterngeld beantragen"), cluster: "Familie" }],
      },
    });
    const locked = result.clusters.find((c) => c.label === "Meine Gruppe");
    expect(locked?.keys).toEqual([key("Wohngeld beantragen"), key("Fischereischein")].sort());
    expect(locked?.fromDecision).toBe(true);
    const familie = result.clusters.find((c) => c.label === "Familie");
    expect(familie?.keys).toContain(key("Elterngeld beantragen"));
    // The other Elterngeld row was proposed into the pinned cluster, with a reason saying so.
    expect(de(familie?.memberReasons[key("Elterngeld Plus Änderung")])).toMatch(/^vorgeschlagen/);
  });

  it("never puts a cannot-link pair together", () => {
    const result = clusterProcesses(records, {
      strategy: { kind: "text" },
      constraints: { cannotLink: [[key("Kfz-Zulassung"), key("Kfz-Abmeldung")]] },
    });
    expect(clusterOf(result, "Kfz-Zulassung")).not.toContain("Kfz-Abmeldung");
  });
});

describe("clusterProcesses properties", () => {
  const names = SAMPLE_NAMES.map(([n]) => n);
  const recordsArb = fc
    .uniqueArray(fc.integer({ min: 0, max: names.length - 1 }), { minLength: 1, maxLength: names.length })
    .map((idx) => makeRecords(idx.map((i) => SAMPLE_NAMES[i] ?? ["x"])));
  const strategyArb = fc.constantFrom(...STRATEGIES);

  it("puts every row in exactly one cluster, with a label and reasons", () => {
    fc.assert(
      fc.property(
        recordsArb,
        strategyArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (recs, strategy, g) => {
          const result = clusterProcesses(recs, { strategy, granularity: g });
          const keys = result.clusters.flatMap((c) => c.keys);
          expect([...keys].sort()).toEqual(recs.map((r) => r.key).sort());
          expect(new Set(result.clusters.map((c) => c.label)).size).toBe(result.clusters.length);
          for (const c of result.clusters) {
            expect(c.label.trim()).not.toBe("");
            expect(renderMessage(c.reason, "de").trim()).not.toBe("");
            expect(c.singleton).toBe(c.keys.length === 1);
            for (const k of c.keys) {
              const reason = c.memberReasons[k];
              expect(reason === undefined ? "" : renderMessage(reason, "de").trim()).toBeTruthy();
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives the same partition and labels for shuffled input", () => {
    fc.assert(
      fc.property(
        recordsArb,
        strategyArb,
        fc.array(fc.nat(), { minLength: names.length, maxLength: names.length }),
        (recs, strategy, rnd) => {
          const shuffled = [...recs];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (rnd[i] ?? 0) % (i + 1);
            [shuffled[i], shuffled[j]] = [
              shuffled[j] as (typeof shuffled)[number],
              shuffled[i] as (typeof shuffled)[number],
            ];
          }
          expect(clusterProcesses(shuffled, { strategy })).toEqual(clusterProcesses(recs, { strategy }));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("never has more clusters at a coarser granularity", () => {
    fc.assert(
      fc.property(
        recordsArb,
        strategyArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (recs, strategy, a, b) => {
          const model = buildClusterModel(recs, { strategy });
          const [fine, coarse] = a <= b ? [a, b] : [b, a];
          expect(cutClusterModel(model, coarse).clusters.length).toBeLessThanOrEqual(
            cutClusterModel(model, fine).clusters.length,
          );
          expect(countClusters(model, coarse)).toBeLessThanOrEqual(countClusters(model, fine));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("respects locks, pins and cannot-links for any choice of them", () => {
    fc.assert(
      fc.property(
        recordsArb,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("A", "B")), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (recs, pairs, pins, lockIdx) => {
          const k = (i: number): string => recs[i % recs.length]?.key ?? "";
          const lockedKeys = [...new Set(lockIdx.map(k))];
          const cannotLink = pairs.map(([x, y]) => [k(x), k(y)] as const).filter(([x, y]) => x !== y);
          const pinned = pins
            .map(([i, cluster]) => ({ key: k(i), cluster }))
            .filter((p) => !lockedKeys.includes(p.key));
          const result = clusterProcesses(recs, {
            constraints: {
              locked: lockedKeys.length > 0 ? [{ cluster: "Gesperrt", keys: lockedKeys }] : [],
              pinned,
              cannotLink,
            },
          });
          const where = new Map<string, string>();
          for (const c of result.clusters) for (const key of c.keys) where.set(key, c.label);
          expect(where.size).toBe(recs.length);
          if (lockedKeys.length > 0)
            expect([...(result.clusters.find((c) => c.label === "Gesperrt")?.keys ?? [])]).toEqual(
              [...lockedKeys].sort(),
            );
          const firstPin = new Map<string, string>();
          for (const p of pinned) if (!firstPin.has(p.key)) firstPin.set(p.key, p.cluster);
          for (const [key, cluster] of firstPin) expect(where.get(key)).toBe(cluster);
          // Cannot-link holds for every pair not forced together by the reviewer's own pins or lock.
          for (const [x, y] of cannotLink) {
            const forced =
              (lockedKeys.includes(x) && lockedKeys.includes(y)) ||
              (firstPin.has(x) && firstPin.get(x) === firstPin.get(y));
            if (!forced) expect(where.get(x)).not.toBe(where.get(y));
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("partition helper", () => {
  it("describes results compactly for comparisons", () => {
    expect(partition(clusterProcesses(makeRecords([["Wohngeld"]])))).toEqual(["Wohngeld=row:002"]);
  });
});

describe("the strategy's default granularity (null)", () => {
  const model = buildClusterModel(records, { strategy: { kind: "text" } });

  it("resolves null to the model's own cut and checks a given one", () => {
    expect(resolveGranularity(model, null)).toBe(model.defaultGranularity);
    expect(resolveGranularity(model, 0.3)).toBe(0.3);
    expect(() => resolveGranularity(model, 1.5)).toThrow(RangeError);
  });

  it("cuts and counts at that default when given null or nothing", () => {
    const atDefault = cutClusterModel(model, model.defaultGranularity);
    expect(cutClusterModel(model, null)).toEqual(atDefault);
    expect(cutClusterModel(model)).toEqual(atDefault);
    expect(countClusters(model, null)).toBe(atDefault.clusters.length);
    expect(clusterProcesses(records, { strategy: { kind: "text" }, granularity: null }).granularity).toBe(
      model.defaultGranularity,
    );
  });
});
