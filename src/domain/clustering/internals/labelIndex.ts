import type { ModelRowSignals } from "../modelRowSignals";
import { PROCEDURE_NOUNS, UNSHOWN_PROCEDURES } from "../defaultStopWords";
import { decodeVerrichtung } from "../leikaVerrichtung";
import type { NamesAnalysis } from "./analyzeNames";
import { capitalise } from "./formatGerman";
import { INFLECTED } from "../labelLexicon";

/**
 * Per-row values a cut needs for labels and reasons, interned to integer ids once when the model is
 * built. A cut describes every cluster again (thousands of rows at 10,000 processes); counting ids in
 * typed arrays instead of strings in maps keeps a re-cut well inside the 50 ms budget.
 *
 * Lists of row values are in CSR form: row i's entries are `ptr[i] … ptr[i + 1] − 1`. Absent codes
 * are −1. Plain data (typed arrays and string arrays), like the rest of the model.
 * @internal
 */
export interface LabelIndex {
  /** Stem of each distinct subject term (for counting and code-point tie-breaks). */
  readonly stems: readonly string[];
  /** Normalised form of each distinct subject word (tie-breaks among a stem's written forms). */
  readonly words: readonly string[];
  /** Display form of each word ("kraftfahrzeug" → "Kraftfahrzeug"). */
  readonly wordDisplay: readonly string[];
  /** Row → its terms: stem id and word id per term, in the name's order. */
  readonly termPtr: Int32Array;
  readonly termStem: Int32Array;
  readonly termWord: Int32Array;
  /** Per term, the whole word it was taken from (a word id; shown by `wordDisplay`). */
  readonly termToken: Int32Array;
  /**
   * Row → the nouns its compounds start with or end in besides its terms (`NameAnalysis.partTerms`):
   * stem id and word id per part.
   */
  readonly partPtr: Int32Array;
  readonly partStem: Int32Array;
  readonly partWord: Int32Array;
  /** Normalised procedure words and their display forms. */
  readonly procedures: readonly string[];
  readonly procedureDisplay: readonly string[];
  /** Row → its procedure word ids. */
  readonly procPtr: Int32Array;
  readonly procId: Int32Array;
  /** Decoded LeiKa Verrichtung per row (id into `verrichtungen`), −1 if none. */
  readonly verrichtungen: readonly string[];
  readonly verrichtung: Int32Array;
  /**
   * 1 for stems that more than half of all rows contain (a district or office name repeated in every
   * row): they say nothing about a cluster, so labels and reasons skip them (document frequency).
   * Only in inventories of 20 rows or more.
   */
  readonly common: Uint8Array;
  /**
   * 1 for stems with a word written whole in some name or known (catalogue, synonyms): a list label
   * prefers them to a compound start the rule admits but nobody writes alone ("Sterbe", "Straf").
   */
  readonly whole: Uint8Array;
  /** Structured values per row as codes into their value lists (−1 = absent). */
  readonly facts: Readonly<
    Record<FactKind, { readonly values: readonly string[]; readonly codes: Int32Array }>
  >;
}

/** Below this many rows a shared word may be what the whole (small) list is about: it stays. */
const MIN_ROWS_FOR_COMMON = 20;

/** Structured values a reason can cite when all members share them. @internal */
export type FactKind =
  | "object"
  | "group"
  | "ozg"
  | "ozgName"
  | "fachanwendung"
  | "lebenslage"
  | "themenfeld"
  /** OZG-Leistung of the row's confident catalogue match. */
  | "catalogueOzg"
  /** Service family of the task areas the row's name is nearest to. */
  | "family";

class Interner {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(value, id);
      this.list.push(value);
    }
    return id;
  }
}

function codesOf(values: readonly (string | undefined)[]): { values: string[]; codes: Int32Array } {
  const interner = new Interner();
  const codes = Int32Array.from(values, (v) => (v === undefined ? -1 : interner.id(v)));
  return { values: interner.list, codes };
}

/** Case and plural endings a base form may lack ("Jagdscheins" → "Jagdschein"): the label rule's. */
const ENDINGS: ReadonlySet<string> = new Set(INFLECTED);

/** A genitive ending ("Jagdscheins", "Kindes") is dropped only when at least this much word remains. */
const MIN_GENITIVE_BASE = 4;

/** Shortest known word accepted as the head of a compound base ("kurzzeit|kennzeichen"). */
const MIN_KNOWN_HEAD = 5;

/** `word` is known, or ends in a known word of at least `MIN_KNOWN_HEAD` letters after a modifier. */
function isKnownOrCompound(word: string, known: ReadonlySet<string>): boolean {
  if (known.has(word)) return true;
  for (let i = 3; i <= word.length - MIN_KNOWN_HEAD; i++) if (known.has(word.slice(i))) return true;
  return false;
}

/** `word` is `base` plus a case or plural ending ("Jagdscheins" of "Jagdschein"). */
function inflects(word: string, base: string): boolean {
  return word.length > base.length && word.startsWith(base) && ENDINGS.has(word.slice(base.length));
}

/**
 * Per word (by id): the form a label shows — the shortest word written whole in the inventory (or
 * known) with the same stem of which it is that word plus a case or plural ending ("Aufenthaltstitels"
 * is shown as "Aufenthaltstitel" when someone wrote that; a compound's first part is no base: "Strafen"
 * is not shown as "Straf" because of "Strafantrag", and that "Straf" is shown as "Strafen"); else, for
 * a genitive in -s or -es, the base when a known word (the catalogue's) confirms it or its compound head ("Jagdscheins" → "Jagdschein",
 * "Kurzzeitkennzeichens" → "Kurzzeitkennzeichen", never "Kurs" → "Kur"), or a genitive in -s the
 * name itself marks with "des"/"eines" ("des Baubeginns" → "Baubeginn"); a dative plural in -en/-ern
 * whose plural without the -n is known ("Abfallbehältern" → "Abfallbehälter");
 * else the word itself. Lists read better in the base form, and the base is a word people wrote.
 */
function baseForms(
  words: readonly string[],
  termStem: readonly number[],
  termWord: readonly number[],
  known: ReadonlySet<string>,
  genitives: ReadonlySet<string>,
  written: ReadonlySet<string>,
): string[] {
  const isWord = (w: string): boolean => written.has(w) || known.has(w);
  const byStem = new Map<number, Set<number>>();
  termStem.forEach((stem, p) => {
    const set = byStem.get(stem) ?? new Set<number>();
    set.add(termWord[p] as number);
    byStem.set(stem, set);
  });
  const base = [...words];
  for (const forms of byStem.values()) {
    for (const id of forms) {
      const w = words[id] ?? "";
      let best = w;
      for (const other of forms) {
        const b = words[other] ?? "";
        // The base must be a word someone wrote whole (or the catalogue knows), not only the first
        // part of a compound: "Strafen" stays, though "Strafantrag" starts with "Straf".
        if (b.length < best.length && inflects(w, b) && isWord(b)) best = b;
      }
      if (best === w && genitives.has(w)) best = w.slice(0, -1);
      // A dative plural is its plural without the -n ("an Abfallbehältern" → "Abfallbehälter", "von
      // Elternbeiträgen" → "Elternbeiträge"), when that plural ends in -e or -er and is known.
      if (best === w && /(?:e|er)n$/u.test(w)) {
        const b = w.slice(0, -1);
        if (b.length >= MIN_GENITIVE_BASE && isKnownOrCompound(b, known)) best = b;
      }
      if (best === w) {
        for (const ending of ["es", "s"]) {
          const b = w.slice(0, -ending.length);
          if (w.endsWith(ending) && b.length >= MIN_GENITIVE_BASE && isKnownOrCompound(b, known)) {
            best = b;
            break;
          }
        }
      }
      base[id] = best;
    }
  }
  // A compound's first part nobody wrote alone ("Straf" of "Strafantrag") is shown as the word with
  // an ending someone did write ("Strafen"), unless that word's base is the part itself (a genitive,
  // "des Namens": "Namen" of "Geburtsnamens" stays).
  for (const forms of byStem.values()) {
    for (const id of forms) {
      const w = words[id] ?? "";
      if (base[id] !== w || isWord(w)) continue;
      let shown = w;
      for (const other of forms) {
        const b = words[other] ?? "";
        const shorter = shown === w || b.length < shown.length;
        if (shorter && inflects(b, w) && written.has(b) && base[other] !== w) shown = b;
      }
      base[id] = shown;
    }
  }
  return base;
}

/** Interns the text analysis and the structured signals of the model's rows. @internal */
export function buildLabelIndex(
  analysis: NamesAnalysis,
  signals: readonly ModelRowSignals[],
  knownWords: ReadonlySet<string> = new Set(),
): LabelIndex {
  // A procedure verb counts and shows as its noun when someone wrote that noun or the catalogue knows
  // it ("anmelden" with "Anmeldung"): one procedure, one label word. Some never show as written
  // (`UNSHOWN_PROCEDURES`: "Online", "Buchen").
  const procedureNoun = (p: string): string | undefined => {
    const noun = PROCEDURE_NOUNS.get(p);
    if (noun !== undefined && (analysis.written.has(noun) || knownWords.has(noun))) return noun;
    return UNSHOWN_PROCEDURES.has(p) ? undefined : p;
  };
  const stems = new Interner();
  const words = new Interner();
  const procedures = new Interner();
  const verrichtungen = new Interner();
  const n = analysis.rows.length;
  const termPtr = new Int32Array(n + 1);
  const procPtr = new Int32Array(n + 1);
  const termStem: number[] = [];
  const termWord: number[] = [];
  const procId: number[] = [];
  const verrichtung = new Int32Array(n).fill(-1);
  analysis.rows.forEach((row, i) => {
    row.terms.forEach((term, k) => {
      termStem.push(stems.id(row.termStems[k] ?? term));
      termWord.push(words.id(term));
    });
    termPtr[i + 1] = termStem.length;
    for (const p of row.procedures) {
      const shown = procedureNoun(p);
      if (shown !== undefined) procId.push(procedures.id(shown));
    }
    procPtr[i + 1] = procId.length;
    const key = signals[i]?.leikaKey;
    const v = key === undefined ? undefined : decodeVerrichtung(key);
    if (v !== undefined) verrichtung[i] = verrichtungen.id(v);
  });
  // The whole word of each term, interned after all terms so that the terms' ids stay as they are;
  // its stem only groups its inflected forms for `baseForms`.
  const termToken: number[] = [];
  const tokenStem: number[] = [];
  analysis.rows.forEach((row) => {
    row.terms.forEach((term, k) => {
      const token = row.termWords[k] ?? term;
      termToken.push(words.id(token));
      tokenStem.push(stems.id(row.termWordStems[k] ?? token));
    });
  });
  // Compound parts after all terms and tokens, so that their ids stay as they are.
  const partPtr = new Int32Array(n + 1);
  const partStem: number[] = [];
  const partWord: number[] = [];
  analysis.rows.forEach((row, i) => {
    row.partTerms.forEach((part, k) => {
      partStem.push(stems.id(row.partStems[k] ?? part));
      partWord.push(words.id(part));
    });
    partPtr[i + 1] = partStem.length;
  });
  const display = (w: string): string => analysis.surfaces[w] ?? capitalise(w);
  // A base nobody wrote as such is shown as the written word without its ending, so that the
  // written spelling stays: "Straße" of "Straßen", not "Strasse" of the normalised "strassen".
  const displayBase = (base: string, word: string): string => {
    const surface = analysis.surfaces[base];
    if (surface !== undefined) return surface;
    const written = analysis.surfaces[word];
    const ending = word.slice(base.length);
    if (base !== word && word.startsWith(base) && written?.toLowerCase().endsWith(ending))
      return written.slice(0, written.length - ending.length);
    return capitalise(base);
  };
  const rowsWith = new Int32Array(stems.list.length);
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (let p = termPtr[i] as number; p < (termPtr[i + 1] as number); p++) seen.add(termStem[p] as number);
    for (let p = partPtr[i] as number; p < (partPtr[i + 1] as number); p++) seen.add(partStem[p] as number);
    for (const s of seen) rowsWith[s] = (rowsWith[s] as number) + 1;
  }
  const whole = new Uint8Array(stems.list.length);
  const markWhole = (stem: number, p: number, wordOf: readonly number[]): void => {
    const word = words.list[wordOf[p] as number] ?? "";
    if (analysis.written.has(word) || knownWords.has(word)) whole[stem] = 1;
  };
  termStem.forEach((stem, p) => markWhole(stem, p, termWord));
  partStem.forEach((stem, p) => markWhole(stem, p, partWord));
  return {
    stems: stems.list,
    whole,
    words: words.list,
    wordDisplay: baseForms(
      words.list,
      [...termStem, ...tokenStem],
      [...termWord, ...termToken],
      knownWords,
      analysis.genitives,
      analysis.written,
    ).map((base, id) => displayBase(base, words.list[id] ?? base)),
    termPtr,
    termStem: Int32Array.from(termStem),
    termWord: Int32Array.from(termWord),
    termToken: Int32Array.from(termToken),
    partPtr,
    partStem: Int32Array.from(partStem),
    partWord: Int32Array.from(partWord),
    procedures: procedures.list,
    procedureDisplay: procedures.list.map(display),
    procPtr,
    procId: Int32Array.from(procId),
    verrichtungen: verrichtungen.list,
    verrichtung,
    common: Uint8Array.from(rowsWith, (c) => (n >= MIN_ROWS_FOR_COMMON && c > n / 2 ? 1 : 0)),
    facts: {
      object: codesOf(signals.map((s) => s.leikaKey?.slice(0, 8))),
      group: codesOf(signals.map((s) => s.leikaKey?.slice(0, 5))),
      ozg: codesOf(signals.map((s) => s.ozg)),
      ozgName: codesOf(signals.map((s) => s.ozgName)),
      fachanwendung: codesOf(signals.map((s) => s.fachanwendung)),
      lebenslage: codesOf(signals.map((s) => s.lebenslage)),
      themenfeld: codesOf(signals.map((s) => s.themenfeld)),
      catalogueOzg: codesOf(signals.map((s) => s.catalogue?.ozgLeistung)),
      family: codesOf(signals.map((s) => s.family)),
    },
  };
}
