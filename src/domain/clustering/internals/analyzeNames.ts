import { ARTICLES, DEFAULT_FUNCTION_WORDS, isInflectedVerb } from "../defaultStopWords";
import { wholeSynonym, type SynonymEntry } from "../defaultSynonyms";
import { buildLabelLexicon, isGenitiveS, lexiconOfWords, scanWords, type ScannedWord } from "../labelLexicon";
import { normalizeWord } from "../normalizeName";
import { decompound, SEED_HEADS } from "./decompound";
import { isShownPart, labelTermOf, surfaceSlice } from "./labelTerm";
import { createStemmer } from "./germanStem";
import { capitalise } from "./formatGerman";

/** What the text pipeline knows about one process name. @internal */
export interface NameAnalysis {
  /** Stems of the subject word parts (after synonyms, decompounding and stop-word removal), in order. */
  readonly subjects: readonly string[];
  /**
   * Role of each subject stem (parallel to `subjects`): parts of the first subject word ("lead"),
   * further words before the first procedure word that follows a subject ("core"), and words after
   * it ("detail": "Kraftfahrzeug Abmeldung *bei Halterwechsel*"), which say less about the subject.
   */
  readonly roles: readonly SubjectRole[];
  /** Subject words for labels: whole words with procedure parts cut off ("gewerbeanmeldung" → "gewerbe"). */
  readonly terms: readonly string[];
  /** Stems of `terms`, parallel, for counting. Terms are distinct per row (stems may repeat). */
  readonly termStems: readonly string[];
  /**
   * The whole word each term was taken from, parallel, normalised: "baugenehmigung" for the term
   * "bau". A list label of a mixed cluster shows it ("Baugenehmigung, Baulast"), not the part.
   */
  readonly termWords: readonly string[];
  /** Stems of `termWords`, parallel. */
  readonly termWordStems: readonly string[];
  /** Normalised procedure words of the name (stop words that are not function words), for labels. */
  readonly procedures: readonly string[];
  /**
   * Nouns inside the name's subject compounds that the label rule admits besides the terms: the noun a
   * compound starts with ("pflege" ← "pflegewohngeld") and its head after a noun ("steuer" ←
   * "hundesteuer"). Distinct per row and from the terms' stems; they name what a mixed cluster's rows
   * share ("Steuer: Einspruch, Grundsteuerwert, Übernachtungsteuer").
   */
  readonly partTerms: readonly string[];
  /** Stems of `partTerms`, parallel. */
  readonly partStems: readonly string[];
}

/** See `NameAnalysis.roles`. @internal */
export type SubjectRole = "lead" | "core" | "detail";

/** Result of analysing a list of names together (the vocabulary is shared). @internal */
export interface NamesAnalysis {
  readonly rows: readonly NameAnalysis[];
  /** Normalised word → most frequent written form, for labels ("kraftfahrzeug" → "Kraftfahrzeug"). */
  readonly surfaces: Readonly<Record<string, string>>;
  /**
   * Normalised words written whole in some name, and the synonym table's words: label terms that are
   * words as people write them, not only the start of a compound ("Sozialbericht", not "Sozial").
   */
  readonly written: ReadonlySet<string>;
  /** Words seen as a genitive in -s after "des"/"eines" ("baubeginns"): shown without the -s. */
  readonly genitives: ReadonlySet<string>;
}

const PREFIX_REST = 3;

/** Shortest compound part that counts as a noun a mixed cluster's rows share ("Bau", not "Ei"). */
const MIN_PART_TERM = 3;

/**
 * A word of a name after synonyms. `redundant` marks a subject word a family entry adds next to a word
 * that already contains it ("reisepass" → "reisepass pass", "schulzeugnis" → "… schule"): it still
 * links the name to its subject for similarity, but a label shows the specific word alone
 * ("Reisepass", not "Pass Reisepass"). Added words that say something new ("sperrmüll" → "… abfall")
 * stay label words: they name what "Sperrmüll" and "Altpapier" have in common.
 */
interface SynonymWord {
  readonly word: string;
  readonly redundant: boolean;
}

/** A word of a name after synonyms, with `truncated` from `scanWords` ("Niederlassungs-"). */
interface NameWord extends SynonymWord {
  readonly truncated: boolean;
  /** The word as written, when it is one (not a synonym's expansion). */
  readonly surface?: string;
}

/**
 * Completes truncated words from the compound after them, as a reader does: "Niederlassungs- und
 * Aufenthaltserlaubnis" → "niederlassungserlaubnis", "aufenthaltserlaubnis". A truncated word whose
 * next word is no compound stays truncated (and is no label word).
 */
function completeTruncated(
  words: readonly NameWord[],
  split: (word: string) => readonly string[],
  functionWords: ReadonlySet<string>,
): readonly NameWord[] {
  if (!words.some((w) => w.truncated)) return words;
  return words.map((w, k) => {
    if (!w.truncated) return w;
    const next = words.slice(k + 1).find((x) => !x.truncated && !functionWords.has(x.word));
    const parts = next === undefined ? [] : split(next.word);
    const head = parts[parts.length - 1];
    if (next === undefined || parts.length < 2 || head === undefined) return w;
    const word = w.word + head;
    const from = next.word.length - head.length;
    const surface =
      w.surface === undefined || next.surface === undefined
        ? undefined
        : w.surface + surfaceSlice(next.surface, next.word, from);
    return { word, redundant: w.redundant, truncated: false, ...(surface !== undefined ? { surface } : {}) };
  });
}

/** The words an entry maps `from` to, with redundant family additions marked. */
function expand(
  from: string,
  to: string,
  stem: (word: string) => string,
  rest: readonly string[] = [],
): SynonymWord[] {
  const words = to.split(" ").filter((w) => w !== "");
  const family = words.includes(from);
  return [
    ...words.map((word) => ({ word, redundant: family && word !== from && from.includes(stem(word)) })),
    ...rest.map((word) => ({ word, redundant: false })),
  ];
}

/**
 * Applies prefix synonyms ("kfzsteuer" → "kraftfahrzeug steuer"), but only when the rest is itself a
 * known word, so an abbreviation never fires inside an ordinary word ("est" in "estrich").
 */
function applyPrefixSynonyms(
  norm: NameWord,
  prefixes: readonly SynonymEntry[],
  known: ReadonlySet<string>,
  stem: (word: string) => string,
): NameWord[] {
  for (const s of prefixes) {
    const rest = norm.word.slice(s.from.length);
    if (rest.length >= PREFIX_REST && norm.word.startsWith(s.from) && known.has(rest)) {
      return expand(s.from, s.to, stem, [rest]).map((w) => ({
        ...w,
        redundant: w.redundant || norm.redundant,
        truncated: false,
      }));
    }
  }
  return [norm];
}

/** The word lists of one analysis, normalised once. */
interface WordLists {
  readonly stem: (word: string) => string;
  readonly syn: readonly SynonymEntry[];
  /** Each normalised word of a synonym's replacement → as the table writes it ("straßenverkehr"). */
  readonly synWritten: ReadonlyMap<string, string>;
  /** Whole-word synonyms: normalised word → its replacement. */
  readonly whole: ReadonlyMap<string, string>;
  /** Prefix synonyms: abbreviations of three or more letters, longest first. */
  readonly prefixes: readonly SynonymEntry[];
  readonly stopNorm: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly isStop: (word: string) => boolean;
  /**
   * A procedure word as listed for an inflected form of it, by stem ("Anmeldungen" → "anmeldung"): a
   * label shows the listed form (or its noun), never the inflection.
   */
  readonly listedProcedure: (word: string) => string;
}

function prepareWordLists(synonyms: readonly SynonymEntry[], stopWords: readonly string[]): WordLists {
  const stem = createStemmer();
  const syn = synonyms
    .map((s) => ({ from: normalizeWord(s.from).trim(), to: normalizeWord(s.to).trim() }))
    .filter((s) => s.from !== "" && s.to !== "");
  const whole = new Map(syn.map((s) => [s.from, s.to] as const));
  const synWritten = new Map(
    synonyms.flatMap((s) =>
      s.to
        .normalize("NFC")
        .toLowerCase()
        .split(/\s+/u)
        .filter((w) => w !== "")
        .map((w) => [normalizeWord(w), w] as const),
    ),
  );
  // Prefix matches only for abbreviations of three or more letters, longest first.
  const prefixes = syn
    .filter((s) => s.from.length >= 3 && !s.from.includes(" "))
    .sort((a, b) => b.from.length - a.from.length || (a.from < b.from ? -1 : 1));
  const stopNorm = new Set(stopWords.map((w) => normalizeWord(w).trim()));
  const functionWords = new Set(DEFAULT_FUNCTION_WORDS.map(normalizeWord));
  // Function words match exactly: by stem, "sich" would swallow "Sicherheit" ("sicherheits" → "sich").
  const stopStems = new Set([...stopNorm].filter((w) => !functionWords.has(w)).map((w) => stem(w)));
  const isStop = (w: string): boolean => stopNorm.has(w) || stopStems.has(stem(w));
  // The first listed word of each stem: the list names verbs before their nouns' inflections.
  const listedByStem = new Map<string, string>();
  for (const w of stopNorm)
    if (!functionWords.has(w) && !listedByStem.has(stem(w))) listedByStem.set(stem(w), w);
  const listedProcedure = (w: string): string => (stopNorm.has(w) ? w : (listedByStem.get(stem(w)) ?? w));
  return { stem, syn, synWritten, whole, prefixes, stopNorm, functionWords, isStop, listedProcedure };
}

/** Pass 1: the names' words after whole-word synonyms, with what their writing tells. */
interface Tokenised {
  readonly words: readonly (readonly NameWord[])[];
  /** Normalised word → written form → count. */
  readonly surfaceCounts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Words written out in full somewhere (not only truncated). */
  readonly written: ReadonlySet<string>;
  /** Genitives in -s, not -es, right after "des"/"eines" ("des Baubeginns"): their base drops the -s. */
  readonly genitives: ReadonlySet<string>;
  readonly lowerAfterStart: ReadonlySet<string>;
  readonly capitalAfterStart: ReadonlySet<string>;
  /** Words seen as an attributive adjective opening a name (see `openingUse`). */
  readonly attributive: ReadonlySet<string>;
  /** Words with an adjective ending seen opening a name alone or before a lower-case word (nouns). */
  readonly nominal: ReadonlySet<string>;
  /**
   * First parts of hyphenated compounds with a linking -s ("Aufstiegs" in "Aufstiegs-BAföG") or an
   * adjective ending ("Medizinisch-psychologische"), never seen as a word of their own: like
   * "Niederlassungs-", not a word to show alone.
   */
  readonly linkingParts: ReadonlySet<string>;
}

const STARTS_WITH_LETTER = /^\p{L}/u;

/** Shortest hyphenated first part taken to end in a linking -s ("Aufstiegs-"; not "Bus-"). */
const MIN_LINKING_PART = 5;
/** A hyphenated first part that is an adjective ("Medizinisch-psychologische", "Öffentlich-rechtliche"). */
const ADJECTIVE_PART = /^\p{L}{3,}(?:lich|isch)$/u;

/**
 * Endings of inflected German adjectives and participles: -lich, -isch, -ig, -bar, -sam, -haft, -los, -frei,
 * -iell, -uell, -iv, present participles (-end) and past participles (-iert, -tet; strong ones
 * ge-/ver-/be-/ent-/zer- … -en; weak ones of separable verbs, ab-/an-/… ge- … -t), each with a case
 * ending, after a stem of at least three letters ("amtlicher", "drohende", "begleitetes",
 * "beschleunigtes", "vereinfachtes" (weak participles in -igt, -facht),
 * "verlorenen", "gefundenes", "finanzielle", "abgeschlepptes"; not "fische", "tische"); and -al after
 * at least five letters ("illegale", "zentrales"; not "signale", "lokale", which are also nouns).
 */
const ATTRIBUTIVE_ENDING =
  /^(?:\p{L}{3,}(?:lich|isch|ig|igt|facht|bar|sam|haft|los|frei|end|iert|tet|iell|uell|iv)|\p{L}{5,}al|(?:ge|ver|be|ent|zer)\p{L}{2,}en|(?:ab|an|auf|aus|ein|fest|mit|nach|um|vor|weg|zu|zurück)ge\p{L}{2,}t)(?:e|er|es|en|em)$/u;

/** Articles before a capitalised adjective of a proper name inside a name ("Erteilung einer Blauen Karte"). */
const ARTICLE_SET: ReadonlySet<string> = new Set(ARTICLES);

/**
 * Common adjectives without a telling ending that open service names ("Gelbe Tonne", "Offene
 * Ganztagsschule", "Kleiner Waffenschein", "Internationaler Führerschein", "Defekte Straßenlaterne",
 * "Zweite Leichenschau", "Anonymer HIV-Test", "Erweitertes Führungszeugnis"), inflected. Not "alt" ("Alter"
 * is also the noun) nor "neu" (a stop word already).
 */
const PLAIN_ATTRIBUTIVE = new RegExp(
  `^(?:${[
    ...["gelb", "blau", "grün", "rot", "schwarz", "weiss", "braun", "grau", "klein", "gross", "offen"],
    ...["international", "national", "regional", "lokal", "defekt", "wild", "privat", "ganz", "halb"],
    ...["kurz", "lang", "schnell", "mobil", "erst", "letzt", "verkaufsoffen", "frei"],
    ...["zweit", "dritt", "doppelt", "einfach", "besonder", "anonym", "erweitert", "ermässigt"],
  ].join("|")})(?:e|er|es|en|em)$`,
  "u",
);

/**
 * How a word with an adjective ending (`ATTRIBUTIVE_ENDING`, `PLAIN_ATTRIBUTIVE`) opens a mixed-case name
 * (or, after an article, a proper name inside it): before a
 * capitalised word it is an attribute ("Drohende Räumung", "Amtlicher Lageplan"), capitalised only
 * because it starts the name, so no label word (it still counts for similarity); alone or before a
 * lower-case word it is used as a noun ("Ehrenamtliche gesucht"). Undefined for other words.
 */
function openingUse(
  words: readonly ScannedWord[],
  position: number,
  mixedCase: boolean,
): "attributive" | "nominal" | undefined {
  const word = words[position]?.norm ?? "";
  if (!mixedCase || !(ATTRIBUTIVE_ENDING.test(word) || PLAIN_ATTRIBUTIVE.test(word))) return undefined;
  // Inside a name only after an article, where a proper name keeps its capital ("einer Blauen Karte").
  const surface = words[position]?.surface ?? "";
  const capitalised = surface.charAt(0) !== surface.charAt(0).toLowerCase();
  const opens = position === 0 || words[position]?.opensPhrase === true;
  if (!opens && !(capitalised && ARTICLE_SET.has(words[position - 1]?.norm ?? ""))) return undefined;
  const initial = words[position + 1]?.surface.charAt(0);
  return initial !== undefined && initial !== initial.toLowerCase() ? "attributive" : "nominal";
}

/**
 * How a word with an adjective ending is used in a name written all in capitals or all in lower case
 * ("KLEINER WAFFENSCHEIN", "wasserrechtliche erlaubnis für privaten brunnen"), where case tells nothing:
 * before a word that is no function word it is an attribute, so no label word; otherwise (last, or
 * before "für", "der" …) it may be used as a noun ("EHRENAMTLICHE GESUCHT" is not told apart). Undefined
 * for other words.
 */
function uniformCaseUse(
  words: readonly ScannedWord[],
  position: number,
  functionWords: ReadonlySet<string>,
): "attributive" | "nominal" | undefined {
  const word = words[position]?.norm ?? "";
  if (!(ATTRIBUTIVE_ENDING.test(word) || PLAIN_ATTRIBUTIVE.test(word))) return undefined;
  const next = words[position + 1];
  return next !== undefined && !functionWords.has(next.norm) ? "attributive" : "nominal";
}

/**
 * How a word of a name in capitals or in lower case is shown: as German writes a noun ("BESTATTUNG",
 * "bestattung" → "Bestattung"), since the words a label shows are nouns; a word of at most three
 * capitals stays an abbreviation ("KFZ", "SGB").
 */
function caseOfNoun(surface: string): string {
  if (surface.length <= 3 && surface === surface.toUpperCase()) return surface;
  return capitalise(surface.toLowerCase());
}

function tokeniseNames(names: readonly string[], lists: WordLists): Tokenised {
  const surfaceCounts = new Map<string, Map<string, number>>();
  const written = new Set<string>();
  const genitives = new Set<string>();
  // German writes nouns with a capital letter: a word seen only in lower case after the first word of a
  // mixed-case name ("Hund anmelden", "Kopien amtlich beglaubigen") is a verb or an adjective, never a
  // label word. It still counts for similarity. Names in all capitals or all lower case tell nothing.
  const lowerAfterStart = new Set<string>();
  const capitalAfterStart = new Set<string>();
  const attributive = new Set<string>();
  const nominal = new Set<string>();
  const linking = new Set<string>();
  const standalone = new Set<string>();
  const words = names.map((name) => {
    const scanned = scanWords(name);
    const mixedCase = name !== name.toUpperCase() && name !== name.toLowerCase();
    return scanned.flatMap((w, position): NameWord[] => {
      const use = mixedCase
        ? openingUse(scanned, position, mixedCase)
        : uniformCaseUse(scanned, position, lists.functionWords);
      if (use !== undefined) (use === "attributive" ? attributive : nominal).add(w.norm);
      if (
        w.joined &&
        ((w.norm.length >= MIN_LINKING_PART && w.norm.endsWith("s")) || ADJECTIVE_PART.test(w.norm))
      )
        linking.add(w.norm);
      else if (!w.joined && !w.truncated) standalone.add(w.norm);
      if (position > 0 && mixedCase) {
        const initial = w.surface.charAt(0);
        if (initial !== initial.toUpperCase()) lowerAfterStart.add(w.norm);
        // A proper name's adjective ("einer Blauen Karte") is no evidence of a noun.
        // Nor is a word capitalised because it opens a phrase ("(Bayerisches Wohnungsbauprogramm)").
        else if (initial !== initial.toLowerCase() && use !== "attributive" && !w.opensPhrase)
          capitalAfterStart.add(w.norm);
      }
      const surface = mixedCase ? w.surface : caseOfNoun(w.surface);
      const count = surfaceCounts.get(w.norm) ?? new Map<string, number>();
      count.set(surface, (count.get(surface) ?? 0) + 1);
      surfaceCounts.set(w.norm, count);
      const to = wholeSynonym(lists.whole, w.norm);
      if (!w.truncated) written.add(w.norm);
      if (isGenitiveS(scanned, position)) genitives.add(w.norm);
      if (to === undefined) return [{ word: w.norm, redundant: false, truncated: w.truncated, surface }];
      return expand(w.norm, to, lists.stem).map((x) => ({ ...x, truncated: false }));
    });
  });
  const linkingParts = new Set([...linking].filter((w) => !standalone.has(w)));
  return {
    words,
    surfaceCounts,
    written,
    genitives,
    lowerAfterStart,
    capitalAfterStart,
    attributive,
    nominal,
    linkingParts,
  };
}

/** What pass 2 consults and caches while it reads the rows (the label rule is costly). */
interface RowContext {
  readonly lists: WordLists;
  readonly tokens: Tokenised;
  readonly known: ReadonlySet<string>;
  readonly split: (word: string) => string[];
  readonly lexicon: ReturnType<typeof lexiconOfWords>;
  /** Per distinct word: its label term. */
  readonly termOf: Map<string, string | undefined>;
  /** Per word and part: whether a label may show the part. */
  readonly shownParts: Map<string, boolean>;
  /** Written forms of label terms that are parts of words ("Großraum" from "Großraum-"). */
  readonly derived: Map<string, string>;
}

function createRowContext(lists: WordLists, tokens: Tokenised, knownWords: Iterable<string>): RowContext {
  const known = new Set<string>();
  for (const words of tokens.words) for (const { word } of words) if (word.length >= 3) known.add(word);
  for (const h of SEED_HEADS) known.add(normalizeWord(h));
  for (const w of lists.stopNorm) if (w.length >= 4) known.add(w);
  const splits = new Map<string, string[]>();
  const procedureHeads = new Set(
    [...lists.stopNorm].filter((w) => w.length >= 4 && !lists.functionWords.has(w)),
  );
  const split = (word: string): string[] => {
    let all = splits.get(word);
    if (all === undefined) {
      all = decompound(word, known, 0, procedureHeads);
      splits.set(word, all);
    }
    return all;
  };
  // Labels show only words by the label rule; the lexicon knows the names' words and the product's
  // own word lists (procedure words, seed heads, synonym targets).
  const lexicon = lexiconOfWords(
    new Set([
      ...tokens.written,
      ...buildLabelLexicon(
        [],
        [...procedureHeads, ...SEED_HEADS, ...lists.syn.map((x) => x.to), ...knownWords],
      ).words,
    ]),
  );
  return {
    lists,
    tokens,
    known,
    split,
    lexicon,
    termOf: new Map(),
    shownParts: new Map(),
    derived: new Map(),
  };
}

/**
 * Adds the procedure parts of one word to the row's lists (`procedures`: those a label may show).
 * `surface`: the word as written, if it is one.
 */
function collectProcedureParts(
  word: string,
  all: readonly string[],
  truncated: boolean,
  row: { readonly procedures: string[]; readonly procedureParts: string[] },
  ctx: RowContext,
  surface: string | undefined,
): void {
  const { isStop, functionWords, stopNorm } = ctx.lists;
  all.forEach((part, k) => {
    if (!isStop(part) || functionWords.has(part)) return;
    if (!row.procedureParts.includes(part)) row.procedureParts.push(part);
    // A part of a compound is shown only if it is itself a listed procedure word: "Melde" in
    // "Melderegister" matches "melden" by stem, but it is no word of its own.
    if (truncated || (all.length > 1 && !stopNorm.has(part))) return;
    // An inflected form is shown as listed ("Anmeldungen" as "Anmeldung"), unless it is a verb form
    // written in lower case: "melde" in "Wie melde ich mich bei der VHS an?" is no "Meldung", and a
    // question's "bekomme" says nothing of the service.
    const listed = ctx.lists.listedProcedure(part);
    if (row.procedures.includes(listed)) return;
    if (listed !== part) {
      const lower = surface !== undefined && surface.charAt(0) !== surface.charAt(0).toUpperCase();
      if (!lower && !isInflectedVerb(part, stopNorm)) row.procedures.push(listed);
      return;
    }
    const key = `${k}\u0000${word}`;
    let shown = ctx.shownParts.get(key);
    if (shown === undefined) {
      shown = isShownPart(word, all, k, ctx.lexicon);
      ctx.shownParts.set(key, shown);
    }
    if (shown) row.procedures.push(part);
  });
}

/** The label term of a subject word, or undefined when the word may not label (truncated, lower case). */
function labelTermOfWord(
  word: string,
  all: readonly string[],
  kept: readonly boolean[],
  truncated: boolean,
  ctx: RowContext,
): string | undefined {
  let term = ctx.termOf.get(word);
  if (!ctx.termOf.has(word)) {
    term = labelTermOf(word, all, kept, ctx.lexicon);
    ctx.termOf.set(word, term);
  }
  // A word still truncated (no compound after it to complete it from) is no label word.
  // An adjective (lower case after the start, or attributive at the start) is no label word either,
  // unless it is also used as a noun ("Hilfe für Jugendliche", "Ehrenamtliche gesucht").
  const { lowerAfterStart, capitalAfterStart, attributive, nominal, linkingParts } = ctx.tokens;
  const adjective = lowerAfterStart.has(word) || (attributive.has(word) && !nominal.has(word));
  if (truncated || linkingParts.has(word) || (adjective && !capitalAfterStart.has(word))) return undefined;
  // A token that starts with a digit ("7i" in "§ 7i EStG", "2G") is a number or a paragraph, no word.
  if (!STARTS_WITH_LETTER.test(word)) return undefined;
  return term;
}

/** Pass 2 for one name: subjects with their roles, label terms and procedure words. */
function analyzeRow(words: readonly NameWord[], ctx: RowContext): NameAnalysis {
  const { stem, isStop, functionWords, prefixes } = ctx.lists;
  const subjects: string[] = [];
  const roles: SubjectRole[] = [];
  let detail = false;
  let subjectWords = 0;
  const terms: string[] = [];
  const termWords: string[] = [];
  const partTerms: string[] = [];
  const row = { procedures: [] as string[], procedureParts: [] as string[] };
  const completed = completeTruncated(words, ctx.split, functionWords);
  for (const { word, redundant, truncated, surface } of completed.flatMap((w) =>
    applyPrefixSynonyms(w, prefixes, ctx.known, stem),
  )) {
    const all = ctx.split(word);
    const kept = all.map((part) => !isStop(part) && part.length >= 2);
    collectProcedureParts(word, all, truncated, row, ctx, surface);
    const parts = all.filter((_, k) => kept[k]);
    const procedural = all.some((part) => isStop(part) && !functionWords.has(part));
    if (parts.length === 0) {
      if (procedural && subjects.length > 0) detail = true;
      continue;
    }
    const role: SubjectRole = detail ? "detail" : subjectWords === 0 ? "lead" : "core";
    subjectWords++;
    for (const part of parts) {
      subjects.push(stem(part));
      roles.push(role);
    }
    // A procedure part inside a compound ("Gewerbe|anmeldung") also ends the subject phrase.
    if (procedural) detail = true;
    const term = labelTermOfWord(word, all, kept, truncated, ctx);
    if (term !== undefined && !redundant)
      for (const part of compoundNouns(word, all, kept, ctx)) {
        if (part !== term && !partTerms.some((t) => stem(t) === stem(part))) partTerms.push(part);
        rememberSurface(part, word, surface, ctx);
      }
    // One term per stem and row, so counts say how many rows share a word.
    if (term === undefined || redundant || terms.some((t) => stem(t) === stem(term))) continue;
    terms.push(term);
    termWords.push(word);
    if (term !== word || !ctx.tokens.surfaceCounts.has(word)) rememberSurface(term, word, surface, ctx);
  }
  // A name made only of procedure words ("Antrag auf Erteilung") is compared on those words rather
  // than on nothing, so it can still meet its twins.
  if (subjects.length === 0) {
    for (const p of row.procedureParts) {
      subjects.push(stem(p));
      roles.push("lead");
    }
    for (const p of row.procedures) {
      terms.push(p);
      termWords.push(p);
    }
  }
  const termStems = terms.map(stem);
  const parts = partTerms.filter((p) => !termStems.includes(stem(p)));
  return {
    subjects,
    roles,
    terms,
    termStems,
    termWords,
    termWordStems: termWords.map(stem),
    procedures: row.procedures,
    partTerms: parts,
    partStems: parts.map(stem),
  };
}

/**
 * The nouns a compound subject word has at its start and as its head, by the label rule
 * (`labelTermOf` with only that part kept): "pflege" and "stützpunkt" of "pflegestützpunkt", not
 * "landes" or a middle part. Parts that are procedure words are no subject (`kept`). Empty for a
 * word of one part.
 */
function compoundNouns(
  word: string,
  all: readonly string[],
  kept: readonly boolean[],
  ctx: RowContext,
): string[] {
  if (all.length < 2) return [];
  const out: string[] = [];
  for (const k of [0, all.length - 1]) {
    if (kept[k] !== true) continue;
    const part = labelTermOf(
      word,
      all,
      all.map((_, j) => j === k),
      ctx.lexicon,
    );
    if (part !== undefined && part !== word && part.length >= MIN_PART_TERM && !ctx.lists.isStop(part))
      out.push(part);
  }
  return out;
}

/** The written form of a term cut from a word ("Steuer" of "Hundesteuer"), kept once per term. */
function rememberSurface(term: string, word: string, surface: string | undefined, ctx: RowContext): void {
  if (surface === undefined || ctx.derived.has(term)) return;
  const from = word.startsWith(term) ? 0 : word.length - term.length;
  ctx.derived.set(term, capitalise(surfaceSlice(surface, word, from, from + term.length)));
}

/** Normalised word → the written form labels show: the most frequent, else a derived or synonym form. */
function chooseSurfaces(
  surfaceCounts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  derived: ReadonlyMap<string, string>,
  syn: readonly SynonymEntry[],
  synWritten: ReadonlyMap<string, string>,
): Record<string, string> {
  const surfaces: Record<string, string> = {};
  for (const [norm, counts] of surfaceCounts) {
    let best = "";
    let bestCount = -1;
    for (const [surface, c] of counts) {
      // Prefer the most frequent form; among equals the capitalised noun form, then code-point order.
      if (c > bestCount || (c === bestCount && surface < best)) {
        best = surface;
        bestCount = c;
      }
    }
    surfaces[norm] = best === best.toLowerCase() ? capitalise(best) : best;
  }
  for (const [term, display] of derived) if (surfaces[term] === undefined) surfaces[term] = display;
  for (const s of syn)
    for (const w of s.to.split(" "))
      if (surfaces[w] === undefined) surfaces[w] = capitalise(synWritten.get(w) ?? w);
  return surfaces;
}

/**
 * Runs the German text pipeline over all names: split and normalise, synonyms, decompounding against
 * the names' own vocabulary, stop-word removal and Snowball stemming. `knownWords` (e.g. the
 * catalogue's vocabulary) only widen the label lexicon: more compound starts count as nouns.
 * @internal
 */
export function analyzeNames(
  names: readonly string[],
  synonyms: readonly SynonymEntry[],
  stopWords: readonly string[],
  knownWords: Iterable<string> = [],
): NamesAnalysis {
  const lists = prepareWordLists(synonyms, stopWords);
  const tokens = tokeniseNames(names, lists);
  const ctx = createRowContext(lists, tokens, knownWords);
  const rows = tokens.words.map((words) => analyzeRow(words, ctx));
  const written = new Set([...tokens.written, ...lists.syn.flatMap((x) => x.to.split(" "))]);
  const surfaces = chooseSurfaces(tokens.surfaceCounts, ctx.derived, lists.syn, lists.synWritten);
  return { rows, surfaces, written, genitives: tokens.genitives };
}
