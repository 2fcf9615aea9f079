import { NON_NOUNS } from "../labelLexicon";

/**
 * Vocabulary-based decompounding of German nouns: "gewerbeanmeldung" → ["gewerbe", "anmeldung"] when
 * "anmeldung" (the head) is a known word and "gewerbe" (the modifier, possibly with a linking element
 * -s/-es/-n/-en/-e) is too. Known words are the inventory's own vocabulary plus seed heads, so the
 * splitter adapts to each inventory without a dictionary. The longest known head wins (the head of a
 * German compound is its last part); the head is split again, the modifier only if it is unknown.
 * A modifier is never a preposition or verb prefix ("durch|führung", "vor|mund" stay whole): those
 * words are not compounds of two subjects, and splitting them left "Führung" and "Mund" as labels.
 * @internal
 */

/** Frequent heads of administrative compounds, known even if the inventory never uses them alone. */
export const SEED_HEADS: readonly string[] = [
  "antrag",
  "anmeldung",
  "abmeldung",
  "ummeldung",
  "genehmigung",
  "erlaubnis",
  "steuer",
  "bescheinigung",
  "zulassung",
  "gebühr",
  "gebühren",
  "zuschuss",
  "beihilfe",
  "hilfe",
  "förderung",
  "geld",
  "ausweis",
  "schein",
  "pass",
  "karte",
  "register",
  "verzeichnis",
  "kennzeichen",
  "meldung",
  "auskunft",
  "einsicht",
  "änderung",
  "eintragung",
  "prüfung",
  "beratung",
  "bescheid",
  "nachweis",
  "urkunde",
  "erklärung",
  "versicherung",
  "anlage",
  "anlagen",
  "schutz",
  "recht",
  "stelle",
  "vertrag",
  "verfahren",
  "wechsel",
];

const LINKING = ["", "s", "es", "n", "en", "e"] as const;
/** Noun and adjective endings that leave the word's meaning (and its parts) unchanged. */
const INFLECTIONS = ["en", "n", "es", "s", "e", "er", "ern"] as const;
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/** Returns the known form of a modifier (stripping a linking element), or undefined. */
function knownModifier(m: string, known: ReadonlySet<string>): string | undefined {
  for (const link of LINKING) {
    if (link !== "" && !m.endsWith(link)) continue;
    const base = m.slice(0, m.length - link.length);
    if (base.length >= MIN_MODIFIER && known.has(base) && !NON_NOUNS.has(base)) return base;
  }
  return undefined;
}

/** Splits a compound into its parts, or returns it unchanged. `known` holds normalised words. */
export function decompound(
  word: string,
  known: ReadonlySet<string>,
  depth = 0,
  procedureHeads: ReadonlySet<string> = new Set(),
): string[] {
  if (depth > 3 || word.length < MIN_MODIFIER + MIN_HEAD) return [word];
  // An inflected form of a known word is split like that word: "fahrzeugen" is "fahrzeug", not
  // "fahr" + "zeugen", even though "zeugen" is a word too.
  for (const ending of INFLECTIONS) {
    const base = word.slice(0, word.length - ending.length);
    if (word.endsWith(ending) && base.length >= MIN_MODIFIER + MIN_HEAD && known.has(base))
      return decompound(base, known, depth, procedureHeads);
  }
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const head = word.slice(i);
    if (!known.has(head)) continue;
    const modifier = word.slice(0, i);
    const base = knownModifier(modifier, known);
    if (base !== undefined) return [base, ...decompound(head, known, depth + 1, procedureHeads)];
  }
  // An unknown modifier is kept whole when the head is known and long enough to be a real word, or
  // when the head is a procedure word ("Bau|antrag"): cutting those off is what matters most.
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const head = word.slice(i);
    if (NON_NOUNS.has(word.slice(0, i))) continue;
    const procedural = procedureHeads.has(head);
    if (!procedural && (i < MIN_MODIFIER + 1 || head.length < MIN_HEAD + 1)) continue;
    if (known.has(head) || procedural)
      return [word.slice(0, i), ...decompound(head, known, depth + 1, procedureHeads)];
  }
  return [word];
}
