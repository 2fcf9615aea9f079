import {
  DEFAULT_FUNCTION_WORDS,
  DEFAULT_PROCEDURE_WORDS,
  DEFAULT_STOP_WORDS,
  isInflectedVerb,
} from "../../clustering/defaultStopWords";
import { DEFAULT_SYNONYMS, wholeSynonym } from "../../clustering/defaultSynonyms";
import { normalizeWord, splitWords } from "../../clustering/normalizeName";

const STOP = new Set(DEFAULT_STOP_WORDS.map(normalizeWord));
const FUNCTION_WORDS = new Set(DEFAULT_FUNCTION_WORDS.map(normalizeWord));
/** The procedure verbs of the stop list ("melden", "beantragen"). */
const PROCEDURE_VERBS = new Set([...STOP].filter((w) => !FUNCTION_WORDS.has(w) && w.endsWith("en")));

/**
 * An inflected form of a procedure verb written in lower case, as verbs are ("melde" in "Wie melde
 * ich ein Gewerbe an?", "beantragt"; see `isInflectedVerb`), not capitalised, as nouns are ("Suche",
 * "Nachweise").
 */
function isVerbForm(word: string, surface: string): boolean {
  return surface.charAt(0) === word.charAt(0) && isInflectedVerb(word, PROCEDURE_VERBS);
}

/** Procedure words long enough to be cut off a compound's end ("gewerbeanmeldung" → "gewerbe"), longest first. */
const SUFFIXES = [...new Set(DEFAULT_PROCEDURE_WORDS.map(normalizeWord))]
  .filter((w) => w.length >= 6)
  .sort((p, q) => q.length - p.length || (p < q ? -1 : 1));
const MIN_REST = 4;

function stripProcedureSuffix(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_REST && word.endsWith(suffix))
      return word.slice(0, -suffix.length);
  }
  return word;
}

const WHOLE = new Map(DEFAULT_SYNONYMS.map((s) => [normalizeWord(s.from), normalizeWord(s.to)]));

/**
 * The subject words of a name as the catalogue compares them: normalised, default abbreviations
 * written out ("kfz" → "kraftfahrzeug"), procedure and function words dropped, also at the end of a
 * compound ("Gewerbeanmeldung" → "gewerbe"). Fixed defaults, not the
 * user's tables, so a row's place in the catalogue depends on its name alone. `asked`: the name is a
 * row's, looked up, which may be written as residents ask ("Wie melde ich ein Gewerbe an?"): the
 * inflected forms of procedure verbs are dropped too (`isVerbForm`). The catalogue's own names are
 * read as they are, so that its documents stay the same for every inventory. `orProcedures`: a name
 * made only of procedure words gives those ("Außerbetriebsetzung", "Wiederzulassung"). @internal
 */
export function catalogueWords(name: string, asked = false, orProcedures = false): string[] {
  const out: string[] = [];
  const procedures: string[] = [];
  for (const { norm, surface } of splitWords(name)) {
    for (const word of (wholeSynonym(WHOLE, norm) ?? norm).split(" ")) {
      if (word === "" || FUNCTION_WORDS.has(word) || (asked && isVerbForm(word, surface))) continue;
      if (STOP.has(word)) procedures.push(word);
      else out.push(stripProcedureSuffix(word));
    }
  }
  return out.length > 0 || !orProcedures ? out : procedures;
}

const HEADING = /^(.+?)\s+[–—-]\s+\S|^([^:]+):\s+\S/u;

/**
 * The heading of a name written as a heading and a detail, as portals list their services
 * ("Wohngeld – Erstantrag", "Kfz-Zulassung: Neuzulassung", "Nachlass – Erbschein beantragen"): the part
 * before the first spaced dash or colon; "" for other names. The heading names the subject the
 * detail belongs to, so its words weigh twice when a name is looked up (`queryWords`).
 * @internal
 */
export function headingOf(name: string): string {
  const match = HEADING.exec(name);
  return match === null ? "" : (match[1] ?? match[2] ?? "");
}

/**
 * The words a row's name is looked up by in the catalogue and the task areas: `catalogueWords`, the
 * heading's (`headingOf`) twice. On the hand-written list written that way (landesportal-dienste, 273
 * of 371 names; `npm run bench:lists -- --katalog`) the cluster level rose from 0.695 to 0.735 B³-F1
 * and the Bereich level from 0.551 to 0.592; the other eleven lists, with 0 to 99 such names, moved by
 * −0.006 … +0.021 (Bereich) and −0.007 … +0.006 (cluster); the dev file's names barely have headings.
 * `words`: the name's `catalogueWords` (asked), when the caller has them already.
 * @internal
 */
export function queryWords(name: string, words: readonly string[] = catalogueWords(name, true)): string[] {
  const heading = headingOf(name);
  return heading === "" ? [...words] : [...catalogueWords(heading, true), ...words];
}

const MIN_N = 3;
const MAX_N = 5;

/** Character 3–5-grams of a word padded with spaces (scikit-learn's `char_wb`). */
function wordGrams(word: string): string[] {
  const padded = ` ${word} `;
  if (padded.length < MIN_N) return [padded];
  const out: string[] = [];
  for (let n = MIN_N; n <= Math.min(MAX_N, padded.length); n++) {
    for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  }
  return out;
}

/**
 * Interned n-gram ids, cached per word: catalogue names repeat their words thousands of times, so each
 * word is cut into n-grams once. Ids are dense from 0 in first-seen order. @internal
 */
export interface GramSpace {
  /** Number of distinct n-grams interned so far. */
  readonly size: () => number;
  /**
   * Appends the words' n-gram ids (with repeats: a term's count is how often its id occurs) to `into`.
   * With `grow` false (queries), n-grams the space has not seen are skipped: they match nothing.
   */
  ids(words: readonly string[], grow: boolean, into?: number[]): number[];
}

/** A new, empty n-gram space. @internal */
export function createGramSpace(): GramSpace {
  const ids = new Map<string, number>();
  const byWord = new Map<string, readonly number[]>();
  const gramIds = (word: string, grow: boolean): readonly number[] => {
    const cached = byWord.get(word);
    if (cached !== undefined) return cached;
    let complete = true;
    const out: number[] = [];
    for (const g of wordGrams(word)) {
      let id = ids.get(g);
      if (id === undefined && grow) {
        id = ids.size;
        ids.set(g, id);
      }
      if (id === undefined) complete = false;
      else out.push(id);
    }
    // A query word with unseen n-grams is not cached: the space may still grow.
    if (complete) byWord.set(word, out);
    return out;
  };
  return {
    size: () => ids.size,
    ids(words, grow, into = []) {
      for (const word of words) for (const id of gramIds(word, grow)) into.push(id);
      return into;
    },
  };
}
