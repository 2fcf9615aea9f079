import { BLANK_VALUE, type ClusterModel } from "./clusterModel";
import type { ModelRowSignals } from "./modelRowSignals";
import { withEmptyRows } from "./sparseRows";
import { DEFAULT_STOP_WORDS } from "./defaultStopWords";
import { DEFAULT_SYNONYMS } from "./defaultSynonyms";
import { isLeikaKey } from "./leikaVerrichtung";
import { normalizeWord } from "./normalizeName";
import type { ClusterOptions, ClusterStrategy, ProcessRecord } from "./types";
import { analyzeNames, type NameAnalysis } from "./internals/analyzeNames";
import { buildDendrogram } from "./internals/dendrogram";
import { buildLabelIndex } from "./internals/labelIndex";
import { autoMerges } from "./internals/autoMerges";
import { codeDistances, textDistances, type PairSignal } from "./internals/distanceMatrix";
import { nnChainAverage, type RawMerges } from "./internals/nnChainAverage";
import { tfidfVectors, type SparseRows } from "./internals/tfidfVectors";
import { blendRows } from "./internals/blendRows";
import { condensedRowBases } from "./internals/condensedIndex";
import { sliceRows } from "./internals/objectUnits";
import { readableCap, readableCut } from "./internals/readableCut";
import { readableAverageMerges } from "./internals/readableMerges";
import type { Catalogue, CatalogueEvidence, CatalogueMatch, TaskAreaPlacement } from "../catalogue/types";
import { present, sheetBereichValues } from "./bereiche/sheetBereich";
import { anchoredPlacement, taskAreaGroups } from "./bereiche/taskAreaGroups";
import { broadByName } from "./broadOzg";

/** Weight of whole-stem features next to character n-grams (cos = 0.7·n-gram + 0.3·stem). */
export const WORD_FEATURE_WEIGHT = 0.3;

/**
 * Default cuts (distance thresholds, = granularity). Text: merge while the average (phrase-adjusted)
 * cosine distance of two groups stays below 0.65, i.e. their names share roughly a third of their
 * weighted subject n-grams and stems. On the labelled benchmark the quality is flat between about
 * 0.6 and 0.75 (text) and 0.5 and 0.65 (auto; above 0.65 different LeiKa groups start to merge), so
 * these are not knife-edge choices.
 */
export const DEFAULT_GRANULARITY = {
  text: 0.65,
  auto: 0.65,
  leikaObject: 0.5,
  leikaGroup: 0.75,
  column: 0.5,
  subColumn: 0.25,
} as const;

/**
 * How much an equal subject phrase shrinks the name distance (text and auto): rows whose subject
 * words before the first procedure word are the same ("Kraftfahrzeug" in "Kraftfahrzeug Abmeldung
 * bei Halterwechsel" and "Kraftfahrzeug Meldung Verkauf") name the same service object, like an equal
 * LeiKa object; their details after the procedure word should not pull them apart. On the benchmark
 * equal phrases are 99 % pure with respect to the OZG bundle.
 */
export const SUBJECT_PHRASE_WEIGHT = 0.5;

/**
 * How much an equal structured value shrinks the name distance in the auto strategy (d · (1 − w)),
 * and how much a differing one raises it (d + (1 − d) · p). The LeiKa object (8 digits) is nearly
 * pure with respect to the OZG bundle (0.99), the group (5 digits) much less (0.48), so the object
 * counts most; different groups push names apart a little, since bundles rarely cross groups.
 * Objects are compared as units (see `autoMerges`): their weight only shrinks the distances of rows
 * inside one object, which merge before the object meets any other unit; their penalty is unused.
 * Lebenslage and Themenfeld are people's coarse subject groupings: sharing one says little, but a
 * cluster rarely spans two of them, so a difference pushes names apart. With the labelled file's two
 * columns B³-F1 rises from 0.647 to 0.680 (names) and from 0.676 to 0.698 (names + LeiKa key), flat
 * for weights 0.05–0.2 and penalties 0.3–0.8 (`npm run bench`).
 * The Fachanwendung is the motion's other level ("auf Fachanwendungs- oder Sachebene"): a cluster is
 * steered as one digitalisation unit, which one spanning two specialist applications is not. Rows of two
 * applications move apart like rows of two LeiKa groups (penalty 0.3: names 0.2 apart end 0.44 apart,
 * still one cluster), so the n/4 limit joins a stray process to a group of its own application first
 * ("Meldebescheinigung" (OK.EWO) went to "Personalausweis beantragen" (VOIS|PAS) and left "Reisepass
 * beantragen" alone). Not measured on people's groupings: no evaluation list and not the dev file has
 * the column (test: `fachanwendung.test.ts`); `--by spalte:Fachanwendung` clusters by it alone.
 */
export const AUTO_SIGNAL_WEIGHTS = {
  leikaObject: { weight: 0.7, penalty: 0 },
  leikaGroup: { weight: 0.2, penalty: 0.3 },
  ozg: { weight: 0.7, penalty: 0 },
  fachanwendung: { weight: 0.15, penalty: 0.3 },
  lebenslage: { weight: 0.1, penalty: 0.5 },
  themenfeld: { weight: 0.05, penalty: 0.3 },
} as const;

/**
 * Catalogue knowledge in the auto strategy (only with `ClusterOptions.catalogue`). `concept`: share of
 * the concept-space cosine in the blended similarity (cos = (1 − w)·cos_names + w·cos_concepts). The
 * catalogue links names that share no word (Waffenbesitzkarte / Jagdschein), but about half of the
 * links it adds are wrong, so at the cluster level it is the minor part. `ozg` and `lebenslage`: weak
 * shrink for rows whose confident catalogue matches share the OZG-Leistung or Lebenslage; no penalty,
 * since a wrong match must not split what the names join. `evidencePenalty`: names whose nearest
 * catalogue services lie in different Lebenslagen (`Catalogue.evidence`, a soft vote, not one match)
 * move apart by this share of their remaining distance times the votes' cosine distance — the penalty
 * a sheet's own Lebenslage column has (`AUTO_SIGNAL_WEIGHTS`), scaled by how much the votes disagree.
 * Blending the votes in as similarity instead shrank every distance within a Lebenslage alike and the
 * default threshold then merged far too much (dev file, catalogue on: B³-F1 0.794 → 0.40).
 * `ozgByKey`: rows placed through their own LeiKa key (not their name) have their OZG-Leistung for
 * certain, so on top of `ozg` they shrink to what a sheet's own OZG-Leistung column gives (0.8 · 0.4 ≈
 * 1 − 0.7) and rows of two such OZG-Leistungen move apart like two LeiKa groups (penalty 0.3). Dev file
 * with its keys, catalogue on: B³-F1 0.742 → 0.905 (without the penalty 0.809).
 * `ozgByName`: rows whose names are nearly as the catalogue writes a service (`nearlyAsWritten`) shrink
 * alike, but rows of two such OZG-Leistungen do not move apart: a name says which OZG-Leistung it is,
 * not that the list keeps OZG-Leistungen apart ("Waffenbesitzkarte beantragen" and "Jagdschein
 * verlängern" name two and often share a city's page). Each dev Themenfeld clustered alone, names only:
 * 0.81–0.96 → 0.84–0.98 (⚠ catalogue rows; so is any list in the catalogue's words, the catalogue ships
 * whole); with each name's last word (the Verrichtung) replaced by "beantragen" 0.73–0.86 → 0.80–0.88;
 * the hand-written lists −0.004 … +0.002. With the key's penalty as well the dev Themenfelder reached
 * 0.95–1.00, but the city's weapons and hunting licences fell apart.
 * `family`: rows whose names are nearest to words of one service family of the task areas
 * (`LEISTUNGSFAMILIEN`: Waffenbesitzkarte, Jagdschein and Munitionserwerb are "Waffen"; Sperrmüll,
 * Biotonne and Abfallkalender "Müllabfuhr") shrink like rows of one OZG-Leistung column of the sheet
 * (0.7): a family is the bundle a portal makes into one online service. Rows of two families move
 * apart a little (penalty 0.3: names 0.2 apart end 0.44 apart, still one cluster; 0.5 apart end 0.65,
 * on the edge), so that the n/4 limit joins a stray process to a group before it joins two families
 * ("Fischereischein" and "Waffenbesitzkarte"); a name near no family word keeps its name distance.
 * Penalty 0 → 0.3 on the twelve lists: −0.012 … +0.027 cluster B³-F1, on 7 of them up, +0.004 on
 * average (0.15: +0.001, 0.5: +0.003); the dev file's catalogue rows take no family. Rows whose OZG-Leistung is
 * known for certain (the sheet's column, their own LeiKa key) are bundled by that and take no family;
 * so are rows nearly equal to a catalogue service in a list written in the catalogue's words.
 * On the hand-written lists (`npm run bench:lists -- --katalog`) the cluster level rose by 0.07–0.15
 * B³-F1; weights 0.6 to 0.8 are alike.
 * `familyConcept`: share of the family's place in the concept space (`Catalogue.familyConcepts`, from the
 * family's own words, not from the list) in the similarity of two rows with families, next to names and
 * concepts: (1 − w) · d + w · (1 − cos of the two families). Applied as a graded pair signal (a table of
 * the families' cosines), not as a third blended block: the block is dense (about 40 of the 55
 * Lebenslagen per family) and made the model of 10,000 names take 14.1 s instead of 8.1 s; the table
 * costs nothing measurable (8.0 s), with the same results (mean 0.6476 blended, 0.6474 graded). The
 * n/4 limit makes the engine join families (a list of 370 names touches 130–200 of them; the people who
 * grouped the lists made 67–99 clusters), and which families it joins decides the cluster level: of the
 * row pairs in one cluster but two families only 16–41 % were in one cluster of the reference. Among
 * such pairs of one task area, the families' concept similarity tells the right ones better (AUC
 * 0.68–0.80 on the fifteen lists) than the rows' own concepts (0.64–0.72) or the engine's blend of
 * names and concepts (0.65–0.74). Weight 0 → 0.1 / 0.15 / 0.2 / 0.25: mean cluster B³-F1 over the
 * fifteen lists 0.643 → 0.647 / 0.648 / 0.647 / 0.646; on the five tuning lists 0.670 → 0.674 / 0.674 /
 * 0.673 / 0.672 (0.15 is the middle of that flat range), on the ten held-out lists +0.004 on average
 * (−0.004 … +0.018, seven up); on the two lists written after it, never tuned on, 0.661 → 0.673 and
 * 0.634 → 0.635. The Bereich level is unchanged (it follows the task areas).
 * `familyLeistung`: share of the families' OZG-Leistungen (`Catalogue.familyLeistungen`: their words
 * matched by name) in that family similarity, beside their concepts: cos = (1 − s) · cos_concepts +
 * s · cos_Leistungen. The concepts are the 55 Lebenslagen, coarse; two families whose words fall in one
 * OZG-Leistung ("Hundesteuer" and "Hunde": Hundehaltung) are closer than their Lebenslagen say. Among
 * pairs of two families of one task area, the sum tells right from wrong better than the concepts alone
 * on 12 of 17 lists (AUC +0.01 … +0.05). Share 0 / ⅓ / ½ / ⅔ / 1 on the five tuning lists: cluster
 * B³-F1 0.689 / 0.692 / 0.693 / 0.694 / 0.695, flat from ½ on, ½ taken (both sources alike); on the
 * twelve held-out lists 0.638 / 0.641 / 0.644 / 0.644 / 0.643 (½: nine up, two unchanged, one down: landratsamt
 * −0.007). Bereich unchanged. Matching the families' about 5,000 words costs 0.5 s once per catalogue.
 */
export const CATALOGUE_WEIGHTS = {
  concept: 0.3,
  family: { weight: 0.7, penalty: 0.3 },
  ozg: { weight: 0.2, penalty: 0 },
  ozgByKey: { weight: 0.6, penalty: 0.3 },
  ozgByName: { weight: 0.6, penalty: 0 },
  lebenslage: { weight: 0.1, penalty: 0 },
  evidencePenalty: 0.5,
  familyConcept: 0.15,
  familyLeistung: 0.5,
} as const;

/**
 * The families' place in the concept space as a graded pair signal (`CATALOGUE_WEIGHTS.familyConcept`):
 * the families the rows have, renumbered, with the cosine of every two of them.
 */
function familyProximity(
  families: Int32Array,
  familyConcepts: SparseRows,
  familyLeistungen: SparseRows,
  weight: number,
): PairSignal {
  // A family the concept space knows nothing about (no row) has no place in it: no code.
  const present = [...new Set(families)]
    .filter((f) => f >= 0 && (familyConcepts.indptr[f + 1] as number) > (familyConcepts.indptr[f] as number))
    .sort((a, b) => a - b);
  const codeOf = new Map(present.map((f, k) => [f, k] as const));
  const size = present.length;
  const values = new Float32Array(size * size);
  const concepts = sliceRows(familyConcepts, present);
  const leistungen = sliceRows(familyLeistungen, present);
  const share = CATALOGUE_WEIGHTS.familyLeistung;
  const conceptDistance = textDistances(concepts, []);
  const leistungDistance = textDistances(leistungen, []);
  const base = condensedRowBases(size);
  for (let x = 0; x < size; x++) {
    // A family's similarity with itself: 1 in each space it has a place in (an empty row has none).
    values[x * size + x] = (1 - share) * selfCosine(concepts, x) + share * selfCosine(leistungen, x);
    for (let y = x + 1; y < size; y++) {
      const at = (base[x] as number) + y;
      const similarity =
        (1 - share) * (1 - (conceptDistance[at] as number)) + share * (1 - (leistungDistance[at] as number));
      values[x * size + y] = similarity;
      values[y * size + x] = similarity;
    }
  }
  return {
    codes: Int32Array.from(families, (f) => codeOf.get(f) ?? -1),
    weight,
    penalty: 0,
    similarity: { size, values },
  };
}

/** Cosine of row `i` with itself: its squared norm (1 for a normalised row, 0 for an empty one). */
function selfCosine(rows: SparseRows, i: number): number {
  let sum = 0;
  for (let p = rows.indptr[i] as number; p < (rows.indptr[i + 1] as number); p++)
    sum += (rows.data[p] as number) ** 2;
  return sum;
}

/** A match through the row's own LeiKa key (14 digits or its 8-digit object), not through its name. */
function byLeikaKey(match: CatalogueMatch | undefined): boolean {
  return match !== undefined && match.via !== "name";
}

/** A match through the row's name, nearly as the catalogue writes it (`ANCHOR_NAME_SCORE`). */
function nearlyAsWritten(match: CatalogueMatch | undefined): boolean {
  return match !== undefined && match.via === "name" && match.score >= ANCHOR_NAME_SCORE;
}

export { BROAD_OZG_SERVICES } from "./broadOzg";

/**
 * The catalogue OZG-Leistung a row is bundled by: none for a broad one (`BROAD_OZG_SERVICES`) matched
 * by name. Through the row's own LeiKa key the OZG-Leistung is certain, and in a list written in the
 * catalogue's words (`catalogueWorded`, see `CATALOGUE_WORDED_SHARE`) it is the bundle people use: both
 * keep it (dev file, catalogue on ⚠: names only 0.918 with, 0.881 without).
 */
function bundleOzg(match: CatalogueMatch | undefined, catalogueWorded: boolean): string | undefined {
  if (match === undefined) return undefined;
  return broadByName(match) && !catalogueWorded ? undefined : match.ozgId;
}

function compareRecords(p: ProcessRecord, q: ProcessRecord): number {
  if (p.key !== q.key) return p.key < q.key ? -1 : 1;
  if (p.name !== q.name) return p.name < q.name ? -1 : 1;
  return p.index - q.index;
}

/** Codes for a per-row value: equal (normalised) values get equal codes, absent values −1. */
function codesOf(values: readonly (string | undefined)[]): Int32Array {
  const ids = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    const norm = v === undefined ? "" : normalizeWord(v).trim();
    if (norm === "") {
      codes[i] = -1;
      return;
    }
    let id = ids.get(norm);
    if (id === undefined) {
      id = ids.size;
      ids.set(norm, id);
    }
    codes[i] = id;
  });
  return codes;
}

/**
 * The row's subject phrase as a comparable key: distinct stems before the first procedure word that
 * follows a subject, sorted (so word order does not matter); undefined when the name has none.
 */
function subjectPhrase(row: NameAnalysis): string | undefined {
  const stems = row.subjects.filter((_, k) => row.roles[k] !== "detail");
  return stems.length === 0 ? undefined : [...new Set(stems)].sort().join(" ");
}

/** The row's first subject word (its stems joined), the document of the IDF; undefined if none. */
function leadWord(row: NameAnalysis): string | undefined {
  const stems = row.subjects.filter((_, k) => row.roles[k] === "lead");
  return stems.length === 0 ? undefined : stems.join(" ");
}

function cellValue(r: ProcessRecord, column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  return present(r.cells[column]) ?? BLANK_VALUE;
}

/** What the catalogue tells of the rows, for the auto strategy (only with `ClusterOptions.catalogue`). */
interface CatalogueKnowledge {
  readonly catalogue: Catalogue;
  /** The names' concept rows (`Catalogue.project`) and their nearest services' votes (`Catalogue.evidence`). */
  readonly concepts: SparseRows;
  readonly evidence: CatalogueEvidence;
  /** Each row's catalogue OZG-Leistung as `bundleOzg` gives it. */
  readonly bundles: readonly (string | undefined)[];
  /** Each row's service family, in a list of a town hall's services (else undefined). */
  readonly families: Int32Array | undefined;
}

/**
 * Merges of the auto strategy: names (blended with the catalogue's concepts when `knowledge` is given),
 * LeiKa objects as units, and the structured signals the sheet and the catalogue matches offer.
 * `namesOnly`: the sheet has no structured column, so auto is the text strategy and takes its cut.
 */
function autoStrategyMerges(
  vectors: SparseRows,
  phrase: PairSignal,
  leika: readonly (string | undefined)[],
  signals: readonly ModelRowSignals[],
  partition: PairSignal | undefined,
  knowledge: CatalogueKnowledge | undefined,
): { readonly merges: RawMerges; readonly namesOnly: boolean } {
  const w = AUTO_SIGNAL_WEIGHTS;
  const objects = codesOf(leika.map((k) => k?.slice(0, 8)));
  const structured: PairSignal[] = [
    { codes: codesOf(leika.map((k) => k?.slice(0, 5))), ...w.leikaGroup },
    { codes: codesOf(signals.map((s) => s.ozg)), ...w.ozg },
    { codes: codesOf(signals.map((s) => s.fachanwendung)), ...w.fachanwendung },
    { codes: codesOf(signals.map((s) => s.lebenslage)), ...w.lebenslage },
    { codes: codesOf(signals.map((s) => s.themenfeld)), ...w.themenfeld },
  ];
  const available = structured.filter((c) => c.codes.some((x) => x >= 0));
  const namesOnly = available.length === 0 && !objects.some((x) => x >= 0);
  let similar = vectors;
  if (knowledge !== undefined) {
    const { catalogue, bundles, families } = knowledge;
    const cw = CATALOGUE_WEIGHTS;
    similar = blendRows(vectors, knowledge.concepts, cw.concept);
    // First, so that it grades the blended name distance as a blended block would.
    if (families !== undefined)
      available.unshift(
        familyProximity(families, catalogue.familyConcepts, catalogue.familyLeistungen, cw.familyConcept),
      );
    available.push(
      { codes: codesOf(bundles), ...cw.ozg },
      {
        codes: codesOf(signals.map((s) => (byLeikaKey(s.catalogue) ? s.catalogue?.ozgId : undefined))),
        ...cw.ozgByKey,
      },
      {
        // A row without a match has a bundle only from its family's rows in a list written in the
        // catalogue's words (`familyBundles`): it joins them as they join each other.
        codes: codesOf(
          signals.map((s, i) =>
            nearlyAsWritten(s.catalogue) || s.catalogue === undefined ? bundles[i] : undefined,
          ),
        ),
        ...cw.ozgByName,
      },
      { codes: codesOf(signals.map((s) => s.catalogue?.lebenslage)), ...cw.lebenslage },
    );
    if (families !== undefined) available.push({ codes: families, ...cw.family });
  }
  // Last: the partition's penalty of 1 must not be shrunk again by a signal after it.
  if (partition !== undefined) available.push(partition);
  const disagreement =
    knowledge === undefined
      ? undefined
      : { rows: knowledge.evidence.lebenslagen, penalty: CATALOGUE_WEIGHTS.evidencePenalty };
  return {
    merges: autoMerges(
      similar,
      phrase,
      objects,
      w.leikaObject.weight,
      available,
      {
        base: namesOnly ? DEFAULT_GRANULARITY.text : DEFAULT_GRANULARITY.auto,
        cap: readableCap(signals.length),
      },
      disagreement,
    ),
    namesOnly,
  };
}

/** The structured values of one row the reasons and signals use (absent when the sheet lacks them). */
function rowSignals(
  r: ProcessRecord,
  leikaKey: string | undefined,
  match: CatalogueMatch | undefined,
  column: number | undefined,
  subColumn: number | undefined,
): ModelRowSignals {
  const s: { -readonly [K in keyof ModelRowSignals]: ModelRowSignals[K] } = {};
  if (leikaKey !== undefined) s.leikaKey = leikaKey;
  const ozgName = present(r.ozgName);
  if (ozgName !== undefined) s.ozgName = ozgName;
  const ozg = ozgName ?? present(r.ozgId);
  if (ozg !== undefined) s.ozg = ozg;
  const fach = present(r.fachanwendung);
  if (fach !== undefined) s.fachanwendung = fach;
  const lebenslage = present(r.lebenslage);
  if (lebenslage !== undefined) s.lebenslage = lebenslage;
  const theme = present(r.themenfeld);
  if (theme !== undefined) s.themenfeld = theme;
  const c = cellValue(r, column);
  if (c !== undefined) s.column = c;
  const sc = cellValue(r, subColumn);
  if (sc !== undefined) s.subColumn = sc;
  if (match !== undefined) s.catalogue = match;
  return s;
}

/** The strategy's default cut from `DEFAULT_GRANULARITY`: by level for LeiKa, by sub-column for columns. */
function defaultGranularity(strategy: ClusterStrategy): number {
  if (strategy.kind === "leika")
    return strategy.level === "object" ? DEFAULT_GRANULARITY.leikaObject : DEFAULT_GRANULARITY.leikaGroup;
  if (strategy.kind === "column")
    return strategy.subColumn === undefined ? DEFAULT_GRANULARITY.column : DEFAULT_GRANULARITY.subColumn;
  // The other kinds have an entry of their own name; a new kind without one does not compile. (An unknown
  // kind from outside has already been refused by the merge step's switch.)
  return DEFAULT_GRANULARITY[strategy.kind];
}

/**
 * Builds the cached clustering model: canonical row order, German text pipeline, distance matrix for
 * the strategy and the average-linkage dendrogram. Expensive (O(n²)); cut it with `cutClusterModel`.
 *
 * Distances per strategy (all in 0..1, so granularity = distance threshold everywhere):
 * - text: cosine distance of the TF-IDF name vectors, shrunk for an equal subject phrase
 *   (`SUBJECT_PHRASE_WEIGHT`);
 * - auto: LeiKa objects (all rows of one 8-digit key prefix) are compared as one unit by their
 *   centroid name vector, other rows alone; the text distance of the units is shrunk for equal LeiKa
 *   group, OZG-Leistung, Fachanwendung, Lebenslage and Themenfeld where both have them (and raised for
 *   different LeiKa groups, Lebenslagen and Themenfelder; `AUTO_SIGNAL_WEIGHTS`);
 *   with none of them it equals text;
 * - leika: 0 same key, 0.25 same object + Verrichtung (11 digits), 0.5 same object (8 digits), 0.75
 *   same group (5 digits), 1 otherwise; rows without a key are compared by name among themselves;
 * - column: 0 same value (and same sub value), 0.5 same value but different sub value, 1 otherwise.
 */
export function buildClusterModel(
  records: readonly ProcessRecord[],
  options: ClusterOptions = {},
): ClusterModel {
  const strategy: ClusterStrategy = options.strategy ?? { kind: "auto" };
  const sorted = [...records].sort(compareRecords);
  const n = sorted.length;
  const names = sorted.map((r) => r.name);
  const analysis = analyzeNames(
    names,
    options.synonyms ?? DEFAULT_SYNONYMS,
    options.stopWords ?? DEFAULT_STOP_WORDS,
    options.catalogue?.vocabulary ?? [],
  );
  // Document frequency over distinct leading subject words, not rows: a service listed with ten
  // Verrichtungen ("Ausbildungsförderung Bewilligung …", "… Rückforderung …") keeps its subject rare.
  const vectors = tfidfVectors(
    analysis.rows.map((r) => r.subjects),
    WORD_FEATURE_WEIGHT,
    undefined,
    codesOf(analysis.rows.map(leadWord)),
  );
  const leika = sorted.map((r) => (isLeikaKey(r.leikaKey) ? r.leikaKey : undefined));
  const column = strategy.kind === "column" ? strategy.column : undefined;
  const subColumn = strategy.kind === "column" ? strategy.subColumn : undefined;
  const catalogue = options.catalogue;
  const matches: (CatalogueMatch | undefined)[] = sorted.map((r, i) =>
    catalogue?.match({ name: r.name, ...(leika[i] !== undefined ? { leikaKey: leika[i] } : {}) }),
  );
  const concepts = catalogue?.project(names);
  const evidence = catalogue?.evidence(names);
  const signals = sorted.map((r, i) => rowSignals(r, leika[i], matches[i], column, subColumn));
  const nearlyCatalogue = signals.map(
    (s) => s.catalogue !== undefined && s.catalogue.score >= ANCHOR_NAME_SCORE,
  );
  const catalogueWorded = nearlyCatalogue.filter(Boolean).length >= CATALOGUE_WORDED_SHARE * n;
  const bundles = signals.map((s) => bundleOzg(s.catalogue, catalogueWorded));
  const anchors = signals.map((s, i) => anchorOf(s, leika[i], bundles[i]));

  const phrase: PairSignal = {
    codes: codesOf(analysis.rows.map(subjectPhrase)),
    weight: SUBJECT_PHRASE_WEIGHT,
    penalty: 0,
  };
  // The sheet's own Bereiche (a column the user keeps): rows of two of them are as far apart as rows
  // with nothing in common, so the similarity strategies merge them last, above every default cut.
  const bereichValues = sheetBereichValues(sorted, options.bereich);
  // Without such a column, the task areas the names belong to are the Bereiche (when the catalogue's
  // subject knowledge is on): like the user's own groups, no cluster spans two of them.
  // `auto` takes them for the auto strategy only (the other strategies keep their trees as without the
  // catalogue); asked for by name, every strategy gets them, and the similarity strategies nest in them.
  const wantsTaskAreas =
    options.bereich?.kind === "taskArea" ||
    (strategy.kind === "auto" && (options.bereich?.kind ?? "auto") === "auto");
  // Where the names lie among the task areas and their service families (with the catalogue only; a
  // list most of whose names fit none is no list of a town hall's services, see AUTO_TASK_AREA_SHARE).
  const areaPlacement =
    catalogue !== undefined && n > 0 && (wantsTaskAreas || strategy.kind === "auto")
      ? catalogue.taskAreas(
          names,
          // A row its anchor places (`anchoredPlacement`) keeps its nearest word: with its concepts left
          // out, the concept check never moves it. Dev file, catalogue on (⚠ catalogue rows): B³-F1 0.914
          // with the check on those rows, 0.922 without, as before the check; the lists +0.000 … +0.003.
          concepts === undefined ? undefined : withEmptyRows(concepts, (i) => anchors[i] !== undefined),
        )
      : undefined;
  const servicesList = areaPlacement !== undefined && placedShare(areaPlacement) >= AUTO_TASK_AREA_SHARE;
  const taskAreas =
    bereichValues === undefined &&
    wantsTaskAreas &&
    catalogue !== undefined &&
    areaPlacement !== undefined &&
    (servicesList || options.bereich?.kind === "taskArea")
      ? taskAreaGroups(
          anchoredPlacement(areaPlacement, codesOf(anchors)),
          catalogue.taskAreaNames,
          catalogue.taskAreaWords,
          [vectors, concepts, evidence?.lebenslagen, evidence?.themenfelder].filter(
            (space): space is SparseRows => space !== undefined,
          ),
        )
      : undefined;
  // A row whose OZG-Leistung is known for certain (the sheet's column, or its own LeiKa key) is
  // bundled by that, a finer bundle than a family guessed from its name; so is a row whose name is
  // nearly a catalogue service's, in a list written in the catalogue's words (CATALOGUE_WORDED_SHARE).
  const families =
    servicesList && areaPlacement !== undefined
      ? areaPlacement.families.map((f, i) =>
          knownOzg(signals[i]) || (catalogueWorded && nearlyCatalogue[i] === true) ? -1 : f,
        )
      : undefined;
  // In a list written in the catalogue's words its rows are bundled by their OZG-Leistungen, not by
  // families; a row the catalogue cannot place by name (one of procedure words only: "Außerbetriebsetzung")
  // then shares nothing with them. It takes the OZG-Leistung most rows of its family have, when at least
  // two share it (the motion's "Kfz-Anmeldung", "Kfz-Abmeldung", "Außerbetriebsetzung").
  const rowBundles =
    catalogueWorded && areaPlacement !== undefined
      ? familyBundles(areaPlacement.families, bundles, signals)
      : bundles;
  const familyNames = catalogue?.taskAreaFamilies ?? [];
  const rowSignalsWithFamily =
    families === undefined
      ? signals
      : signals.map((s, i) => {
          const family = familyNames[families[i] as number];
          return family === undefined ? s : { ...s, family };
        });
  const bySimilarity = strategy.kind === "auto" || strategy.kind === "text";
  const partition =
    bereichValues !== undefined ? codesOf(bereichValues) : bySimilarity ? taskAreas?.groupOf : undefined;
  const apart: PairSignal | undefined =
    partition === undefined ? undefined : { codes: partition, weight: 0, penalty: 1 };
  let merges: RawMerges;
  let namesOnly = false;
  switch (strategy.kind) {
    case "text":
      merges = readableAverageMerges(
        n,
        textDistances(vectors, apart === undefined ? [phrase] : [phrase, apart]),
        DEFAULT_GRANULARITY.text,
        readableCap(n),
      );
      break;
    case "auto": {
      const auto = autoStrategyMerges(
        vectors,
        phrase,
        leika,
        signals,
        apart,
        catalogue === undefined || concepts === undefined || evidence === undefined
          ? undefined
          : { catalogue, concepts, evidence, bundles: rowBundles, families },
      );
      namesOnly = auto.namesOnly;
      merges = auto.merges;
      break;
    }
    case "leika": {
      const levels = [14, 11, 8, 5].map((len) => codesOf(leika.map((k) => k?.slice(0, len))));
      merges = nnChainAverage(n, codeDistances(n, levels, [0, 0.25, 0.5, 0.75], textDistances(vectors, [])));
      break;
    }
    case "column": {
      const both = signals.map((s) =>
        subColumn === undefined ? s.column : `${s.column ?? ""}\u0000${s.subColumn ?? ""}`,
      );
      merges = nnChainAverage(
        n,
        codeDistances(n, [codesOf(both), codesOf(signals.map((s) => s.column))], [0, 0.5], null),
      );
      break;
    }
    default: {
      const never: never = strategy;
      throw new TypeError(`Unbekannte Strategie: ${JSON.stringify(never)}`);
    }
  }
  const dendrogram = buildDendrogram(n, merges);
  const headerOf = (c: number | undefined): string | undefined =>
    c === undefined ? undefined : (present(options.headers?.[c]) ?? `Spalte ${c + 1}`);
  const columnHeader = headerOf(column);
  const subColumnHeader = headerOf(subColumn);
  const base = namesOnly ? DEFAULT_GRANULARITY.text : defaultGranularity(strategy);
  // Similarity strategies get the readable cap; code and column strategies follow their structure.
  const byName = strategy.kind === "auto" || strategy.kind === "text";
  return {
    strategy,
    defaultGranularity: byName ? readableCut(dendrogram, base) : base,
    keys: sorted.map((r) => r.key),
    names,
    labels: buildLabelIndex(analysis, rowSignalsWithFamily, options.catalogue?.vocabulary),
    vectors,
    signals: rowSignalsWithFamily,
    ...(columnHeader !== undefined ? { columnHeader } : {}),
    ...(subColumnHeader !== undefined ? { subColumnHeader } : {}),
    dendrogram,
    ...(partition !== undefined ? { partition } : {}),
    ...(taskAreas !== undefined ? { taskAreas } : {}),
    ...(concepts !== undefined && catalogue !== undefined
      ? { concepts, conceptNames: catalogue.conceptNames, ...(evidence !== undefined ? { evidence } : {}) }
      : {}),
  };
}

/**
 * `auto` takes the task areas only when at least this share of the names fits one: a list of internal
 * processes ("Rechnungseingang buchen", "Urlaubsantrag", "Serverwartung") is not a list of a town
 * hall's services, and its chance matches would not make an overview of it. On the eleven evaluation
 * lists 96–99.7 % of the names fit an area (a typical word of an area or of one of its service families
 * meeting one of their words at a compound boundary); on a list of 16 internal processes written to
 * check this, 56 %. The rule sits between the two. Below it there are neither task areas nor families.
 */
const AUTO_TASK_AREA_SHARE = 0.8;

/**
 * A list is written in the catalogue's words when at least this share of its names nearly equal a
 * catalogue service's (match ≥ `ANCHOR_NAME_SCORE`): an inventory of LeiKa names (the sample, the dev
 * file: 100 %), not a portal's or an office's own wording (the eleven hand-written lists: 8–32 %; short
 * portal names such as "Sperrmüll anmelden" often match a service word for word: 56 % in the small town's
 * list of the tests). There a row's catalogue OZG-Leistung is the bundle, finer than its service family:
 * on the dev file, catalogue on, names only, B³-F1 0.797 with families for those rows, 0.885 without;
 * the sample's names 0.843 / 0.901 against its OZG-Leistung column. The hand-written lists are not
 * affected.
 */
const CATALOGUE_WORDED_SHARE = 0.75;

/**
 * `bundles` with each row that has no catalogue match given the OZG-Leistung most rows of its service
 * family (`families`, −1 = none) are bundled by, when at least two of them are (ties: the earlier row's).
 */
function familyBundles(
  families: readonly number[] | Int32Array,
  bundles: readonly (string | undefined)[],
  signals: readonly ModelRowSignals[],
): (string | undefined)[] {
  const counts = new Map<number, Map<string, number>>();
  bundles.forEach((bundle, i) => {
    const family = families[i] as number;
    if (bundle === undefined || family < 0) return;
    const inFamily = counts.get(family) ?? new Map<string, number>();
    inFamily.set(bundle, (inFamily.get(bundle) ?? 0) + 1);
    counts.set(family, inFamily);
  });
  return bundles.map((bundle, i) => {
    if (bundle !== undefined || signals[i]?.catalogue !== undefined) return bundle;
    let best: string | undefined;
    let bestCount = 1;
    for (const [value, count] of counts.get(families[i] as number) ?? []) {
      if (count > bestCount) [best, bestCount] = [value, count];
    }
    return best;
  });
}

/** Whether the row's OZG-Leistung is known for certain: a column of the sheet, or its own LeiKa key. */
function knownOzg(signal: ModelRowSignals | undefined): boolean {
  return signal?.ozg !== undefined || byLeikaKey(signal?.catalogue);
}

/** Share of the names the placement puts in a task area. */
function placedShare(placement: TaskAreaPlacement): number {
  const placed = placement.areas.reduce((count, area) => count + (area >= 0 ? 1 : 0), 0);
  return placement.areas.length === 0 ? 0 : placed / placement.areas.length;
}

/**
 * A name match this close to a catalogue service (its name nearly as written) anchors a row like a
 * LeiKa key. Weaker name matches do not: on the hand-written lists, anchoring every confident match
 * (≥ 0.5) lowered the held-out Bereiche by up to 0.025 B³-F1; at 0.85 they stay within ±0.01 and the
 * rows of one OZG-Leistung written as in the catalogue stay in one task area.
 */
const ANCHOR_NAME_SCORE = 0.85;

/**
 * What ties a row to others more firmly than its name's nearest typical word: the sheet's
 * OZG-Leistung, else the catalogue's OZG-Leistung known through the row's own LeiKa key (or a name
 * match of at least `ANCHOR_NAME_SCORE`) when it is the row's `bundle` (`bundleOzg`), else its LeiKa
 * object (the key's first 8 digits). Rows that share it go to one task area (`anchoredPlacement`).
 */
function anchorOf(
  signal: ModelRowSignals,
  leikaKey: string | undefined,
  bundle: string | undefined,
): string | undefined {
  if (signal.ozg !== undefined) return `s:${signal.ozg}`;
  const match = signal.catalogue;
  if (bundle !== undefined && (byLeikaKey(match) || nearlyAsWritten(match))) return `c:${bundle}`;
  return leikaKey === undefined ? undefined : `o:${leikaKey.slice(0, 8)}`;
}
