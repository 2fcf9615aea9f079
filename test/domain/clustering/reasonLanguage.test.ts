/**
 * The engine's reasons are messages: rendered in English they contain no German prose (only the user's
 * and the catalogue's words, which are data), rendered in German they read as they always did.
 */
import { buildBereichModel } from "../../../src/domain/clustering/bereiche/buildBereichModel";
import { withBereiche } from "../../../src/domain/clustering/bereiche/withBereiche";
import { buildClusterModel } from "../../../src/domain/clustering/buildClusterModel";
import { cutClusterModel } from "../../../src/domain/clustering/cutClusterModel";
import type {
  BereichSource,
  ClusterConstraints,
  ClusterResult,
  ClusterStrategy,
} from "../../../src/domain/clustering/types";
import { parseInventory } from "../../../src/domain/inventory/parseInventory";
import { renderMessage } from "../../../src/domain/messages/renderMessage";
import { clusteringMessages } from "../../../src/domain/messages/tables/clustering";
import type { Message, MessageParam } from "../../../src/domain/messages/types";
import { BUILTIN_SAMPLE } from "../../../src/sample/builtinSample";
import { shippedCatalogue } from "../catalogue/loadIndex";

const GERMAN_WORDS =
  /(?<!\p{L})(und|der|die|das|mit|gleiche[sr]?|gemeinsame|Begriffe|laut|über|ähnlich\p{L}*|Spalte|bei|von|nach|ohne|aus|Prozesse[n]?|alle|Angabe|Einzelprozess)(?!\p{L})/iu;

const sample = parseInventory({ values: BUILTIN_SAMPLE, firstRow: 1, firstColumn: 0 });
const column = (header: string): number => sample.headers.indexOf(header);

const STRATEGIES: readonly ClusterStrategy[] = [
  { kind: "auto" },
  { kind: "text" },
  { kind: "leika", level: "object" },
  { kind: "leika", level: "group" },
  { kind: "column", column: column("Fachbereich"), subColumn: column("Fachanwendung") },
  { kind: "column", column: column("OZG-Leistung") },
];
const BEREICH_SOURCES: readonly BereichSource[] = [
  { kind: "auto" },
  { kind: "themenfeld" },
  { kind: "lebenslage" },
  { kind: "taskArea" },
  { kind: "column", column: column("Fachbereich") },
  { kind: "cut" },
  { kind: "off" },
];

/** Every reason of a result: clusters, members, how the Bereiche were formed, Bereiche, placements. */
function reasonsOf(result: ClusterResult): Message[] {
  const out: Message[] = [];
  for (const cluster of result.clusters) out.push(cluster.reason, ...Object.values(cluster.memberReasons));
  const overview = result.overview;
  if (overview !== undefined) {
    out.push(overview.choice.why, ...overview.bereiche.map((b) => b.reason));
    out.push(...Object.values(overview.clusterReasons));
  }
  return out;
}

/**
 * The sample under every strategy, catalogue off and on, at the default, a fine and a coarse cut, with
 * every Bereich source, and with a locked and a pinned cluster. One model per strategy and catalogue
 * setting (as the pane keeps it), so the many cuts stay cheap.
 */
function sampleReasons(): Message[] {
  const records = sample.records;
  const headers = sample.headers;
  const decided: ClusterConstraints = {
    locked: [{ cluster: "Gesperrt", keys: [records[0]?.key ?? "", records[1]?.key ?? ""] }],
    pinned: [{ key: records[5]?.key ?? "", cluster: "Angeheftet" }],
  };
  const out: Message[] = [];
  for (const strategy of STRATEGIES)
    for (const catalogue of [undefined, shippedCatalogue()]) {
      const model = buildClusterModel(records, {
        strategy,
        headers,
        ...(catalogue === undefined ? {} : { catalogue }),
      });
      for (const granularity of [null, 0.2, 0.8]) {
        const cut = cutClusterModel(model, granularity);
        for (const source of BEREICH_SOURCES)
          out.push(
            ...reasonsOf(withBereiche(model, buildBereichModel(model, records, source, headers), cut)),
          );
      }
      out.push(...reasonsOf(cutClusterModel(model, null, decided)));
    }
  return out;
}

/** The user's (or catalogue's) words in a message: every string parameter, nested ones included. */
function dataOf(message: Message): string[] {
  const values: MessageParam[] = Object.values(message.params ?? {});
  return values.flatMap((value): string[] => {
    if (typeof value === "string") return [value];
    if (typeof value === "number") return [];
    if (Array.isArray(value)) return [...(value as readonly string[])];
    return dataOf(value as Message);
  });
}

/** English text with the user's data taken out (longest first, so a word inside a name goes with it). */
function englishProse(message: Message): string {
  let text = renderMessage(message, "en");
  for (const data of dataOf(message).sort((a, b) => b.length - a.length))
    if (data !== "") text = text.split(data).join("·");
  return text;
}

describe("the engine's reasons in the reader's language", () => {
  const reasons = sampleReasons();
  const distinct = [...new Map(reasons.map((m) => [JSON.stringify(m), m])).values()];

  it("covers many different reasons of the sample", () => {
    const codes = new Set<string>();
    const walk = (m: Message): void => {
      codes.add(m.code);
      for (const v of Object.values(m.params ?? {}))
        if (typeof v === "object" && !Array.isArray(v)) walk(v as Message);
    };
    distinct.forEach(walk);
    // Singletons, shared terms, LeiKa keys and objects, OZG, catalogue matches, columns, Bereiche, decisions.
    expect(codes.size).toBeGreaterThanOrEqual(30);
  });

  it("has no German prose in English, only the user's data", () => {
    const german = distinct
      .map((m) => ({ text: renderMessage(m, "en"), prose: englishProse(m) }))
      .filter(({ prose }) => GERMAN_WORDS.test(prose));
    expect(german).toEqual([]);
  });

  it("renders every code in both languages, with every placeholder filled", () => {
    for (const m of distinct)
      for (const language of ["de", "en"] as const) {
        const text = renderMessage(m, language);
        expect(text).not.toMatch(/\{\w+\}|cluster\.\w+/);
      }
  });
});

describe("the clustering table", () => {
  const filled = new Proxy({}, { get: () => "·" }) as Readonly<Record<string, string>>;
  const counts = [
    { votes: 1, size: 2, count: 1 },
    { votes: 2, size: 2, count: 2 },
    { votes: 1, size: 1, count: 3 },
  ];

  it("has English wording without German prose for every code, the sample's or not", () => {
    const german = Object.entries(clusteringMessages.en).flatMap(([code, template]) => {
      const texts =
        typeof template === "string"
          ? [template.replace(/\{\w+\}/g, "·")]
          : counts.map((n) => template(filled, n));
      return texts.filter((text) => GERMAN_WORDS.test(text)).map((text) => `${code}: ${text}`);
    });
    expect(german).toEqual([]);
  });
});

describe("reasons of the sample, word for word", () => {
  const headers = sample.headers;
  const run = (
    options: Parameters<typeof buildClusterModel>[1],
    granularity: number | null,
    source?: BereichSource,
  ) => {
    const bereich = source ?? { kind: "auto" };
    const model = buildClusterModel(sample.records, { headers, bereich, ...options });
    const bereiche = buildBereichModel(model, sample.records, bereich, headers);
    return withBereiche(model, bereiche, cutClusterModel(model, granularity));
  };
  const cluster = (result: ClusterResult, id: string) => result.clusters.find((c) => c.id === id);
  const both = (message: Message | undefined) =>
    message === undefined ? undefined : [renderMessage(message, "de"), renderMessage(message, "en")];

  it("reads as before in German (the CLI and the workbook) and in plain English in the pane", () => {
    const plain = run({}, null);
    expect(both(cluster(plain, "c:P-007")?.reason)).toEqual([
      "gleiches LeiKa-Objekt 99107001; gleiche OZG-Leistung Wohngeld; gleiche Fachanwendung DiWo; gemeinsame Begriffe: Wohngeld (alle)",
      "same LeiKa object 99107001; same OZG service Wohngeld; same application DiWo; shared terms: Wohngeld (all)",
    ]);
    expect(both(cluster(plain, "c:P-010")?.reason)).toEqual([
      "Einzelprozess: keine ausreichend ähnlichen Prozesse",
      "Single process: no sufficiently similar processes",
    ]);
    expect(both(plain.overview?.choice.why)).toEqual([
      "automatisch: aus der Spalte „Fachbereich / Amt / Team“ des Inventars (6 Werte)",
      "automatic: from the inventory's column “Fachbereich / Amt / Team” (6 values)",
    ]);
    expect(both(plain.overview?.clusterReasons["c:P-001"])).toEqual([
      "Fachbereich / Amt / Team: „Straßenverkehr“ (alle 4 Prozesse)",
      "Fachbereich / Amt / Team: “Straßenverkehr” (all 4 processes)",
    ]);
  });

  it("keeps the catalogue's and the columns' reasons word for word", () => {
    const withCatalogue = run({ catalogue: shippedCatalogue() }, null);
    expect(both(cluster(withCatalogue, "c:P-001")?.memberReasons["P-001"])).toEqual([
      "gleiches LeiKa-Objekt 99036012; gemeinsame Begriffe: Kraftfahrzeug; gleiche OZG-Leistung Fahrzeugzulassung; laut OZG-Katalog: OZG-Leistung „Zulassungsbescheinigung“, Lebenslage „Logistik & Transport“ (über das LeiKa-Objekt)",
      "same LeiKa object 99036012; shared terms: Kraftfahrzeug; same OZG service Fahrzeugzulassung; according to the OZG catalogue: OZG service “Zulassungsbescheinigung”, life event “Logistik & Transport” (matched by LeiKa object)",
    ]);
    // A coarse cut (Bereiche by subject, not the sheet's column) where the Wohngeld cluster takes in
    // a fourth process of another OZG-Leistung (and another Fachanwendung, which keeps it out up to 0.9).
    const coarse = run({ catalogue: shippedCatalogue() }, 0.95, { kind: "cut" });
    expect(both(cluster(coarse, "c:P-007")?.reason)).toEqual([
      "überwiegend OZG-Leistung Wohngeld (3 von 4); gemeinsame Begriffe: Wohngeld (3 von 4)",
      "mostly OZG service Wohngeld (3 of 4); shared terms: Wohngeld (3 of 4)",
    ]);
    // With the sheet's Fachbereich as Bereiche, the same cut keeps the cluster inside its Fachbereich.
    const nested = run({ catalogue: shippedCatalogue() }, 0.95);
    expect(both(nested.overview?.clusterReasons["c:P-007"])).toEqual([
      "Fachbereich / Amt / Team: „Soziales“ (alle 3 Prozesse)",
      "Fachbereich / Amt / Team: “Soziales” (all 3 processes)",
    ]);
    const byColumn = run(
      { strategy: { kind: "column", column: column("Fachbereich"), subColumn: column("Fachanwendung") } },
      null,
    );
    expect(both(cluster(byColumn, "c:P-001")?.reason)).toEqual([
      "gleiche Angabe in „Fachbereich“: Straßenverkehr und in „Fachanwendung“: OK.VORFAHRT",
      "same entry in “Fachbereich”: Straßenverkehr and in “Fachanwendung”: OK.VORFAHRT",
    ]);
    const lebenslage = run({ catalogue: shippedCatalogue() }, null, { kind: "lebenslage" });
    expect(both(lebenslage.overview?.choice.why)).toEqual([
      "Lebenslage laut OZG-Katalog",
      "Life event according to the OZG catalogue",
    ]);
  });
});
