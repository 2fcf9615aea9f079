import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";
import type { ClusterModel } from "../clusterModel";
import { BLANK_VALUE } from "../clusterModel";
import { composeLabel, fitLabel, MAX_LABEL_LENGTH, wordList } from "../labelWords";
import { rankByCount } from "./formatGerman";
import type { DescribeScratch, Dominant } from "./describeTypes";
import type { FactKind } from "./labelIndex";
import { joinReasons } from "./joinReasons";
import { mostFrequentCode } from "./objectUnits";
import { describeMembers, PARTS_ONLY_REASON } from "./memberReasons";
import { memberSimilarity } from "./memberSimilarity";
import { broadByName } from "../broadOzg";
import { normalizeWord } from "../normalizeName";

/** Label and reasons of one cluster. @internal */
export interface ClusterDescription {
  readonly label: string;
  readonly reason: Message;
  /** Parallel to the members passed in. */
  readonly memberReasons: readonly Message[];
  /** Label variants with a distinguishing word, best first, for when `label` is taken (computed on call). */
  readonly alternatives: () => readonly string[];
  /** A loose collection (see `isLoose`): its reason asks the reviewer to check it. */
  readonly loose: boolean;
}

export const SINGLETON_REASON: Message = msg("cluster.singleton");
/** Reason of a member of a small loose collection that shares nothing with the others. */
const NOTHING_SHARED_REASON: Message = msg("cluster.sharesNothing");
const MAX_PROCEDURES = 3;
const MAX_TERMS = 3;
/**
 * A cluster is mixed when its most frequent subject word is in fewer than this share of its names, or
 * when no subject word is in two of them (a pair or a three with nothing in common). A Bereich is
 * mixed by the same share (`buildBereichModel`). @internal
 */
export const MIXED_SHARE = 1 / 3;
/**
 * A mixed cluster of at least this many members without a shared subject is a loose collection; a
 * smaller one only when its names share not even a piece of a word (`sharedWordPiece`).
 */
const LOOSE_MIN_SIZE = 4;

/** The value all members share, if they all have one and it is the same. */
function shared(values: readonly (string | undefined)[]): string | undefined {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

/** Buffers sized for the model. @internal */
export function createDescribeScratch(model: ClusterModel): DescribeScratch {
  const l = model.labels;
  return {
    vector: new Float64Array(model.vectors.features.length),
    features: new Int32Array(model.vectors.features.length),
    stems: new Int32Array(l.stems.length),
    words: new Int32Array(l.words.length),
    procedures: new Int32Array(l.procedures.length),
    verrichtungen: new Int32Array(l.verrichtungen.length),
  };
}

/**
 * Ids ranked by count (descending), ties in code-point order of their keys, as `rankByCount` does
 * for strings; only ids whose count passes `keep(count, maxCount)` are ranked (a label needs the top
 * few, and sorting every term of a big cluster would dominate a cut). Resets the counts of all given
 * ids to zero.
 */
function rankIds(
  ids: readonly number[],
  counts: Int32Array,
  keys: readonly string[],
  keep: (count: number, max: number) => boolean = () => true,
): [number, number][] {
  let max = 0;
  for (const id of ids) max = Math.max(max, counts[id] as number);
  const ranked: [number, number][] = [];
  for (const id of ids) {
    const c = counts[id] as number;
    // A zeroed count (a word set aside, e.g. one most rows share) is not in the ranking.
    if (c > 0 && keep(c, max)) ranked.push([id, c]);
    counts[id] = 0;
  }
  return ranked.sort((p, q) => {
    if (p[1] !== q[1]) return q[1] - p[1];
    const a = keys[p[0]] ?? "";
    const b = keys[q[0]] ?? "";
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** The top id of `rankIds` without ranking the rest (−1 when `ids` is empty); resets the counts. */
function topId(ids: readonly number[], counts: Int32Array, keys: readonly string[]): number {
  let best = -1;
  let bestCount = 0;
  for (const id of ids) {
    const c = counts[id] as number;
    counts[id] = 0;
    if (c > bestCount || (c === bestCount && (keys[id] ?? "") < (keys[best] ?? ""))) {
      best = id;
      bestCount = c;
    }
  }
  return best;
}

/** Counts ids of the members' CSR lists into `counts`; returns the ids touched. */
function countIds(
  members: readonly number[],
  ptr: Int32Array,
  ids: Int32Array,
  counts: Int32Array,
  select?: (p: number) => boolean,
): number[] {
  const touched: number[] = [];
  for (const i of members) {
    for (let p = ptr[i] as number; p < (ptr[i + 1] as number); p++) {
      if (select !== undefined && !select(p)) continue;
      const id = ids[p] as number;
      if (counts[id] === 0) touched.push(id);
      counts[id] = (counts[id] as number) + 1;
    }
  }
  return touched;
}

/**
 * Display form of a stem: the members' most frequent written word with that stem. Computed on demand
 * (a label needs only a handful of stems) and cached per cluster.
 */
function stemSurfaces(
  model: ClusterModel,
  members: readonly number[],
  scratch: DescribeScratch,
): (stem: number) => string {
  const l = model.labels;
  const cache = new Map<number, string>();
  return (stem) => {
    let out = cache.get(stem);
    if (out === undefined) {
      const touched = countIds(members, l.termPtr, l.termWord, scratch.words, (p) => l.termStem[p] === stem);
      out = l.wordDisplay[topId(touched, scratch.words, l.words)] ?? "";
      cache.set(stem, out);
    }
    return out;
  };
}

/**
 * Display form of the whole word a stem's terms were taken from ("Baugenehmigung" for "Bau"): the
 * members' most frequent one. Cached per cluster.
 */
function tokenSurfaces(
  model: ClusterModel,
  members: readonly number[],
  scratch: DescribeScratch,
  surfaceOfStem: (stem: number) => string,
): (stem: number) => string {
  const l = model.labels;
  const cache = new Map<number, string>();
  return (stem) => {
    let out = cache.get(stem);
    if (out === undefined) {
      // A term some member writes as a word of its own is shown as that word ("Grundsteuer").
      let alone = false;
      const touched = countIds(members, l.termPtr, l.termToken, scratch.words, (p) => {
        if (l.termStem[p] !== stem) return false;
        if (l.termToken[p] === l.termWord[p]) alone = true;
        return true;
      });
      const token = topId(touched, scratch.words, l.words);
      out = alone ? surfaceOfStem(stem) : (l.wordDisplay[token] ?? "");
      cache.set(stem, out);
    }
    return out;
  };
}

/** The value of a fact all members share (same code, present everywhere). */
function sharedFact(model: ClusterModel, members: readonly number[], kind: FactKind): string | undefined {
  const fact = model.labels.facts[kind];
  const first = fact.codes[members[0] as number] as number;
  if (first < 0) return undefined;
  for (const i of members) if (fact.codes[i] !== first) return undefined;
  return fact.values[first];
}

/** Share of members a value must have to name the cluster ("mostly one OZG-Leistung"). */
export const DOMINANT_SHARE = 2 / 3;

/** A fact's most frequent value among the members with its count (ties: lower code). */
function topFact(model: ClusterModel, members: readonly number[], kind: FactKind): Dominant | undefined {
  const fact = model.labels.facts[kind];
  const { code, count } = mostFrequentCode(fact.codes, members);
  return code < 0 ? undefined : { kind, code, value: fact.values[code] ?? "", count };
}

/** Structured facts shared by all members, in the words of the auto/leika reasons. */
function sharedFacts(model: ClusterModel, members: readonly number[], ozg: Dominant | undefined): Message[] {
  const facts: Message[] = [];
  const key = sharedFact(model, members, "object");
  const group = sharedFact(model, members, "group");
  if (key !== undefined) facts.push(msg("cluster.sameLeikaObject", { value: key }));
  else if (group !== undefined) facts.push(msg("cluster.sameLeikaGroup", { value: group }));
  if (ozg !== undefined) facts.push(ozgFact(ozg, members.length));
  const fach = sharedFact(model, members, "fachanwendung");
  if (fach !== undefined) facts.push(msg("cluster.sameFachanwendung", { value: fach }));
  // The coarse groupings only when nothing more specific is shared.
  const lebenslage = sharedFact(model, members, "lebenslage");
  const theme = sharedFact(model, members, "themenfeld");
  if (facts.length === 0 && lebenslage !== undefined)
    facts.push(msg("cluster.sameLebenslage", { value: lebenslage }));
  else if (facts.length === 0 && theme !== undefined)
    facts.push(msg("cluster.sameThemenfeld", { value: theme }));
  return facts;
}

function ozgFact(ozg: Dominant, size: number): Message {
  const catalogue = ozg.kind === "catalogueOzg";
  if (ozg.count === size)
    return msg(catalogue ? "cluster.sameOzgCatalogue" : "cluster.sameOzg", { value: ozg.value });
  return msg(catalogue ? "cluster.mostlyOzgCatalogue" : "cluster.mostlyOzg", {
    value: ozg.value,
    count: ozg.count,
    size,
  });
}

/**
 * The OZG-Leistung that names the cluster: the sheet's (not for the text strategy, which ignores
 * the sheet's columns) or the catalogue's, when at least `DOMINANT_SHARE` of the members have it.
 */
function dominantOzg(model: ClusterModel, members: readonly number[]): Dominant | undefined {
  const kinds: FactKind[] = model.strategy.kind === "text" ? ["catalogueOzg"] : ["ozgName", "catalogueOzg"];
  for (const kind of kinds) {
    const top = topFact(model, members, kind);
    if (top !== undefined && top.count >= DOMINANT_SHARE * members.length) return top;
  }
  return undefined;
}

/** "Zulassung (alle)" or "Zulassung (5 von 7)": a word and how many members share it. */
function termShare(word: string, count: number, size: number): Message {
  return count === size ? msg("cluster.termAll", { word }) : msg("cluster.termSome", { word, count, size });
}

/**
 * Label and reasons for a cluster of rows (model row indices, ascending) whose last merge happened at
 * distance `height` (undefined for singletons and decision clusters). Labels are whole words (see
 * `labelLexicon`), skip words most rows of the inventory share, and are at most 60 characters.
 * @internal
 */
export function describeCluster(
  model: ClusterModel,
  members: readonly number[],
  _height: number | undefined,
  scratch: DescribeScratch = createDescribeScratch(model),
  threshold = 0,
): ClusterDescription {
  if (model.strategy.kind === "column") return describeColumnCluster(model, members, threshold < 0.5);
  if (members.length === 1) {
    const only = members[0] as number;
    const label = fitLabel(model.names[only] ?? "");
    return {
      label,
      reason: SINGLETON_REASON,
      memberReasons: [SINGLETON_REASON],
      alternatives: () => [],
      loose: false,
    };
  }
  return describeTextCluster(model, members, scratch);
}

function describeTextCluster(
  model: ClusterModel,
  members: readonly number[],
  scratch: DescribeScratch,
): ClusterDescription {
  const l = model.labels;
  const size = members.length;
  const half = Math.max(2, Math.ceil(size / 2));
  const stemTouched = countIds(members, l.termPtr, l.termStem, scratch.stems);
  const procTouched = countIds(members, l.procPtr, l.procId, scratch.procedures);
  const surfaceOfStem = stemSurfaces(model, members, scratch);
  const ozg = dominantOzg(model, members);
  const memberReasons = describeMembers(model, members, scratch, surfaceOfStem, ozg);
  // Words most rows of the inventory share name no cluster; they stay only if nothing else is left.
  const common: number[] = [];
  for (const s of stemTouched) {
    if (l.common[s] === 1 && (scratch.stems[s] as number) > 0) {
      common.push(s);
      scratch.stems[s] = 0;
    }
  }
  const everyStem = rankIds(stemTouched, scratch.stems, l.stems);
  const top = everyStem[0]?.[1] ?? 0;
  let ranked = everyStem.filter(([, c]) => c === top || c >= half);
  if ((ranked[1]?.[1] ?? 0) === top) ranked = byParts(model, members, scratch, ranked);
  const allProcedures = rankedProcedures(model, members, procTouched, scratch);
  // With no other subject word the procedures name the cluster ("Nachweis, Verfahren"); a common
  // word stays only when there is nothing else at all.
  if (ranked.length === 0 && allProcedures.length === 0) ranked = common.map((s) => [s, 1]);
  for (const s of common) scratch.stems[s] = 0;
  // A cluster whose most frequent subject word is in fewer than a third of its names, or in only one,
  // is mixed: its label lists its most frequent words ("Kirchenaustritt, Wahlen, Ehrenamt") instead
  // of naming one of them with procedure words, which would claim the whole cluster for it.
  const mixed = top > 0 && (top < MIXED_SHARE * size || top === 1);
  let subjectWords: string[];
  let part: SharedPart | undefined;
  // Two subject words most names do not write together are alternatives ("Apotheke & Arzneimittel",
  // "Kind & Schule"), not a phrase ("Kraftfahrzeug Zulassung"): one name with both ("Kann mein Kind
  // eine Schule im Nachbarkreis besuchen?") makes no phrase of them.
  let phrase = true;
  if (mixed) {
    // Words as people write them, not only compound starts the rule admits ("Sterbe", "Straf").
    const whole = everyStem.filter(([s]) => model.labels.whole[s] === 1);
    // Words of equal count in the order the most typical names write them, not the alphabet's.
    const typical = byFit(model, members, scratch);
    const frequent = writtenStems(
      model,
      typical,
      whole.filter(([, c]) => c >= 2),
      false,
    );
    // Without two shared words, each name gives its first subject word, so the list shows the
    // members ("Datenübermittlung, Maklererlaubnis, Sirenenprobe"), not three words of one name.
    const firstWhole = writtenStems(model, typical, whole, true);
    const candidates =
      frequent.length >= 2
        ? frequent
        : firstWhole.length >= 2
          ? firstWhole
          : writtenStems(model, typical, everyStem, true);
    // A list of whole words (see `wordList`); surfaces only for the first few candidates, which is
    // all a list of three needs even when some overlap.
    const first = candidates.slice(0, 4 * MAX_TERMS);
    // Each shown as the whole word the members write ("Baugenehmigung, Baulast", not "Bau"; "Ratenzahlung",
    // not "Rat"), compared by its subject word, so that "Bauantrag" after "Baugenehmigung" is skipped.
    const written = tokenSurfaces(model, members, scratch, surfaceOfStem);
    const listed = wordList(first.map(written), MAX_TERMS, MAX_LABEL_LENGTH, first.map(surfaceOfStem));
    // A noun most members' compounds share heads the list when the list does not show it already:
    // "Steuer: Einspruch, Grundsteuerwert, Übernachtungsteuer", but "Gewerbesteuer, Hundesteuer".
    part = sharedPart(model, members, scratch);
    const partLower = part?.word.toLowerCase() ?? "";
    if (part === undefined || listed.every((w) => w.toLowerCase().includes(partLower))) {
      part = undefined;
      subjectWords = listed;
    } else {
      const room = MAX_LABEL_LENGTH - part.word.length - 2;
      // After the head, the words that add to it first: "Steuer: Einspruch, Stundung", not
      // "Steuer: Vergnügungssteuer, …" (array sort is stable).
      const has = (s: number): number => (surfaceOfStem(s).toLowerCase().includes(partLower) ? 1 : 0);
      const rest = [...first].sort((a, b) => has(a) - has(b));
      subjectWords = wordList(rest.map(written), MAX_TERMS, room, rest.map(surfaceOfStem));
    }
  } else {
    const mainStems = ranked.filter(([, c], k) => k === 0 || (k === 1 && c >= half)).slice(0, 2);
    // A word inside the other says nothing more: "Sozialhilfe", not "Sozialhilfe Hilfe".
    const order = inNameOrder(
      model,
      members,
      mainStems.map(([s]) => s),
    );
    phrase = mainStems.length < 2 || 2 * order.together >= size;
    const words = order.stems.map(surfaceOfStem);
    subjectWords = words.filter(
      (w) => !words.some((v) => v !== w && v.toLowerCase().includes(w.toLowerCase())),
    );
  }
  const subjectLower = subjectWords.join(" ").toLowerCase();
  const procedures = mixed ? [] : allProcedures.filter((p) => !subjectLower.includes(p.toLowerCase()));
  // A mixed cluster's words are a list; otherwise they are one subject phrase ("Kraftfahrzeug Zulassung")
  // or two alternatives ("Apotheke & Arzneimittel").
  const subject = (words: readonly string[]): string[] => [words.join(mixed ? ", " : phrase ? " " : " & ")];

  const sharedStems = ranked.filter(([, c]) => c >= 2).slice(0, MAX_TERMS);
  const facts =
    model.strategy.kind === "text"
      ? ozg === undefined
        ? []
        : [ozgFact(ozg, size)]
      : sharedFacts(model, members, ozg);
  const parts = [...facts];
  if (model.strategy.kind === "leika" && members.every((i) => model.signals[i]?.leikaKey === undefined))
    parts.push(msg("cluster.noLeikaKey"));
  // A mixed cluster without shared facts is held together either by a subject from the catalogue,
  // the sheet or the service families (say which, rather than "similar names") or by nothing (a loose
  // collection).
  const topic = mixed && facts.length === 0 ? sharedTopic(model, members) : undefined;
  // A cluster that is mostly one service family is called by it ("Strafanzeige & Online-Wache", not
  // "Wache: Online, Anzeige, Erstattung"; "Waffen", not "Munition, Waffenbesitzkarte, Jagdschein"), as
  // one mostly of one OZG-Leistung is called by that; the family's name is written by people for
  // the bundle, the words' label only composed. Of the two, the one more members share, the family
  // on a tie: it is the narrower bundle ("Gaststätten", not "Unternehmensanmeldung und
  // -genehmigung"), and the OZG-Leistung of a name match can be wrong where the family is sure
  // ("Naturschutz – Befreiung im Schutzgebiet" matched to "Vereinsanerkennung").
  const family = familyNaming(model, members);
  const named: Dominant | undefined =
    family !== undefined && (ozg === undefined || family.count >= ozg.count) ? family : ozg;
  const label =
    named !== undefined
      ? fitLabel(named.value)
      : part !== undefined
        ? composeLabel([part.word], subject(subjectWords))
        : composeLabel(subject(subjectWords), procedures.slice(0, MAX_PROCEDURES));
  const loose =
    mixed && facts.length === 0 && size >= LOOSE_MIN_SIZE && topic === undefined && part === undefined;
  if (loose) parts.unshift(msg(knowsSubjects(model) ? "cluster.loose" : "cluster.looseNames", { size }));
  if (topic !== undefined) parts.push(topicFact(topic, size));
  // The family that names the cluster is in its reason, also when its words are shared.
  if (named?.kind === "family" && topic?.kind !== "family")
    parts.push(topicFact({ kind: "family", value: named.value, count: named.count }, size));
  if (sharedStems.length > 0 || part !== undefined) {
    const terms = sharedStems.map(([s, c]) => termShare(surfaceOfStem(s), c, size));
    if (part !== undefined) terms.unshift(termShare(part.word, part.count, size));
    parts.push(msg("cluster.sharedTerms", { terms: joinReasons(terms, "comma") }));
  }
  // Nothing shared to name: the longest piece of a subject word all members write ("feuer" of
  // "Osterfeuer" and "Feuerwehr"), or, without one, a loose collection a reviewer checks first
  // ("Gebrauchtwagen gekauft" and "Restaurant … gegessen", joined only to keep the overview within n/4).
  let small = false;
  if (parts.length === 0) {
    const piece = sharedWordPiece(model, members);
    small = piece === undefined;
    parts.push(
      piece !== undefined
        ? msg("cluster.similarNamesPiece", { piece })
        : msg(knowsSubjects(model) ? "cluster.looseSmall" : "cluster.looseSmallNames", { size }),
    );
  }
  const alternatives = (): string[] =>
    labelAlternatives(model, members, scratch, named, subjectWords, procedures, surfaceOfStem, subject);
  // A member of such a collection shares no word part with the others either.
  const shown = small
    ? memberReasons.map((r) => (r === PARTS_ONLY_REASON ? NOTHING_SHARED_REASON : r))
    : memberReasons;
  return { label, reason: joinReasons(parts), memberReasons: shown, alternatives, loose: loose || small };
}

/** The shortest piece of a word `sharedWordPiece` names: "feuer", "karte"; not "bau". */
const MIN_PIECE = 4;

/**
 * Endings that make nouns of other words: a piece that is little more than one ("rung" of Förderung
 * and Führung) names nothing.
 */
const DERIVATION = /(?:ierung|ation|schaft|heit|keit|tion|ung|ität|ismus)$/u;

/**
 * The longest piece (at least `MIN_PIECE` letters) of a subject word that a subject word of every
 * member contains, as the first member's name writes it; the earliest in that word on a tie. Only for
 * the few members of a cluster nothing else links (the pieces of one word are few).
 */
function sharedWordPiece(model: ClusterModel, members: readonly number[]): string | undefined {
  const l = model.labels;
  const wordsOf = (i: number): string[] => {
    const out: string[] = [];
    for (let p = l.termPtr[i] as number; p < (l.termPtr[i + 1] as number); p++)
      out.push(l.words[l.termWord[p] as number] ?? "");
    return out;
  };
  const [first, ...rest] = members.map(wordsOf);
  let best = "";
  for (const word of first ?? []) {
    for (let length = word.length; length >= Math.max(MIN_PIECE, best.length + 1); length--) {
      for (let start = 0; start + length <= word.length; start++) {
        const piece = word.slice(start, start + length);
        if (piece.replace(DERIVATION, "").length < MIN_PIECE) continue;
        if (rest.every((words) => words.some((w) => w.includes(piece)))) {
          best = piece;
          break;
        }
      }
      if (best.length === length) break;
    }
  }
  if (best === "") return undefined;
  // As the first name writes it (normalised words fold ß to ss: "strass" is "straß").
  const name = (model.names[members[0] as number] ?? "").normalize("NFC").toLowerCase();
  for (let i = 0; i < name.length; i++)
    for (let j = i + 1; j <= Math.min(name.length, i + best.length); j++)
      if (normalizeWord(name.slice(i, j)) === best) return name.slice(i, j);
  return best;
}

/**
 * A shared noun heads a list label only when at least this many rows have it: a pair's list already
 * shows both rows' words ("Ehrenamtskarte, Schwimmbad", not "Karte: Ehrenamtskarte, Schwimmbad").
 */
const MIN_PART_ROWS = 3;

/** A noun most members' words contain (see `sharedPart`), as a label shows it, and how many. */
interface SharedPart {
  readonly word: string;
  readonly count: number;
}

/**
 * The noun at least `DOMINANT_SHARE` of the members (`MIN_PART_ROWS` or more) have as a term or as
 * the start or head of a compound ("Pflege" of "Hilfe zur Pflege", "Pflegestützpunkt",
 * "Pflegewohngeld"), among words people write alone or the catalogue knows and not shared by most
 * rows of the inventory; the most frequent, ties in code-point order of the stems. Its written form
 * is the members' most frequent one.
 */
function sharedPart(
  model: ClusterModel,
  members: readonly number[],
  scratch: DescribeScratch,
): SharedPart | undefined {
  const l = model.labels;
  const counts = scratch.stems;
  const touched = [
    ...countIds(members, l.termPtr, l.termStem, counts),
    ...countIds(members, l.partPtr, l.partStem, counts),
  ];
  const least = Math.max(MIN_PART_ROWS, Math.ceil(DOMINANT_SHARE * members.length));
  const eligible = (s: number): boolean => l.whole[s] === 1 && l.common[s] !== 1;
  for (const s of touched) if (!eligible(s)) counts[s] = 0;
  const [best] = rankIds(touched, counts, l.stems, (c) => c >= least);
  if (best === undefined) return undefined;
  const [stem, count] = best;
  const words = [
    ...countIds(members, l.termPtr, l.termWord, scratch.words, (p) => l.termStem[p] === stem),
    ...countIds(members, l.partPtr, l.partWord, scratch.words, (p) => l.partStem[p] === stem),
  ];
  const word = l.wordDisplay[topId(words, scratch.words, l.words)] ?? "";
  return word === "" ? undefined : { word, count };
}

/** The service family at least `DOMINANT_SHARE` of the members share, with its count. */
function familyNaming(model: ClusterModel, members: readonly number[]): Dominant | undefined {
  const top = topFact(model, members, "family");
  return top !== undefined && top.count >= DOMINANT_SHARE * members.length ? top : undefined;
}

/** Whether the model knows OZG-Leistungen or Lebenslagen at all (the catalogue, or a sheet column). */
function knowsSubjects(model: ClusterModel): boolean {
  const { facts } = model.labels;
  return (
    model.concepts !== undefined ||
    facts.ozgName.values.length > 0 ||
    facts.catalogueOzg.values.length > 0 ||
    facts.lebenslage.values.length > 0
  );
}

/** What most of a mixed cluster is about: an OZG-Leistung or a Lebenslage, with its count. */
interface Topic {
  readonly kind: "ozgName" | "catalogueOzg" | "family" | "lebenslage" | "catalogueLebenslage";
  readonly value: string;
  readonly count: number;
}

/**
 * The most specific subject at least `MIXED_SHARE` of the members share: an OZG-Leistung (the sheet's,
 * then the catalogue's), else a service family of the task areas, else a Lebenslage (the sheet's, then
 * the catalogue's). A mixed cluster of at
 * least `LOOSE_MIN_SIZE` rows without one is a loose collection: rows the default cut gathered only to
 * keep the overview within n/4 clusters (weakly linked rows chain at the high cut that needs); its
 * reason says so, so that a reviewer checks it first.
 */
function sharedTopic(model: ClusterModel, members: readonly number[]): Topic | undefined {
  const least = Math.max(2, MIXED_SHARE * members.length);
  for (const kind of ["ozgName", "catalogueOzg", "family", "lebenslage"] as const) {
    const top = topFact(model, members, kind);
    if (top === undefined || top.count < least) continue;
    // A broad OZG-Leistung its rows only match by name is a heading ("Unternehmensanmeldung und
    // -genehmigung" for a dog licence and addiction counselling), no subject the rows share.
    if (kind === "catalogueOzg" && onlyBroadByName(model, members, top.code)) continue;
    return { kind, value: top.value, count: top.count };
  }
  const counts = new Map<string, number>();
  for (const i of members) {
    const value = model.signals[i]?.catalogue?.lebenslage;
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const [value, count] = rankByCount(counts)[0] ?? ["", 0];
  return count >= least ? { kind: "catalogueLebenslage", value, count } : undefined;
}

/** Whether every member with the catalogue OZG-Leistung `code` matched a broad one by name. */
function onlyBroadByName(model: ClusterModel, members: readonly number[], code: number): boolean {
  const codes = model.labels.facts.catalogueOzg.codes;
  return members.every((i) => codes[i] !== code || broadByName(model.signals[i]?.catalogue));
}

/** A topic's fact: "überwiegend" only for more than half of the members, else "am häufigsten". */
function topicFact(topic: Topic, size: number): Message {
  const args = { value: topic.value, count: topic.count, size };
  const most = 2 * topic.count > size;
  switch (topic.kind) {
    case "ozgName":
      return msg(most ? "cluster.mostlyOzg" : "cluster.oftenOzg", args);
    case "catalogueOzg":
      return msg(most ? "cluster.mostlyOzgCatalogue" : "cluster.oftenOzgCatalogue", args);
    case "family":
      return topic.count === size
        ? msg("cluster.sameFamily", { value: topic.value })
        : msg(most ? "cluster.mostlyFamily" : "cluster.oftenFamily", args);
    case "lebenslage":
      return msg(most ? "cluster.mostlyLebenslage" : "cluster.oftenLebenslage", args);
    case "catalogueLebenslage":
      return topic.count === size
        ? msg("cluster.sameLebenslageCatalogue", { value: topic.value })
        : msg(most ? "cluster.mostlyLebenslageCatalogue" : "cluster.oftenLebenslageCatalogue", args);
  }
}

/**
 * The members, those whose names are most like the rest of the cluster first (by name and, with the
 * catalogue, by subject; ties in the given order): a mixed label takes its words from its most
 * typical names ("Sozialhilfe, Grundsicherung, Sozialticket" before "Bruder" of "Mein Bruder ist
 * krank"), where the alphabet would take the first ones.
 */
function byFit(model: ClusterModel, members: readonly number[], scratch: DescribeScratch): number[] {
  // A pair's two fits are equal: the given order (and no work — most clusters of a fine cut are pairs).
  if (members.length < 3) return [...members];
  const fit = memberSimilarity(model.vectors, members, scratch.vector, scratch.features);
  if (model.concepts !== undefined) {
    const subject = memberSimilarity(model.concepts, members);
    for (let k = 0; k < fit.length; k++) fit[k] = (fit[k] as number) + (subject[k] as number);
  }
  return (
    members
      .map((_, k) => k)
      // Fits equal up to rounding are a tie, not a difference.
      .sort((a, b) => {
        const d = (fit[b] as number) - (fit[a] as number);
        return Math.abs(d) > 1e-9 ? d : a - b;
      })
      .map((k) => members[k] as number)
  );
}

/**
 * The stems of `ranked` the members write (`firstOnly`: each member's first of them only, members with
 * none skipped), by count (descending), ties in the order the members write them. With `firstOnly`, the
 * words of a mixed label when fewer than two are shared.
 */
function writtenStems(
  model: ClusterModel,
  members: readonly number[],
  ranked: readonly (readonly [number, number])[],
  firstOnly: boolean,
): number[] {
  const l = model.labels;
  const count = new Map(ranked.map(([s, c]) => [s, c] as const));
  const seen = new Set<number>();
  for (const i of members) {
    // Only ranked stems: a word most rows share was taken out of the ranking.
    for (let p = l.termPtr[i] as number; p < (l.termPtr[i + 1] as number); p++) {
      const s = l.termStem[p] as number;
      if (!count.has(s)) continue;
      seen.add(s);
      if (firstOnly) break;
    }
  }
  // Array sort is stable: equal counts keep the order of writing.
  return [...seen].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
}

/**
 * The subject words of a group of rows (e.g. a Bereich) with the number of their names that have
 * each, most frequent first (ties in code-point order of the stems), at most `max`: as a cluster
 * label counts them — base forms, without the words most rows of the inventory share. @internal
 */
export function groupWords(
  model: ClusterModel,
  rows: readonly number[],
  max: number,
  scratch: DescribeScratch = createDescribeScratch(model),
): { readonly word: string; readonly count: number; readonly whole: boolean }[] {
  const l = model.labels;
  const touched = countIds(rows, l.termPtr, l.termStem, scratch.stems);
  for (const s of touched) if (l.common[s] === 1) scratch.stems[s] = 0;
  const surface = stemSurfaces(model, rows, scratch);
  return rankIds(touched, scratch.stems, l.stems)
    .slice(0, max)
    .map(([s, count]) => ({ word: surface(s), count, whole: l.whole[s] === 1 }));
}

/**
 * Stems ordered as they appear in the members' names (majority of pairwise orders; ties: as given),
 * and how many members write both.
 */
function inNameOrder(
  model: ClusterModel,
  members: readonly number[],
  stems: readonly number[],
): { readonly stems: number[]; readonly together: number } {
  const [a, b] = stems;
  if (a === undefined || b === undefined) return { stems: [...stems], together: 0 };
  const l = model.labels;
  let before = 0;
  let together = 0;
  for (const i of members) {
    let pa = -1;
    let pb = -1;
    for (let p = l.termPtr[i] as number; p < (l.termPtr[i + 1] as number); p++) {
      if (l.termStem[p] === a && pa < 0) pa = p;
      if (l.termStem[p] === b && pb < 0) pb = p;
    }
    if (pa >= 0 && pb >= 0) {
      before += pa < pb ? 1 : -1;
      together++;
    }
  }
  return { stems: before < 0 ? [b, a] : [a, b], together };
}

/**
 * Words of equal count, the one more members also have as a compound's start or head first: "Pflege"
 * of "HzP ambulant" (Hilfe zur Pflege), "Pflegegeld", "Pflegewohngeld" before "Hilfe"; else as ranked
 * (code-point order of the stems). `scratch.stems` is left zeroed.
 */
function byParts(
  model: ClusterModel,
  members: readonly number[],
  scratch: DescribeScratch,
  ranked: readonly [number, number][],
): [number, number][] {
  const l = model.labels;
  const counts = scratch.stems;
  const touched = countIds(members, l.partPtr, l.partStem, counts);
  const parts = new Map(ranked.map(([s]) => [s, counts[s] as number] as const));
  for (const s of touched) counts[s] = 0;
  return [...ranked].sort((p, q) => q[1] - p[1] || (parts.get(q[0]) ?? 0) - (parts.get(p[0]) ?? 0));
}

/** Decoded Verrichtungen first (they are exact), then the names' procedure words; resets counts. */
function rankedProcedures(
  model: ClusterModel,
  members: readonly number[],
  procTouched: readonly number[],
  scratch: DescribeScratch,
): string[] {
  const l = model.labels;
  const verrichtungTouched: number[] = [];
  for (const i of members) {
    const v = l.verrichtung[i] as number;
    if (v < 0) continue;
    if (scratch.verrichtungen[v] === 0) verrichtungTouched.push(v);
    scratch.verrichtungen[v] = (scratch.verrichtungen[v] as number) + 1;
  }
  const procedureSurfaces = rankIds(procTouched, scratch.procedures, l.procedures).map(
    ([p]) => l.procedureDisplay[p] ?? "",
  );
  const verrichtungSurfaces = rankIds(verrichtungTouched, scratch.verrichtungen, l.verrichtungen).map(
    ([v]) => l.verrichtungen[v] ?? "",
  );
  return [...new Set([...verrichtungSurfaces, ...procedureSurfaces])];
}

/**
 * Label variants with one more distinguishing word, best first: the cluster's further subject words
 * by frequency, then procedure words not shown. Only computed when the label is taken.
 */
function labelAlternatives(
  model: ClusterModel,
  members: readonly number[],
  scratch: DescribeScratch,
  ozg: Dominant | undefined,
  subjectWords: readonly string[],
  procedures: readonly string[],
  surfaceOfStem: (stem: number) => string,
  subject: (words: readonly string[]) => string[],
): string[] {
  const l = model.labels;
  const touched = countIds(members, l.termPtr, l.termStem, scratch.stems);
  const extras = rankIds(touched, scratch.stems, l.stems)
    .filter(([s]) => l.common[s] !== 1)
    .map(([s]) => surfaceOfStem(s))
    .filter((w) => !subjectWords.includes(w));
  if (ozg !== undefined) {
    return [...extras, ...procedures].map(
      (w) => `${fitLabel(ozg.value, MAX_LABEL_LENGTH - w.length - 3)} – ${w}`,
    );
  }
  const shown = procedures.slice(0, MAX_PROCEDURES);
  return [
    ...extras.map((w) => composeLabel(subject([...subjectWords, w]), shown)),
    ...procedures
      .slice(MAX_PROCEDURES)
      .map((p) => composeLabel(subject(subjectWords), [...shown.slice(0, 1), p])),
  ];
}

function describeColumnCluster(
  model: ClusterModel,
  members: readonly number[],
  bySub: boolean,
): ClusterDescription {
  const header = model.columnHeader ?? msg("cluster.columnUnnamed");
  const values = members.map((i) => model.signals[i]?.column ?? "");
  const subs = members.map((i) => model.signals[i]?.subColumn);
  const value = shared(values);
  const sub = shared(subs);
  const memberReasons = members.map((_, k) => {
    const s = subs[k];
    const v = values[k] ?? "";
    return s !== undefined && model.subColumnHeader !== undefined
      ? msg("cluster.columnValueSub", { header, value: v, subHeader: model.subColumnHeader, sub: s })
      : msg("cluster.columnValue", { header, value: v });
  });
  if (value === undefined) {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    const ranked = rankByCount(counts).map(([v]) => v);
    const label = ranked.slice(0, 3).join(", ") + (ranked.length > 3 ? " …" : "");
    return {
      label: fitLabel(label),
      reason: msg("cluster.columnCoarse", { count: ranked.length, header }),
      memberReasons,
      alternatives: () => [],
      loose: false,
    };
  }
  const subHeader = bySub ? model.subColumnHeader : undefined;
  if (sub !== undefined && subHeader !== undefined) {
    return {
      label: fitLabel(`${value} – ${sub}`),
      reason: msg("cluster.columnSameSub", { header, value, subHeader, sub }),
      memberReasons,
      alternatives: () => [],
      loose: false,
    };
  }
  const reason =
    value === BLANK_VALUE
      ? msg("cluster.columnBlank", { header })
      : msg("cluster.columnSame", { header, value });
  return { label: fitLabel(value), reason, memberReasons, alternatives: () => [], loose: false };
}
