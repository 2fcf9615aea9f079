import { DEFAULT_STOP_WORDS } from "./defaultStopWords";
import { DEFAULT_SYNONYMS } from "./defaultSynonyms";
import { analyzeNames } from "./internals/analyzeNames";

/** Longest label: it must fit a column header, a pane row and the report's table. */
export const MAX_LABEL_LENGTH = 60;

function byCodePoint(p: string, q: string): number {
  return p < q ? -1 : p > q ? 1 : 0;
}

/**
 * `label` cut to at most `max` characters at a word boundary, with "…" where it was cut; trailing
 * separators (":", ",", "–") are dropped before the "…". A name of alternatives that does not fit
 * ("Finanzielle Existenzsicherung/Unterstützung bei finanziellen Problemen") is shown by its first
 * alternative when that fits and has more than one word (a phrase, not a stray word), whole, rather
 * than cut. A single word longer than `max` (none in
 * practice) is the only case cut inside a word.
 */
export function fitLabel(label: string, max = MAX_LABEL_LENGTH): string {
  // A cell's line breaks and tabs ("Hundesteuer⇥Anmeldung", "Kfz-Zulassung↵(Neufahrzeug)") are spaces in a label.
  const text = label.replace(/\s+/gu, " ").trim();
  if (text.length <= max) return text;
  const first = text.split("/")[0]?.trim() ?? "";
  // The part before a slash, unless it ends in a word cut short for the next ("Analyse-/ Messdaten").
  if (first !== text && first.includes(" ") && first.length <= max && !/[-–]$/u.test(first)) return first;
  const room = text.slice(0, max - 1);
  // The last word in `room` is whole if a separator follows it in the text.
  const whole = /[\s,:;/–-]/u.test(text.charAt(max - 1));
  const boundary = whole ? room.length : room.search(/[\s,:;/–-][^\s,:;/–-]*$/u);
  const head = (boundary > 0 ? room.slice(0, boundary) : room).replace(/[\s,:;/–-]+$/u, "");
  return `${head}…`;
}

/**
 * "Subjekt: Verrichtung, Verrichtung": the subject words, then as many `details` as fit in `max`
 * characters (in order). Just the subject when no detail fits; the subject itself is cut by
 * `fitLabel` if it is too long.
 */
export function composeLabel(
  subject: readonly string[],
  details: readonly string[],
  max = MAX_LABEL_LENGTH,
): string {
  let label = fitLabel(subject.join(" "), max);
  if (label.endsWith("…")) return label;
  // Without a subject the details alone are the label, as a list.
  let sep = label === "" ? "" : ": ";
  for (const d of details) {
    if (label.length + sep.length + d.length > max) break;
    if (label === "" && d === "") continue;
    label = `${label}${sep}${d}`;
    sep = ", ";
  }
  return label;
}

/**
 * The first of `label` and `alternatives` that `used` does not hold, else `label` numbered
 * ("… (2)", the last resort), fitted to `max`. Does not add it to `used`.
 */
export function uniqueLabel(
  label: string,
  alternatives: Iterable<string>,
  used: ReadonlySet<string>,
  max = MAX_LABEL_LENGTH,
): string {
  if (!used.has(label)) return label;
  for (const a of alternatives) if (!used.has(a)) return a;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const numbered = `${fitLabel(label, max - suffix.length)}${suffix}`;
    if (!used.has(numbered)) return numbered;
  }
}

/**
 * The value most members have, if at least `share` of all members (absent values count as
 * members without it) have it; ties in code-point order. For "a cluster that is mostly one
 * OZG-Leistung is called by it" and "a Bereich that is one Lebenslage is called by it".
 */
export function dominantValue(values: readonly (string | undefined)[], share = 2 / 3): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined && v.trim() !== "") counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && byCodePoint(v, best) < 0)) {
      best = v;
      bestCount = c;
    }
  }
  return best !== undefined && bestCount >= share * values.length ? best : undefined;
}

/** Options of `labelWords`. */
export interface LabelWordsOptions {
  /** Further words people wrote (e.g. `catalogue.vocabulary`); they make more compound parts nouns. */
  readonly knownWords?: Iterable<string>;
  /** Procedure and function words never shown as subject words. Default: the product's stop list. */
  readonly stopWords?: readonly string[];
  /** At most this many words (default 3). */
  readonly max?: number;
  /**
   * Words after the first must occur in at least this share of the names (default 0: any): a word of
   * one name in ten does not name the group.
   */
  readonly minShare?: number;
}

/**
 * Whole-word label candidates for a group of names (e.g. all process names of a Bereich): the
 * subject words of the names by the label rule (written words, nouns at the start of compounds,
 * never stems or fragments), in their most frequent written form, ranked by the number of names
 * that contain them (ties in code-point order). Deterministic and independent of the names' order.
 */
export function labelWords(names: readonly string[], options: LabelWordsOptions = {}): string[] {
  const sorted = [...names].sort(byCodePoint);
  const analysis = analyzeNames(
    sorted,
    DEFAULT_SYNONYMS,
    options.stopWords ?? DEFAULT_STOP_WORDS,
    options.knownWords ?? [],
  );
  const counts = new Map<string, number>();
  for (const row of analysis.rows)
    for (const t of new Set(row.terms)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const least = Math.max(1, (options.minShare ?? 0) * names.length);
  return [...counts]
    .sort((p, q) => q[1] - p[1] || byCodePoint(p[0], q[0]))
    .filter(([, c], k) => k === 0 || c >= least)
    .slice(0, options.max ?? 3)
    .map(([t]) => analysis.surfaces[t] ?? t.charAt(0).toUpperCase() + t.slice(1));
}

/**
 * Up to `max` of `words` for a list label ("Abfall, Bau, Müll", joined by ", ") of at most `length`
 * characters: a word inside one already listed is skipped ("Elterngeld, ElterngeldPlus"), a word
 * that would not fit is left out, not cut. `compareAs` (parallel to `words`) are the forms compared
 * for that instead of the words themselves ("Bau" for "Baugenehmigung": "Bauantrag" then overlaps it).
 */
export function wordList(
  words: readonly string[],
  max = 3,
  length = MAX_LABEL_LENGTH,
  compareAs: readonly string[] = words,
): string[] {
  const listed: string[] = [];
  const keys: string[] = [];
  words.forEach((word, k) => {
    if (listed.length === max) return;
    const key = (compareAs[k] ?? word).toLowerCase();
    const overlaps = keys.some((w) => key.includes(w) || w.includes(key));
    if (!overlaps && [...listed, word].join(", ").length <= length) {
      listed.push(word);
      keys.push(key);
    }
  });
  return listed;
}

/**
 * Label of a group of clusters (a Bereich): the concept most of its rows share (`concepts[i]`, e.g.
 * each row's Lebenslage or Themenfeld, from the sheet or the catalogue) when at least `share` of
 * the rows have it, else the two most common whole words of its names joined by ", ". Fitted to 60
 * characters. Make labels unique across Bereiche with `uniqueLabel`, passing further `labelWords`.
 */
export function groupLabel(
  names: readonly string[],
  concepts: readonly (string | undefined)[] = [],
  options: LabelWordsOptions & { readonly share?: number } = {},
): string {
  const concept = concepts.length === names.length ? dominantValue(concepts, options.share) : undefined;
  if (concept !== undefined) return fitLabel(concept);
  return composeLabel([labelWords(names, { ...options, max: 2 }).join(", ")], []);
}
