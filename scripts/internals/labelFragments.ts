/**
 * The label-fragment count of the benchmarks (`bench:labels`, `bench:lists`): each multi-row cluster's
 * (or Bereich's) label checked by `findLabelFragments` (the rule of issue 11 item 5) against its members' texts, with
 * the words people wrote as known words — the whole inventory's words, the product's own word lists
 * (procedure words, seed heads, synonym targets) and, with the catalogue on, the catalogue's words
 * (labels may be catalogue concept names).
 */
import { DEFAULT_PROCEDURE_WORDS } from "../../src/domain/clustering/defaultStopWords";
import { DEFAULT_SYNONYMS } from "../../src/domain/clustering/defaultSynonyms";
import { SEED_HEADS } from "../../src/domain/clustering/internals/decompound";
import { findLabelFragments, wholeWords } from "../../src/domain/clustering/labelLexicon";

/** Fragments found, the labels that have any, and up to `maxExamples` "label ⟵ fragments" lines. */
export interface FragmentCount {
  readonly fragments: number;
  readonly labels: number;
  readonly examples: readonly string[];
}

/**
 * Counts label fragments of the groups (clusters or Bereiche: a label and its rows' keys; single rows
 * are skipped, their label is their name). `textsOf(key)` gives a row's texts (its name, and its
 * OZG-Leistung cell where there is one); `extraKnown` adds known words (e.g. the catalogue's).
 */
export function countLabelFragments(
  groups: readonly { readonly label: string; readonly keys: readonly string[] }[],
  allTexts: readonly string[],
  textsOf: (key: string) => readonly string[],
  extraKnown: Iterable<string> = [],
  maxExamples = 15,
): FragmentCount {
  const known = new Set<string>([
    ...DEFAULT_PROCEDURE_WORDS,
    ...SEED_HEADS,
    ...DEFAULT_SYNONYMS.flatMap((s) => wholeWords(s.to)),
    ...extraKnown,
  ]);
  for (const text of allTexts) for (const w of wholeWords(text)) known.add(w);
  let fragments = 0;
  let labels = 0;
  const examples: string[] = [];
  for (const c of groups) {
    if (c.keys.length < 2) continue;
    const bad = findLabelFragments(
      c.label,
      c.keys.flatMap((k) => textsOf(k)),
      known,
    );
    fragments += bad.length;
    if (bad.length > 0) {
      labels++;
      if (examples.length < maxExamples) examples.push(`${c.label}  ⟵ ${bad.join(", ")}`);
    }
  }
  return { fragments, labels, examples };
}
