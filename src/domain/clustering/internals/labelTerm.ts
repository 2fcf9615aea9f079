import { isNoun, LINKS, type LabelLexicon } from "../labelLexicon";
import { normalizeWord } from "../normalizeName";

/** Where each part of a decompounded word sits in it (end excludes a linking element). */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Locates the parts `decompound` returned in the word: each part starts at most two letters (a
 * linking element) after the previous one ends. Undefined when they do not line up.
 */
function spansOf(word: string, parts: readonly string[]): Span[] | undefined {
  const spans: Span[] = [];
  let pos = 0;
  for (const part of parts) {
    const at = word.indexOf(part, pos);
    if (at < 0 || at - pos > 2 || (spans.length === 0 && at !== 0)) return undefined;
    spans.push({ start: at, end: at + part.length });
    pos = at + part.length;
  }
  return spans;
}

const FEMININE = /(ung|heit|keit|schaft|ion|tät)$/u;
/** Linking elements, longest first. */
const ENDINGS = LINKS.filter((l) => l !== "").sort((a, b) => b.length - a.length);

/**
 * The noun a compound's first part names, without its linking element: a known word without it
 * ("aufenthalts" → "aufenthalt"), the part itself if known ("gewerbe"), a feminine noun without its
 * -s ("niederlassungs" → "niederlassung"), else the part if it is a noun by `isNoun`. Undefined when
 * the part is no noun ("durch", "fahrlehr").
 */
function withoutLink(text: string, lexicon: LabelLexicon): string | undefined {
  const exact = (w: string): boolean => lexicon.words.has(w) || lexicon.nouns.has(w);
  const bases = ENDINGS.filter((l) => text.endsWith(l)).map((l) => text.slice(0, text.length - l.length));
  const known = bases.find((b) => b.length >= 3 && exact(b) && isNoun(b, lexicon));
  if (known !== undefined) return known;
  if (exact(text) && isNoun(text, lexicon)) return text;
  const feminine = bases.find((b) => b.length >= 6 && FEMININE.test(b));
  if (feminine !== undefined) return feminine;
  return isNoun(text, lexicon) ? text : undefined;
}

/**
 * The label term of a word whose decompounded `parts` are `kept` (true) or cut off as procedure words
 * (false): the whole word when all parts are kept or the kept parts are inside it; the leading kept
 * parts when they form a noun ("gewerbe" ← "gewerbeanmeldung", "niederlassung" ←
 * "niederlassungserlaubnis"); the trailing kept parts when the cut-off start is a noun. Never a stem,
 * a part with its linking element, or a head cut off a prefix: the label rule of `labelLexicon`.
 * Undefined when no part is kept.
 * @internal
 */
export function labelTermOf(
  word: string,
  parts: readonly string[],
  kept: readonly boolean[],
  lexicon: LabelLexicon,
): string | undefined {
  const first = kept.indexOf(true);
  if (first < 0) return undefined;
  const last = kept.lastIndexOf(true);
  if (first === 0 && last === parts.length - 1) return word;
  const spans = spansOf(word, parts);
  const lastSpan = spans?.[last];
  const firstSpan = spans?.[first];
  if (lastSpan === undefined || firstSpan === undefined) return word;
  for (let k = first; k <= last; k++) if (kept[k] !== true) return word;
  if (first === 0 && spans !== undefined) {
    // Up to the end of the last kept part, plus a linking element the part still carries.
    const next = spans[last + 1];
    return withoutLink(word.slice(0, next === undefined ? lastSpan.end : next.start), lexicon) ?? word;
  }
  if (last === parts.length - 1 && withoutLink(word.slice(0, firstSpan.start), lexicon) !== undefined)
    return word.slice(firstSpan.start);
  return word;
}

/**
 * Whether a procedure part of a word may be shown as a label word: the whole word, its first part,
 * or its last part after a noun ("anmeldung" ← "gewerbeanmeldung").
 * @internal
 */
export function isShownPart(
  word: string,
  parts: readonly string[],
  k: number,
  lexicon: LabelLexicon,
): boolean {
  if (parts.length === 1 || k === 0) return true;
  if (k !== parts.length - 1) return false;
  const spans = spansOf(word, parts);
  const span = spans?.[k];
  return span !== undefined && withoutLink(word.slice(0, span.start), lexicon) !== undefined;
}

/**
 * The part of a written word (`surface`) that is `norm.slice(from, to)` of its normalised form, so a
 * part keeps its written spelling ("Großraum" from "Großraum-", not "Grossraum"). Falls back to the
 * normalised slice when the two do not line up.
 * @internal
 */
export function surfaceSlice(surface: string, norm: string, from: number, to = norm.length): string {
  let n = 0;
  let start = -1;
  let out = "";
  for (const ch of surface.normalize("NFC")) {
    if (n === from) start = 0;
    if (n >= to) break;
    if (start === 0) out += ch;
    n += normalizeWord(ch).length;
  }
  return n >= to && normalizeWord(out) === norm.slice(from, to) ? out : norm.slice(from, to);
}
