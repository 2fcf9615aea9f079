import { DEFAULT_FUNCTION_WORDS } from "./defaultStopWords";
import { normalizeWord } from "./normalizeName";

/**
 * The rule for label words (issue 11, item 5). A label word is
 * 1. a word people wrote (in a member's row, or one of the known words, e.g. catalogue names);
 * 2. an inflected form of one ("Anlage" ↔ "Anlagen"), but never a feminine noun with an -s that only a
 *    compound's linking element gives it ("Niederlassungs", "Präqualifikations");
 * 3. a noun that starts a compound of a member ("Aufenthalt" ← "Aufenthaltserlaubnis"), or
 * 4. the head of a member's compound whose other part is a noun ("Leistung" ← "Ausgleichsleistung").
 * Never a head cut off a prefix or preposition ("Mund" ← "Vormund", "Führung" ← "Durchführung") and
 * never a truncated stem ("Fahrlehr", "Dienstfahr").
 *
 * "Noun" is decided without a dictionary: a known word that is not a function word or a verb prefix,
 * a word with a feminine noun suffix (-ung, -heit, -keit, -schaft, -ion, -tät), or a part that starts
 * at least two different compounds of known words ("Gewerbe" in "Gewerbeanmeldung" and
 * "Gewerbeabmeldung"). Pure and deterministic.
 */

/** Prepositions, particles and verb prefixes: never nouns, so never the other part of a label word. */
export const NON_NOUNS: ReadonlySet<string> = new Set([
  ...DEFAULT_FUNCTION_WORDS.map(normalizeWord),
  ...["ab", "an", "auf", "aus", "be", "bei", "dar", "durch", "ein", "ent", "er", "fort", "ge", "gegen"],
  ...["her", "hin", "hinter", "los", "miss", "mit", "nach", "neben", "über", "um", "un", "unter", "ur"],
  ...["ver", "vor", "voll", "weg", "wider", "wieder", "zer", "zu", "zurück", "zusammen", "ueber"],
  ...["weiter", "frei"],
]);

/**
 * Verb stems that start compounds with a linking -e ("Sterbe|urkunde", "Melde|register", "Bade|gewässer",
 * "Werbe|anlage"): they end in -e like the noun modifiers "Gewerbe" and "Schule", but name no thing, so
 * they are never taken for nouns by repeating (a label "Sterbe" is a fragment). They still split
 * compounds: "Sterbeurkunde" and "Sterbefall" share their subject.
 */
const VERB_STEM_MODIFIERS: ReadonlySet<string> = new Set(
  "bade halte hebe lade lese liege melde sende sterbe trage warte werbe".split(" "),
);

/** Linking elements between the parts of a compound ("Aufenthalt|s|erlaubnis"). "-er-" is left out:
 * it would make "Fahrlehr" + "er" + "erlaubnis" look like a split. */
export const LINKS: readonly string[] = ["", "s", "es", "n", "en", "e"];
/** Endings of inflected forms of a word (w = base + ending). */
export const INFLECTED: readonly string[] = ["e", "n", "en", "s", "es", "er", "ern", "ns", "ens"];
/**
 * Endings a written form may carry that its base form lacks. No -er ("Fahrlehrer" is not "Fahrlehr"
 * + -er) and no -e ("Gewerbe" is not "Gewerb" + -e).
 */
const BASE_OF = ["n", "en", "s", "es", "ns", "ens"] as const;
/** Words whose final -s is their own, not an ending: "Zeugnis" is no "Zeugni" + -s (nor Kreis, Pass). */
const OWN_S = /(?:is|ss)$/u;
/** Feminine noun suffixes: such nouns never take a genitive -s, and are nouns by their form. */
const FEMININE = /(ung|heit|keit|schaft|ion|tät)$/u;
const MIN_PART = 3;

/** Words known to the rule. Build it once per inventory with `buildLabelLexicon`. */
export interface LabelLexicon {
  /** Normalised whole words (truncated words such as "Niederlassungs-" in "Niederlassungs- und …" excluded). */
  readonly words: ReadonlySet<string>;
  /** Words judged to be nouns (see the module comment). */
  readonly nouns: ReadonlySet<string>;
  /** `words` and `nouns` with all their inflected and base forms (see `hasForm`), for fast look-ups. */
  readonly wordForms: ReadonlySet<string>;
  readonly nounForms: ReadonlySet<string>;
}

/** Every form `hasForm` would accept for the words of `set`. */
function formsOf(set: ReadonlySet<string>): Set<string> {
  const forms = new Set<string>(set);
  for (const a of set) {
    if (a.length < MIN_PART) continue;
    const feminine = FEMININE.test(a);
    for (const x of INFLECTED) {
      if (!(feminine && (x === "s" || x === "es" || x === "ns" || x === "ens"))) forms.add(a + x);
    }
    for (const x of BASE_OF)
      if (a.endsWith(x) && a.length - x.length >= 1 && !(x === "s" && OWN_S.test(a)))
        forms.add(a.slice(0, a.length - x.length));
  }
  return forms;
}

/** One word of a text as written, normalised, and whether it is truncated (see `scanWords`). */
export interface ScannedWord {
  readonly surface: string;
  readonly norm: string;
  readonly truncated: boolean;
  /** A hyphen joins it to the next word: the first part of "Aufstiegs-BAföG". */
  readonly joined: boolean;
  /**
   * It opens a phrase inside the text, after an opening bracket, a dash or a colon ("Bayerisches" in
   * "Eigenwohnraumförderung (Bayerisches Wohnungsbauprogramm)"): capitalised there as at the start.
   */
  readonly opensPhrase: boolean;
}

/** What ends before a word that opens a phrase inside a text (see `ScannedWord.opensPhrase`). */
const PHRASE_OPENER = /[([–—:]\s*$/u;

/**
 * An adjective in -lich abbreviated with a full stop before the next word, as inventories write them:
 * "Wasserrechtl. Erlaubnis", "Ärztl. Gutachten", "Amtl. Beglaubigung" (at least four letters ending in
 * a consonant and "l"; "Hotel." or "Kl." are none).
 */
const ABBREVIATED_ADJECTIVE = /^\p{L}{2,}[^aeiouäöüy\P{L}]l$/iu;

/**
 * The words of a text in order, as `splitWords` splits them (bare numbers dropped), each marked
 * `truncated` when a hyphen stands for a missing part: "Niederlassungs-" in "Niederlassungs- und
 * Aufenthaltserlaubnis", "-um-" in "Zulassung, -um- und Abmeldung". "-Abmeldung" (hyphen before a
 * word) is whole. An abbreviated adjective is written out ("Wasserrechtl." → "Wasserrechtliche"), so it
 * is read as the adjective it is, never shown as a label word.
 */
export function scanWords(text: string): ScannedWord[] {
  const out: ScannedWord[] = [];
  const nfc = text.normalize("NFC");
  for (const m of nfc.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (/^\p{N}+$/u.test(m[0])) continue;
    const end = m.index + m[0].length;
    const truncated = nfc[end] === "-" && (end + 1 >= nfc.length || /[\s,)/]/u.test(nfc[end + 1] ?? ""));
    const joined = nfc[end] === "-" && /\p{L}/u.test(nfc[end + 1] ?? "");
    const opensPhrase = m.index > 0 && PHRASE_OPENER.test(nfc.slice(Math.max(0, m.index - 4), m.index));
    const abbreviated = /^\.\s+\p{L}/u.test(nfc.slice(end, end + 3)) && ABBREVIATED_ADJECTIVE.test(m[0]);
    const surface = abbreviated ? `${m[0]}iche` : m[0];
    out.push({ surface, norm: normalizeWord(surface), truncated, joined, opensPhrase });
  }
  return out;
}

/** Shortest genitive in -s taken apart ("Baubeginns"; not "Kurs"). */
const MIN_GENITIVE = 5;

/** A lower-case word in -en, as an adjective after "des"/"eines" is ("nachträglichen"). */
function isInflectedAdjective(w: ScannedWord | undefined): boolean {
  if (w === undefined || w.truncated) return false;
  const initial = w.surface.charAt(0);
  return initial === initial.toLowerCase() && initial !== initial.toUpperCase() && w.norm.endsWith("en");
}

/**
 * A capitalised word in -s (not -es, not -us) after "des" or "eines" and any adjectives in -en is a
 * masculine or neuter genitive, its base the word without the -s ("des Baubeginns", "eines
 * zugelassenen Ausstellers"): a noun whose base ends in -s takes -es there ("des Kurses"), one in -us
 * keeps it ("des Status"), and -es is left alone, since "des Gebäudes" and "des Hundes" end alike.
 * @internal
 */
export function isGenitiveS(words: readonly ScannedWord[], position: number): boolean {
  const w = words[position];
  // Adjectives may stand between ("des nachträglichen Einbaus", "eines zugelassenen Ausstellers").
  let k = position - 1;
  while (k > 0 && isInflectedAdjective(words[k])) k--;
  const before = words[k]?.norm;
  if (w === undefined || (before !== "des" && before !== "eines") || w.truncated) return false;
  const initial = w.surface.charAt(0);
  return (
    initial !== initial.toLowerCase() &&
    w.norm.length >= MIN_GENITIVE &&
    w.norm.endsWith("s") &&
    !w.norm.endsWith("es") &&
    !/[sxz]s$/u.test(w.norm) &&
    // Latin nouns in -us keep it in every case ("des Status", "des Tourismus"; not "des Einbaus").
    !/[^aeiouäöü]us$/u.test(w.norm)
  );
}

/** The normalised whole words of a text: `scanWords` without the truncated ones. */
export function wholeWords(text: string): string[] {
  return scanWords(text)
    .filter((w) => !w.truncated)
    .map((w) => w.norm);
}

/**
 * The base forms of the genitives in -s a text marks with "des"/"eines" (`isGenitiveS`): "Anzeige des
 * Baubeginns" says that "Baubeginn" is a word.
 */
export function genitiveBases(text: string): string[] {
  const words = scanWords(text);
  return words.flatMap((w, k) => (isGenitiveS(words, k) ? [w.norm.slice(0, -1)] : []));
}

/** True if `w` or a base/inflected form of it is in `set` (see `INFLECTED`, `BASE_OF`). */
function hasForm(set: ReadonlySet<string>, w: string): boolean {
  if (set.has(w)) return true;
  for (const x of INFLECTED) {
    if (!w.endsWith(x)) continue;
    const base = w.slice(0, w.length - x.length);
    if (base.length < MIN_PART) continue;
    // "Niederlassungs" is no inflected form of "Niederlassung": feminine nouns take no -s.
    if ((x === "s" || x === "es" || x === "ns" || x === "ens") && FEMININE.test(base)) continue;
    if (set.has(base)) return true;
  }
  for (const x of BASE_OF) if (set.has(w + x) && !(x === "s" && OWN_S.test(w + x))) return true;
  return false;
}

/**
 * Modifiers that start two or more compounds whose heads are words and that look like nouns there:
 * they end in -e ("gewerbe" in "gewerbeanmeldung", "gewerbesteuer") or carry a linking -s/-es in one
 * of them ("ausgleich|s|…", unless the word with its -s is a word itself). Verb stems never do ("fahr|schule", "förder|abgabe", "mahn|bescheid"), or
 * are known (`VERB_STEM_MODIFIERS`: "sterbe|urkunde").
 */
function repeatedModifiers(words: ReadonlySet<string>): Set<string> {
  const heads = new Map<string, Set<string>>();
  const linked = new Set<string>();
  for (const w of words) {
    for (let i = MIN_PART; i <= w.length - 4; i++) {
      const head = w.slice(i);
      if (!words.has(head)) continue;
      const raw = w.slice(0, i);
      // Only the genitive-like links: with -e/-n/-en "gewerbe|anmeldung" would also read "gewerb|e|…".
      for (const link of ["", "s", "es"]) {
        if (!raw.endsWith(link)) continue;
        const base = raw.slice(0, raw.length - link.length);
        if (base.length < MIN_PART || NON_NOUNS.has(base)) continue;
        // The -s of a word that ends in it is no link: "zeugnis|anerkennung" starts with "Zeugnis", not
        // with "Zeugni" and a link (so are Verzeichnis, Ergebnis, Kurs).
        if (link !== "" && words.has(raw)) continue;
        const set = heads.get(base) ?? new Set<string>();
        set.add(head);
        heads.set(base, set);
        if (link !== "") linked.add(base);
      }
    }
  }
  return new Set(
    [...heads]
      .filter(([m, hs]) => hs.size >= 2 && (m.endsWith("e") || linked.has(m)) && !VERB_STEM_MODIFIERS.has(m))
      .map(([m]) => m),
  );
}

/**
 * Builds the lexicon from texts people wrote (names, and other cells of the rows) and known words
 * (e.g. the catalogue's vocabulary, the stop list's procedure words). O(total characters).
 */
export function buildLabelLexicon(texts: Iterable<string>, knownWords: Iterable<string> = []): LabelLexicon {
  const words = new Set<string>();
  for (const t of texts) for (const w of wholeWords(t)) words.add(w);
  for (const k of knownWords) for (const w of wholeWords(k)) words.add(w);
  return lexiconOfWords(words);
}

/** The lexicon of already normalised whole words (see `wholeWords`). */
export function lexiconOfWords(words: ReadonlySet<string>): LabelLexicon {
  const nouns = new Set<string>();
  for (const w of words) if (w.length >= MIN_PART && !NON_NOUNS.has(w)) nouns.add(w);
  for (const m of repeatedModifiers(words)) nouns.add(m);
  return { words, nouns, wordForms: formsOf(words), nounForms: formsOf(nouns) };
}

/**
 * A noun by the lexicon, by inflection, by a feminine noun suffix, or as a compound of a noun, a
 * linking element and a known noun ("Immission|s|schutz").
 */
export function isNoun(w: string, lexicon: LabelLexicon, depth = 0): boolean {
  if (w.length < MIN_PART || NON_NOUNS.has(w)) return false;
  if (lexicon.nounForms.has(w) || (w.length >= 6 && FEMININE.test(w))) return true;
  if (depth > 0) return false;
  for (let i = MIN_PART; i <= w.length - 4; i++) {
    if (!lexicon.nounForms.has(w.slice(i))) continue;
    if (isLinkedNoun(w.slice(0, i), lexicon, depth + 1)) return true;
  }
  return false;
}

/** A word or a compound of a noun and a word ("sleistung" is neither). */
function isWordish(w: string, lexicon: LabelLexicon): boolean {
  if (w.length < MIN_PART) return false;
  if (lexicon.wordForms.has(w) || (w.length >= 6 && FEMININE.test(w))) return true;
  for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
    if (!lexicon.wordForms.has(w.slice(i))) continue;
    if (isLinkedNoun(w.slice(0, i), lexicon)) return true;
  }
  return false;
}

/** `raw` is a noun followed by a linking element ("Immission|s"): the front of a compound. */
function isLinkedNoun(raw: string, lexicon: LabelLexicon, depth = 0): boolean {
  return LINKS.some(
    (link) => raw.endsWith(link) && isNoun(raw.slice(0, raw.length - link.length), lexicon, depth),
  );
}

/** `rest` is a linking element followed by a word ("s|schutz"): the back of a compound. */
function isLinkedWord(rest: string, lexicon: LabelLexicon): boolean {
  return LINKS.some((link) => rest.startsWith(link) && isWordish(rest.slice(link.length), lexicon));
}

/**
 * Rules 3 and 4: some member word is a compound with `w` at its `side`. Rule 3 (start): `w` is a noun
 * and the member is `w` + link + word. Rule 4 (end): `w` is a word and the member is noun + link + `w`.
 * Whether `w` itself qualifies is asked once, and only when a member has `w` at that side.
 */
function inMemberCompound(
  w: string,
  memberWords: Iterable<string>,
  lexicon: LabelLexicon,
  side: "start" | "end",
): boolean {
  const atStart = side === "start";
  let qualified: boolean | undefined;
  for (const m of memberWords) {
    if (m.length <= w.length || !(atStart ? m.startsWith(w) : m.endsWith(w))) continue;
    qualified ??= atStart ? isNoun(w, lexicon) : isWordish(w, lexicon);
    if (!qualified) return false;
    const rest = atStart ? m.slice(w.length) : m.slice(0, m.length - w.length);
    if (atStart ? isLinkedWord(rest, lexicon) : isLinkedNoun(rest, lexicon)) return true;
  }
  return false;
}

/**
 * True if the normalised word `w` is a label word by the rule: `memberWords` are the whole words of
 * the cluster's rows (see `wholeWords`), `lexicon` the words known for nouns (it should contain the
 * member words too).
 */
export function isLabelWord(w: string, memberWords: ReadonlySet<string>, lexicon: LabelLexicon): boolean {
  if (w.length === 0) return true;
  if (memberWords.has(w) || lexicon.words.has(w)) return true;
  if (hasForm(memberWords, w) || lexicon.wordForms.has(w)) return true;
  return (
    inMemberCompound(w, memberWords, lexicon, "start") || inMemberCompound(w, memberWords, lexicon, "end")
  );
}

/**
 * A truncated word of a member read as the compound it stands for: "Pfändung" or
 * "Pfändungsbeschluss" from "Pfändungs- und Überweisungsbeschluss" (the start a noun, the completion
 * a head some member word ends with).
 */
function completesTruncated(
  w: string,
  truncated: readonly string[],
  memberWords: ReadonlySet<string>,
  lexicon: LabelLexicon,
): boolean {
  for (const t of truncated) {
    for (const link of LINKS) {
      if (link !== "" && !t.endsWith(link)) continue;
      if (w === t.slice(0, t.length - link.length) && isNoun(w, lexicon)) return true;
    }
    // People wrote "Feldes-" as the start of a compound: the completed compound is theirs.
    if (w.length <= t.length || !w.startsWith(t)) continue;
    // The completion is the head of a member's compound: "…beschluss" of "Überweisung|s|beschluss".
    const head = w.slice(t.length);
    if (head.length < MIN_PART) continue;
    for (const m of memberWords) {
      if (!m.endsWith(head)) continue;
      if (m === head || isWordish(head, lexicon)) return true;
      if (isLinkedNoun(m.slice(0, m.length - head.length), lexicon)) return true;
    }
  }
  return false;
}

/**
 * The words of `label` that break the label rule (see the module comment), in label order, as
 * written in the label. `memberNames` are the texts of the cluster's rows (names, and cells such as
 * the OZG-Leistung if the label may cite them); `knownWords` are further words people wrote (the
 * inventory's vocabulary, catalogue names, procedure words). Numbers ("(2)") are ignored.
 */
export function findLabelFragments(
  label: string,
  memberNames: readonly string[],
  knownWords: Iterable<string> = [],
): string[] {
  const memberWords = new Set<string>();
  const truncated: string[] = [];
  for (const name of memberNames) {
    for (const w of scanWords(name)) {
      if (w.truncated) truncated.push(w.norm);
      else memberWords.add(w.norm);
    }
  }
  const lexicon = buildLabelLexicon(memberNames, knownWords);
  const out: string[] = [];
  const words = scanWords(label);
  words.forEach((word, k) => {
    // "Bibliotheks- und Archivangebote" (an OZG-Leistung's name): a compound's start that the label
    // itself completes with a later word is written German, not a fragment.
    if (word.truncated && k + 1 < words.length) return;
    const w = word.norm;
    if (!isLabelWord(w, memberWords, lexicon) && !completesTruncated(w, truncated, memberWords, lexicon))
      out.push(word.surface);
  });
  return out;
}
