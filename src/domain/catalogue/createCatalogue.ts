import { sparseRowsFrom, type SparseRows } from "../clustering/sparseRows";
import { genitiveBases, wholeWords } from "../clustering/labelLexicon";
import { catalogueWords, createGramSpace, queryWords } from "./internals/catalogueWords";
import { buildGramIndex, scoreAll, vectorOf, type GramIndex } from "./internals/gramIndex";
import { createTaskAreaIndex, type TaskAreaIndex } from "./internals/taskAreaIndex";
import { AUFGABENBEREICHE } from "./aufgabenbereiche";
import { LEISTUNGSFAMILIEN, type Leistungsfamilie } from "./leistungsfamilien";
import type {
  Catalogue,
  CatalogueData,
  CatalogueEvidence,
  CatalogueMatch,
  CatalogueMatchVia,
  CatalogueQuery,
} from "./types";

/**
 * "Sichere Zuordnung": the least score a match needs to be attached to a row. For names it is the
 * cosine of the character n-grams of the subject words with the closest catalogue service or
 * OZG-Leistung name: at 0.5 about half of the weighted n-grams agree, i.e. the same subject word with
 * another ending or one of two subject words in common ("Waffenschein" ~ "Waffenbesitzkarte" does not
 * reach it, "Waffenbesitzkarte beantragen" ~ "Waffenbesitzkarte Erteilung" does). For an 8-digit LeiKa
 * object it is the share of the object's services in the chosen OZG-Leistung (a majority).
 */
export const CATALOGUE_MATCH_THRESHOLD = 0.5;

/** Concepts kept per name in the concept space (explicit semantic analysis), as in the prototype. */
export const CONCEPTS_PER_NAME = 10;

/**
 * Catalogue services that vote for a name's Lebenslage and Themenfeld in `evidence`, each with the
 * square of its n-gram cosine (so the close ones count most). Ten is the usual k of a kNN vote and was
 * fixed before measuring; on the evaluation lists 5, 10 and 20 give Bereiche within ±0.02 B³-F1.
 */
export const EVIDENCE_NEIGHBOURS = 10;

/** The Lebenslage's own name counts this many times in its concept document (services once). */
const CONCEPT_NAME_REPEAT = 2;

interface Leistung {
  readonly ozgId: string;
  readonly name: string;
  readonly lebenslage: string;
  readonly themenfeld: string;
  readonly lage: number;
  /** How many of the catalogue's LeiKa services the OZG-Leistung bundles. */
  readonly services: number;
}

function checkData(data: CatalogueData): void {
  if (data === null || typeof data !== "object" || data.version !== 1) {
    throw new TypeError("Der OZG-Katalog hat ein unbekanntes Format (erwartet: Version 1).");
  }
}

/**
 * Builds the runtime catalogue from its plain index data (see `CatalogueData`): key tables for LeiKa
 * keys and objects, an n-gram retrieval index over service and OZG-Leistung names, and the concept
 * documents of the Lebenslagen (each Lebenslage's name twice plus all its services' names) for
 * `project`. Pure and deterministic; about 5,000 services take well under a second.
 * @throws TypeError when the data is not a version-1 index.
 */
export function createCatalogue(data: CatalogueData): Catalogue {
  checkData(data);
  // Each OZG-Leistung's services in index order: a name that matches a Leistung best cites one of them.
  const servicesByLeistung: number[][] = data.leistungen.map(() => []);
  data.services.forEach(([, , l], s) => servicesByLeistung[l]?.push(s));
  const leistungen: Leistung[] = data.leistungen.map(([ozgId, name, lage], l) => {
    const [lebenslage, theme] = data.lebenslagen[lage] ?? ["", -1];
    const services = servicesByLeistung[l]?.length ?? 0;
    return { ozgId, name, lebenslage, themenfeld: data.themenfelder[theme] ?? "", lage, services };
  });
  const { byKey, byObject } = keyTables(data);
  const space = createGramSpace();
  const serviceCount = data.services.length;
  const conceptNames = data.lebenslagen.map(([name]) => name);
  const { serviceDocs, leistungDocs, conceptDocs } = documentsOf(data, leistungen, conceptNames, space);
  const retrieval = buildGramIndex([...serviceDocs, ...leistungDocs], space.size());
  const concepts = buildGramIndex(conceptDocs, space.size());
  // What a name is looked up by: its query words (`queryWords`, words without spaces) joined by spaces.
  // Names that differ only in what the lookup ignores (numbers, function words: "Bewohnerparkausweis 82")
  // score alike, so their results are computed once; and a row's key is made once for all lookups.
  const keys = new Map<string, string>();
  const lookupKey = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      if (keys.size >= KEY_MEMO_SIZE) keys.clear();
      key = queryWords(name).join(" ");
      keys.set(name, key);
    }
    return key;
  };
  const gramsOf = (name: string): number[] => {
    const key = lookupKey(name);
    return key === "" ? [] : space.ids(key.split(" "), false);
  };
  // One zeroed scratch for every query (vectorOf leaves it zeroed): allocating one per row cost more
  // than the matching itself.
  const scratch = new Float64Array(space.size());
  const vocabulary = vocabularyOf([
    ...data.themenfelder,
    ...conceptNames,
    ...leistungen.map((l) => l.name),
    ...data.services.map(([, name]) => name),
    // Task areas name Bereiche and service families clusters, so their words are known words like the
    // catalogue's concept names.
    ...AUFGABENBEREICHE.map((area) => area.name),
    ...LEISTUNGSFAMILIEN.flat().map((family) => family.name),
  ]);

  const toMatch = (s: number, leistung: number, via: CatalogueMatchVia, score: number): CatalogueMatch => {
    const l = leistungen[leistung] as Leistung;
    return {
      ozgId: l.ozgId,
      ozgLeistung: l.name,
      lebenslage: l.lebenslage,
      themenfeld: l.themenfeld,
      via,
      score,
      serviceName: data.services[s]?.[1] ?? l.name,
      ozgServices: l.services,
    };
  };
  const scores = new Float64Array(retrieval.docs);
  // Nearest services of the names scored last (for `evidence`): `match` and `evidence` run over the same
  // names when a model is built, and scoring is most of their cost. Bounded; results never depend on it.
  const neighbourMemo = new Map<string, Neighbours>();
  const scoreName = (name: string, remember: boolean): void => {
    scores.fill(0);
    scoreAll(retrieval, vectorOf(retrieval.idf, gramsOf(name), scratch), scores);
    if (!remember) return;
    if (neighbourMemo.size >= NEIGHBOUR_MEMO_SIZE) neighbourMemo.clear();
    neighbourMemo.set(lookupKey(name), nearestServices(scores, serviceCount));
  };
  const neighboursOf = (name: string): Neighbours => {
    const key = lookupKey(name);
    const known = neighbourMemo.get(key);
    if (known !== undefined) return known;
    scoreName(name, true);
    return neighbourMemo.get(key) ?? [];
  };
  /** `remember`: keep the name's nearest services for `evidence` (a row's name; not a family's word). */
  const byName = (name: string, remember = true): CatalogueMatch | undefined => {
    scoreName(name, remember);
    const best = argmax(scores, 0, scores.length);
    const score = Math.min(1, scores[best] ?? 0);
    if (!(score >= CATALOGUE_MATCH_THRESHOLD)) return undefined;
    if (best < serviceCount) return toMatch(best, data.services[best]?.[2] ?? 0, "name", score);
    // An OZG-Leistung's name matched best: cite its closest service.
    const leistung = best - serviceCount;
    let service = -1;
    for (const s of servicesByLeistung[leistung] ?? []) {
      if (service < 0 || (scores[s] as number) > (scores[service] as number)) service = s;
    }
    return toMatch(service, leistung, "name", score);
  };

  // Built on first use: the worker is ready sooner, and inventories with a grouping column never need it.
  let taskAreaIndex: TaskAreaIndex | undefined;
  const taskAreas = (): TaskAreaIndex => (taskAreaIndex ??= createTaskAreaIndex());
  const project = (names: readonly string[]): SparseRows =>
    projectNames(concepts, conceptNames, names, lookupKey, gramsOf, scratch);
  let familyConcepts: SparseRows | undefined;
  const familyRows = (): SparseRows =>
    (familyConcepts ??= meanRows(
      LEISTUNGSFAMILIEN.flat().map((family) => project(familyPhrases(family))),
      conceptNames,
    ));
  // Each family's words matched by name (about 5,000 words, 0.5 s): built on first use only.
  let familyLeistungen: SparseRows | undefined;
  const familyLeistungRows = (): SparseRows => {
    if (familyLeistungen !== undefined) return familyLeistungen;
    const indexOf = new Map(leistungen.map((l, k) => [l.ozgId, k] as const));
    const ids = leistungen.map((l) => l.ozgId);
    // A word several families hold is matched once.
    const matches = new Map<string, CatalogueMatch | undefined>();
    const matchOf = (phrase: string): CatalogueMatch | undefined => {
      if (!matches.has(phrase)) matches.set(phrase, byName(phrase, false));
      return matches.get(phrase);
    };
    familyLeistungen = meanRows(
      LEISTUNGSFAMILIEN.flat().map((family) => {
        const matched = familyPhrases(family).flatMap((phrase) => {
          const m = matchOf(phrase);
          const k = m === undefined ? undefined : indexOf.get(m.ozgId);
          return k === undefined || m === undefined ? [] : [[k, m.score] as const];
        });
        return sparseRowsFrom(matched, ids, ([k, score]) => [[k, score] as const]);
      }),
      ids,
    );
    return familyLeistungen;
  };
  return {
    vocabulary,
    conceptNames,
    taskAreaNames: AUFGABENBEREICHE.map((area) => area.name),
    get taskAreaWords() {
      return taskAreas().words;
    },
    get taskAreaFamilies() {
      return taskAreas().families;
    },
    get familyConcepts() {
      return familyRows();
    },
    get familyLeistungen() {
      return familyLeistungRows();
    },
    taskAreas: (names, rows = project(names)) => {
      const families = familyRows();
      const dense = new Float64Array(conceptNames.length);
      let filled = -1;
      // The cosine of name i's concepts with a family's: name i's row spread out once, as the names are
      // placed in order.
      // Two rows with the same concept entries agree alike with every family.
      const rowKey = (i: number): string => {
        const from = rows.indptr[i] as number;
        const to = rows.indptr[i + 1] as number;
        return `${rows.indices.subarray(from, to).join(",")}:${rows.data.subarray(from, to).join(",")}`;
      };
      return taskAreas().place(
        names,
        (i, family) => {
          if (filled !== i) {
            dense.fill(0);
            for (let p = rows.indptr[i] as number; p < (rows.indptr[i + 1] as number); p++)
              dense[rows.indices[p] as number] = rows.data[p] as number;
            filled = i;
          }
          let dot = 0;
          for (let p = families.indptr[family] as number; p < (families.indptr[family + 1] as number); p++)
            dot += (families.data[p] as number) * (dense[families.indices[p] as number] as number);
          return dot;
        },
        rowKey,
      );
    },
    match(query: CatalogueQuery): CatalogueMatch | undefined {
      const key = query.leikaKey?.replace(/\s+/g, "");
      if (key !== undefined && /^\d{14}$/.test(key)) {
        const exact = byKey.get(key);
        if (exact !== undefined) return toMatch(exact, data.services[exact]?.[2] ?? 0, "leikaKey", 1);
        const object = objectMatch(byObject.get(key.slice(0, 8)), data);
        if (object !== undefined && object.share >= CATALOGUE_MATCH_THRESHOLD) {
          return toMatch(object.service, object.leistung, "leikaObject", object.share);
        }
      }
      return byName(query.name);
    },
    project,
    evidence: (names) => nearestServiceVotes(names.map(neighboursOf), data),
  };
}

/** A name's nearest catalogue services: [service index, vote weight = cosine²]. */
type Neighbours = readonly (readonly [number, number])[];

/** Names whose nearest services `createCatalogue` remembers between `match` and `evidence`. */
const NEIGHBOUR_MEMO_SIZE = 20_000;
/** Names whose lookup key `createCatalogue` remembers (about 100 bytes each). */
const KEY_MEMO_SIZE = 100_000;

function nearestServices(scores: Float64Array, serviceCount: number): Neighbours {
  return topPositive(scores.subarray(0, serviceCount), EVIDENCE_NEIGHBOURS).map(
    (s) => [s, (scores[s] as number) ** 2] as const,
  );
}

/** Votes of each name's nearest services (service index, weight) over Lebenslagen and Themenfelder. */
function nearestServiceVotes(neighbours: readonly Neighbours[], data: CatalogueData): CatalogueEvidence {
  const lageOf = (s: number): number => data.leistungen[data.services[s]?.[2] ?? -1]?.[2] ?? -1;
  const themeOf = (s: number): number => data.lebenslagen[lageOf(s)]?.[1] ?? -1;
  const votes = (level: (s: number) => number, features: readonly string[]): SparseRows =>
    sparseRowsFrom(neighbours, features, (list) => {
      const acc = new Map<number, number>();
      for (const [s, w] of list) if (level(s) >= 0) acc.set(level(s), (acc.get(level(s)) ?? 0) + w);
      const entries = [...acc].sort((p, q) => p[0] - q[0]);
      const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0));
      return entries.map(([f, w]) => [f, w / norm] as const);
    });
  return {
    lebenslagen: votes(
      lageOf,
      data.lebenslagen.map(([name]) => name),
    ),
    themenfelder: votes(themeOf, data.themenfelder),
  };
}

/** LeiKa key → service, and LeiKa object (the key's first 8 digits) → its services. */
function keyTables(data: CatalogueData): { byKey: Map<string, number>; byObject: Map<string, number[]> } {
  const byKey = new Map<string, number>();
  const byObject = new Map<string, number[]>();
  data.services.forEach(([key], s) => {
    if (key === "") return;
    byKey.set(key, s);
    const list = byObject.get(key.slice(0, 8)) ?? [];
    list.push(s);
    byObject.set(key.slice(0, 8), list);
  });
  return { byKey, byObject };
}

/**
 * Retrieval documents (every service name, then every OZG-Leistung name) and the concept documents (a
 * Lebenslage's name `CONCEPT_NAME_REPEAT` times plus its services' names), as gram ids of `space`.
 */
function documentsOf(
  data: CatalogueData,
  leistungen: readonly Leistung[],
  conceptNames: readonly string[],
  space: ReturnType<typeof createGramSpace>,
): { serviceDocs: number[][]; leistungDocs: number[][]; conceptDocs: number[][] } {
  const serviceDocs = data.services.map(([, name]) => space.ids(catalogueWords(name), true));
  const leistungDocs = leistungen.map((l) => space.ids(catalogueWords(l.name), true));
  const conceptDocs = conceptNames.map((name) => {
    const words = catalogueWords(name);
    const doc: number[] = [];
    for (let k = 0; k < CONCEPT_NAME_REPEAT; k++) space.ids(words, true, doc);
    return doc;
  });
  data.services.forEach(([, , l], s) => {
    const doc = conceptDocs[leistungen[l]?.lage ?? -1];
    if (doc !== undefined) for (const id of serviceDocs[s] ?? []) doc.push(id);
  });
  return { serviceDocs, leistungDocs, conceptDocs };
}

/**
 * Every normalised whole word of the catalogue's names: not the truncated first parts of "Liefer- und
 * Dienstleistungen" or "Straf- oder Bußgeldakte", which are no words of their own (a label showing
 * "Liefer" would be a fragment); and the base of each genitive the names mark ("Baubeginn" of "Anzeige
 * des Baubeginns"), so an inventory's "Baubeginnsanzeige" is labelled "Baubeginn".
 */
function vocabularyOf(names: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const name of names) {
    for (const w of wholeWords(name)) vocabulary.add(w);
    for (const w of genitiveBases(name)) vocabulary.add(w);
  }
  return vocabulary;
}

function argmax(values: Float64Array, from: number, to: number): number {
  let best = from;
  for (let i = from + 1; i < to; i++) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

/** The OZG-Leistung most services of an 8-digit LeiKa object belong to, its share, and its first service. */
function objectMatch(
  services: readonly number[] | undefined,
  data: CatalogueData,
): { readonly leistung: number; readonly share: number; readonly service: number } | undefined {
  if (services === undefined || services.length === 0) return undefined;
  const counts = new Map<number, number>();
  for (const s of services) {
    const l = data.services[s]?.[2] ?? 0;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let leistung = -1;
  let most = 0;
  for (const [l, c] of counts) if (c > most || (c === most && l < leistung)) [leistung, most] = [l, c];
  // Services are in key order, so the first one of the Leistung is the object's basic service.
  const service = services.find((s) => data.services[s]?.[2] === leistung) ?? services[0] ?? 0;
  return { leistung, share: most / services.length, service };
}

/**
 * The `k` indices (concepts, services) with the highest positive score (ties: the lower index), in index order. One pass
 * with a short sorted list instead of sorting every concept per name: at 50,000 names that sort and its
 * arrays took about 1 s of the report (`npm run bench:report-stages`).
 */
function topPositive(scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  // The k-th best score so far (0 until k are kept): most scores fall at or below it, and one
  // comparison with a local is all they cost (the list's lookup per score was most of the time).
  let threshold = 0;
  for (let c = 0; c < scores.length; c++) {
    const s = scores[c] as number;
    if (!(s > threshold) && (best.length === k || !(s > 0))) continue;
    let at = best.length;
    while (at > 0 && (scores[best[at - 1] as number] as number) < s) at--;
    best.splice(at, 0, c);
    if (best.length > k) best.pop();
    if (best.length === k) threshold = scores[best[k - 1] as number] as number;
  }
  return best.sort((p, q) => p - q);
}

/** Explicit semantic analysis of names onto the concept documents, top `CONCEPTS_PER_NAME` kept. */
function projectNames(
  index: GramIndex,
  conceptNames: readonly string[],
  names: readonly string[],
  keyOf: (name: string) => string,
  gramsOf: (name: string) => readonly number[],
  scratch: Float64Array,
): SparseRows {
  const scores = new Float64Array(index.docs);
  // Names with the same lookup key have the same grams, so the same row.
  const rows = new Map<string, readonly (readonly [number, number])[]>();
  return sparseRowsFrom(names, conceptNames, (name) => {
    const key = keyOf(name);
    const known = rows.get(key);
    if (known !== undefined) return known;
    scores.fill(0);
    scoreAll(index, vectorOf(index.idf, gramsOf(name), scratch), scores);
    const top = topPositive(scores, CONCEPTS_PER_NAME);
    const norm = Math.sqrt(top.reduce((s, c) => s + (scores[c] as number) ** 2, 0));
    const row = top.map((c) => [c, (scores[c] as number) / norm] as const);
    rows.set(key, row);
    return row;
  });
}

/** A family's name and its words, each a phrase of its own ("Waffen", "Waffenbesitzkarte", "WBK" …). */
function familyPhrases(family: Leistungsfamilie): string[] {
  return [family.name, ...family.words.split(",")].map((w) => w.trim()).filter((w) => w !== "");
}

/** One row per block: the L2-normalised sum of the block's rows (an empty block gives an empty row). */
function meanRows(blocks: readonly SparseRows[], features: readonly string[]): SparseRows {
  return sparseRowsFrom(blocks, features, (block) => {
    const sum = new Map<number, number>();
    for (let p = 0; p < block.indices.length; p++) {
      const f = block.indices[p] as number;
      sum.set(f, (sum.get(f) ?? 0) + (block.data[p] as number));
    }
    let norm = 0;
    for (const v of sum.values()) norm += v * v;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return [...sum].sort(([p], [q]) => p - q).map(([f, v]) => [f, v * scale] as const);
  });
}
