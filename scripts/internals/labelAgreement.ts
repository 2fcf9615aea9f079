/**
 * How far the engine's cluster labels say what people called the groups (`bench:lists`): of the label
 * words of each multi-row cluster, the share found in the name of the reference group most of its rows
 * belong to. A word is found when it and a word of that name share their first five letters, or one
 * contains the other ("Abfallkalender" ~ "Abfallgebühren", "Steuer" ~ "Hundesteuer") — a crude
 * proxy: a good label can use other words than the reference, but over many clusters more agreement
 * means labels a reader recognises. Words of fewer than four letters and "und" are not counted.
 */

/** Agreement of the labels: share of label words, and share of clusters with at least one. */
export interface LabelAgreement {
  readonly words: number;
  readonly clusters: number;
}

const PREFIX = 5;

/** Lowercased words of at least four letters, without "und". @internal */
export function agreementWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && w !== "und");
}

function found(word: string, reference: readonly string[]): boolean {
  return reference.some(
    (r) => r.slice(0, PREFIX) === word.slice(0, PREFIX) || r.includes(word) || word.includes(r),
  );
}

/**
 * Label agreement of `groups` (label and row keys) with the reference group names; `referenceOf(key)`
 * is a row's reference group name. Single rows are skipped (their label is their name); ties of the
 * majority go to the name first in code-point order. 0 when no group has label words.
 */
export function labelAgreement(
  groups: readonly { readonly label: string; readonly keys: readonly string[] }[],
  referenceOf: (key: string) => string,
): LabelAgreement {
  let words = 0;
  let foundWords = 0;
  let clusters = 0;
  let foundClusters = 0;
  for (const group of groups) {
    if (group.keys.length < 2) continue;
    const counts = new Map<string, number>();
    for (const key of group.keys) {
      const name = referenceOf(key);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const [majority] = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    const reference = agreementWords(majority?.[0] ?? "");
    const label = agreementWords(group.label);
    if (label.length === 0) continue;
    const hits = label.filter((w) => found(w, reference)).length;
    words += label.length;
    foundWords += hits;
    clusters++;
    if (hits > 0) foundClusters++;
  }
  return {
    words: words === 0 ? 0 : foundWords / words,
    clusters: clusters === 0 ? 0 : foundClusters / clusters,
  };
}
