import { AUFGABENBEREICHE, type Aufgabenbereich } from "../aufgabenbereiche";
import { LEISTUNGSFAMILIEN, type Leistungsfamilie } from "../leistungsfamilien";
import { splitWords } from "../../clustering/normalizeName";
import { catalogueWords, createGramSpace, headingOf, queryWords } from "./catalogueWords";
import { buildGramIndex, scoreAll, vectorOf } from "./gramIndex";
import type { TaskAreaPlacement } from "../types";

/**
 * The least cosine a name's nearest typical word needs for the name to be placed in its area. Below
 * 0.3 only a few n-grams of one word agree ("Vorgang" ~ "Vorbescheid"): on the hand-written tuning
 * lists 3 of 46 such placements matched the office people chose, against 18 of 57 from 0.3 to 0.4.
 * Unplaced rows join the Bereich they are most similar to.
 */
export const TASK_AREA_MIN_SCORE = 0.3;

/** Common prefix two words need to count as the same modifier ("Fischerei|abgabe" ~ "Fischerei|schein"). */
const MIN_SHARED_START = 5;
/** Least length of a word that starts another ("Hund" ~ "Hundesteuer"); shorter ones only equal. */
const MIN_START = 3;
/** Least lengths of a word that is another's head and of the modifier before it ("Lärm|beschwerde"). */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
const ENDINGS = ["ern", "en", "er", "es", "e", "n", "s"] as const;

/**
 * When a name's nearest typical word gives way to another (`TaskAreaIndex.place` with `agreement`): the
 * other word meets the name too, scores at least `margin` of the nearest one's n-gram cosine, and its
 * family agrees with the name's catalogue concepts (cosine in the concept space) by at least `gain` more.
 * A name whose nearest word's family disagrees with its concepts is more often placed wrong: on the fifteen
 * evaluation lists 51 % of the names with a cosine from 0.2 to 0.4 lie in the area most of their reference
 * group lies in, 75 % of those above 0.8. Chosen on the five tuning lists (margin 0.6 / 0.7 / 0.8, gain 0.1 /
 * 0.2 / 0.3, with or without a floor on the nearest family's agreement): Bereich B³-F1 0.655 → 0.663, cluster
 * 0.674 → 0.688; on the ten held-out lists Bereich 0.581 → 0.592 (seven up by 0.009–0.027, three down by
 * 0.002–0.003), cluster unchanged (0.634); on the two lists written after it, never tuned on, Bereich 0.572 →
 * 0.568 and 0.719 → 0.701, cluster 0.673 → 0.678 and 0.635 → 0.630 — over all twelve held-out lists Bereich
 * +0.007 on average, eight up, four down; about two rows placed better for each placed worse. @internal
 */
export const CONCEPT_RERANK = { margin: 0.7, gain: 0.2 } as const;

/** A word as `aligned` compares it: one inflection ending cut ("bäume" → "bäum"). @internal */
export function alignmentStem(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending === undefined ? word : word.slice(0, -ending.length);
}

/** A letter with its umlaut folded ("ä" → "a"): a plural may add one ("Baum" / "Bäume"). */
function folded(c: string | undefined): string | undefined {
  return c === "ä" ? "a" : c === "ö" ? "o" : c === "ü" ? "u" : c;
}

/**
 * Whether a name's word and a typical word meet at a compound boundary (both given by
 * `alignmentStem`): one starts the other ("Hund" ~ "Hundesteuer"), they share a long start, i.e. the
 * same modifier ("Fischereiabgabe" ~ "Fischereischein"), or one is the other's head ("Parkausweis" ~
 * "Anwohnerparkausweis"). Character n-grams alone also find words that only share an inner piece
 * or the head of two unrelated compounds ("Pferde|haltung" ~ "Hunde|haltung", "Bauzustands|besichtigung"
 * ~ "Wahlbenachrichtigung", "ver|gessen" ~ "Mittag|essen", "Ur|laub" ~ "Laub"): their subjects differ,
 * and so do their offices. Umlauts count as their plain letters at the start ("Baum" ~ "Bäume"), where
 * a plural adds them, but not in a head: "Film|förderung" is no "Forderung".
 * @internal
 */
export function aligned(v: string, w: string): boolean {
  const shorter = Math.min(v.length, w.length);
  let shared = 0;
  while (shared < shorter && folded(v[shared]) === folded(w[shared])) shared++;
  // A word of one or two letters (an abbreviation: "AE") starts no other ("AED"); it meets only itself.
  if (shared === shorter) return shorter >= MIN_START || (shorter > 0 && v.length === w.length);
  if (shared >= MIN_SHARED_START) return true;
  const headOf = (compound: string, head: string): boolean =>
    head.length >= MIN_HEAD && compound.length - head.length >= MIN_MODIFIER && compound.endsWith(head);
  return headOf(v, w) || headOf(w, v);
}

/**
 * A derived adjective (-lich, -isch, any inflection; at least three letters before the suffix, so
 * "Fisch" stays a noun).
 */
const DERIVED_ADJECTIVE = /^.{3,}(?:lich|isch)(?:e|er|es|en|em)?$/u;
/** A present participle used as an adjective ("vorübergehend", "laufenden"), any inflection. */
const PRESENT_PARTICIPLE = /^.{4,}end(?:e|er|es|en|em)?$/u;
/** A past participle in -iert used as an adjective ("qualifizierten", "registrierte"), inflected. */
const PAST_PARTICIPLE = /^.{3,}iert(?:e|er|es|en|em)$/u;
/** An adjective that names its subject in its first part ("bauordnungs|rechtlich", "familien|gerichtlich"). */
const SUBJECT_ADJECTIVE =
  /^.{4,}(?:rechtlich|gerichtlich|technisch|polizeilich|ärztlich|medizinisch)(?:e|er|es|en|em)?$/u;
/** Such an adjective alone, which names its subject at the start of a name ("Ärztliche Bescheinigung"). */
const SUBJECT_ADJECTIVE_ALONE = /^(?:gerichtlich|polizeilich|ärztlich|medizinisch)(?:e|er|es|en|em)?$/u;

/**
 * The words of a name `aligned` may compare: its `alignmentStem`s, without the derived adjectives and
 * present or -iert participles it writes in lower case after its first word, or at its start before a
 * noun (a "qualifizierten" Krankentransport is no "Qualifizierung").
 * Those describe a subject but do not name one: "Erlaubnis für gefährliche Abfälle" is no "Gefährlicher
 * Hund", "Anerkennung ausländischer Schulabschlüsse" no "Ausländischer Führerschein", "Öffentliche
 * Beglaubigung" no "Öffentliche Vergabe", a "vorübergehender" Gaststättenbetrieb no "Vorübergehender
 * Schutz". An adjective whose first part names the subject stays ("Denkmalrechtliche Erlaubnis",
 * "bauordnungsrechtlichen Vorschriften"), and at the start one that is itself a subject ("Ärztliche
 * Bescheinigung", "Polizeiliches Führungszeugnis").
 */
function nameStems(name: string, words: readonly string[]): string[] {
  const split = splitWords(name);
  // Capitalised at the start, an adjective is told from a noun by the noun that follows it
  // ("Öffentliche Beglaubigung", not "Abfallkalender") or by the adjective it is joined to
  // ("Öffentlich-rechtliche Namensänderung").
  const adjectival = (k: number): boolean =>
    k > 0
      ? /^\p{Ll}/u.test(split[k]?.surface ?? "")
      : /^\p{Lu}/u.test(split[1]?.surface ?? "") ||
        name.trimStart().startsWith(`${split[0]?.surface ?? ""}-`);
  const adjectives = new Set(
    split
      .filter(
        (w, k) =>
          adjectival(k) &&
          (DERIVED_ADJECTIVE.test(w.norm) ||
            PRESENT_PARTICIPLE.test(w.norm) ||
            PAST_PARTICIPLE.test(w.norm)) &&
          !SUBJECT_ADJECTIVE.test(w.norm) &&
          !(k === 0 && SUBJECT_ADJECTIVE_ALONE.test(w.norm)),
      )
      .map((w) => w.norm),
  );
  return words.filter((w) => !adjectives.has(w)).map(alignmentStem);
}

/**
 * The attributive adjectives of a typical word written as a phrase: a word before a capitalised noun
 * with an adjective's ending ("Große Hunde", "Kleiner Waffenschein", "Schule in freier Trägerschaft"),
 * except one that names its subject (`SUBJECT_ADJECTIVE`: "Denkmalrechtliche Genehmigung"). Such a
 * word describes the noun: a name meets the phrase by it only when it writes the same adjective
 * ("Vermögenswirksame Leistungen", "verlorenen Sache" ~ "Verlorene Gegenstände"), not by a word that
 * merely starts like it ("Großhandelsgenehmigung" is no "Große Hunde").
 */
function attributiveWords(phrase: string): Set<string> {
  const split = splitWords(phrase);
  return new Set(
    split
      .filter((w, k) => {
        const next = split[k + 1]?.surface ?? "";
        return (
          ADJECTIVE_ENDING.test(w.norm) &&
          NOUN.test(next) &&
          !phrase.includes(`${w.surface}-`) &&
          !SUBJECT_ADJECTIVE.test(w.norm) &&
          !SUBJECT_ADJECTIVE_ALONE.test(w.norm)
        );
      })
      .map((w) => w.norm),
  );
}
/** A word with an adjective's case ending after at least two letters ("große", "kleiner", "freier"). */
const ADJECTIVE_ENDING = /^.{2,}(?:e|er|es|en|em)$/u;
/** A capitalised word of at least three letters with a lower-case letter: a noun, not "A" or "SGB". */
const NOUN = /^\p{Lu}(?=.*\p{Ll}).{2,}$/u;

/**
 * All of a name that `createTaskAreaIndex`'s placement reads: its words as written (`splitWords`: no
 * numbers, no punctuation), its heading (`headingOf`) and whether its first word is joined by a hyphen.
 * Names with the same key are placed alike ("Bewohnerparkausweis 82", "Bewohnerparkausweis 83").
 * @internal
 */
export function placementKey(name: string): string {
  const split = splitWords(name);
  const hyphen = name.trimStart().startsWith(`${split[0]?.surface ?? ""}-`);
  return JSON.stringify([split.map((w) => w.surface), headingOf(name), hyphen]);
}

/** A name's task area and service family: those of the typical word nearest to it. */
export interface TaskAreaIndex {
  readonly names: readonly string[];
  /** Every typical word as written (of the families, the areas and their names), grouped by area. */
  readonly words: readonly string[];
  /** Every service family's name, numbered across all areas in area order. */
  readonly families: readonly string[];
  /**
   * Places each name (row i depends on name i only). `agreement(i, family)`: how well name i's catalogue
   * concepts agree with a family's (see `CONCEPT_RERANK`); without it, the nearest word places the name.
   * `agreementKey(i)`: equal for two names whose `agreement` is the same function of the family; with
   * it, names that read alike (`placementKey`) and agree alike are placed once.
   */
  place(
    names: readonly string[],
    agreement?: (name: number, family: number) => number,
    agreementKey?: (name: number) => string,
  ): TaskAreaPlacement;
}

/**
 * Each typical word of an area (of its families, the family names, the area's own words and the words
 * of its name) is one document of character n-grams; a name belongs to the area and family of the
 * document closest to it by cosine among those with a word that meets one of the name's words at a
 * compound boundary (`aligned`). The nearest single word, not a document of all an area's words:
 * "Hundesteuer" is the tax office's word even though "Hund" is said more often by the public order
 * office's list. A word of an area that no family holds places a name in the area without a family.
 * Deterministic: ties go to the earlier word (and so the earlier area). @internal
 */
export function createTaskAreaIndex(
  areas: readonly Aufgabenbereich[] = AUFGABENBEREICHE,
  familiesOfArea: readonly (readonly Leistungsfamilie[])[] = LEISTUNGSFAMILIEN,
): TaskAreaIndex {
  const space = createGramSpace();
  const docs: number[][] = [];
  const words: string[] = [];
  const docStems: string[][] = [];
  /** Each document's attributive adjectives (`attributiveWords`) as `alignmentStem`s: met only by themselves. */
  const docAdjectives: string[][] = [];
  /** Each document's words as written (normalised), for the tie-break. */
  const docWords: string[][] = [];
  const areaOfDoc: number[] = [];
  const familyOfDoc: number[] = [];
  const families: string[] = [];
  const phrasesOf = (name: string, list: string): string[] =>
    [...name.split(/[,&]/u), ...list.split(",")].map((phrase) => phrase.trim());
  areas.forEach((area, a) => {
    const seen = new Set<string>();
    const add = (phrase: string, family: number): void => {
      const grams = catalogueWords(phrase, false, true);
      // One document per word as written: two words alike without their procedure parts
      // ("Namensänderung", "Namenserteilung") stay two, for the tie-break of `nearest`.
      const written = splitWords(phrase).map((w) => w.norm);
      const key = written.join(" ");
      if (grams.length === 0 || seen.has(key)) return;
      seen.add(key);
      docWords.push(written);
      docs.push(space.ids(grams, true));
      const attributive = attributiveWords(phrase);
      docStems.push(grams.filter((g) => !attributive.has(g)).map(alignmentStem));
      docAdjectives.push(grams.filter((g) => attributive.has(g)).map(alignmentStem));
      words.push(phrase);
      areaOfDoc.push(a);
      familyOfDoc.push(family);
    };
    for (const family of familiesOfArea[a] ?? []) {
      for (const phrase of phrasesOf(family.name, family.words)) add(phrase, families.length);
      families.push(family.name);
    }
    for (const phrase of phrasesOf(area.name, area.words)) add(phrase, -1);
  });
  const index = buildGramIndex(docs, space.size());
  const scratch = new Float64Array(space.size());
  const scores = new Float64Array(index.docs);
  const nearest = (name: string, agree?: (family: number) => number): number => {
    const subjects = catalogueWords(name, true);
    const nameWords = subjects.length > 0 ? subjects : catalogueWords(name, true, true);
    scores.fill(0);
    scoreAll(index, vectorOf(index.idf, space.ids(queryWords(name, nameWords), false), scratch), scores);
    // A plain loop: a callback per document and name was most of the time of placing 10,000 names.
    const candidates: number[] = [];
    for (let d = 0; d < scores.length; d++)
      if ((scores[d] as number) >= TASK_AREA_MIN_SCORE) candidates.push(d);
    // Best score first; ties go to the earlier word (and so the earlier area).
    candidates.sort((p, q) => (scores[q] as number) - (scores[p] as number) || p - q);
    const stems = nameStems(name, nameWords);
    // A name of procedure words only ("Außerbetriebsetzung", "Neuerteilung nach Entziehung") meets a
    // typical word only when that word is one of them as written: a procedure shared by many subjects
    // ("Stilllegung", "Erteilung") places nothing by its n-grams.
    const meets = (d: number): boolean =>
      subjects.length === 0
        ? (docWords[d] as string[]).length > 0 &&
          (docWords[d] as string[]).every((w) => nameWords.includes(w))
        : (docStems[d] as string[]).some((w) => stems.some((v) => aligned(v, w))) ||
          (docAdjectives[d] as string[]).some((w) => stems.includes(w));
    const first = candidates.findIndex(meets);
    if (first < 0) return -1;
    const best = candidates[first] as number;
    // A word of a family whose subject the name's catalogue concepts contradict gives way to a nearly
    // as near word of a family they agree with: "Lastenzuschuss Eigentümer" goes to Wohngeld, not to the
    // Liegenschaftskataster's "Eigentümerauskunft"; "Klärung des Versicherungskontos" to the Rente, not
    // to the Kfz-"Versicherungsbestätigung".
    if (agree !== undefined && (familyOfDoc[best] as number) >= 0) {
      const own = agree(familyOfDoc[best] as number);
      const floor = (scores[best] as number) * CONCEPT_RERANK.margin;
      for (let k = first + 1; k < candidates.length; k++) {
        const d = candidates[k] as number;
        if ((scores[d] as number) < floor) break;
        const family = familyOfDoc[d] as number;
        if (family >= 0 && meets(d) && agree(family) >= own + CONCEPT_RERANK.gain) return d;
      }
    }
    // Words equal without their procedure parts tie ("Aufenthaltserlaubnis" and
    // "Aufenthaltsbescheinigung" are both "aufenthalts"); the one the name writes whole wins.
    const tied = candidates[first + 1];
    if (tied === undefined || (scores[tied] as number) < (scores[best] as number)) return best;
    const whole = new Set(splitWords(name).map((w) => w.norm));
    const writes = (d: number): boolean => (docWords[d] as string[]).some((w) => whole.has(w));
    if (writes(best)) return best;
    for (let k = first + 1; k < candidates.length; k++) {
      const d = candidates[k] as number;
      if ((scores[d] as number) < (scores[best] as number)) break;
      if (meets(d) && writes(d)) return d;
    }
    return best;
  };
  return {
    names: areas.map((a) => a.name),
    words,
    families,
    place(names, agreement, agreementKey) {
      const placed = new Map<string, number>();
      const nearestWords = Int32Array.from(names, (name, i) => {
        const key =
          agreement === undefined || agreementKey !== undefined
            ? `${placementKey(name)}\u0002${agreementKey?.(i) ?? ""}`
            : undefined;
        const known = key === undefined ? undefined : placed.get(key);
        if (known !== undefined) return known;
        const d = nearest(name, agreement === undefined ? undefined : (family) => agreement(i, family));
        if (key !== undefined) placed.set(key, d);
        return d;
      });
      return {
        areas: nearestWords.map((d) => (d < 0 ? -1 : (areaOfDoc[d] as number))),
        words: nearestWords,
        families: nearestWords.map((d) => (d < 0 ? -1 : (familyOfDoc[d] as number))),
      };
    },
  };
}
