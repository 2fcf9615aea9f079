/**
 * External clustering metrics against reference labels (e.g. the OZG-Leistung of each row).
 * Both take two parallel label arrays: `predicted[i]` and `truth[i]` are row i's cluster and class.
 */

/** B-cubed precision, recall and F1 (Bagga & Baldwin 1998; Amigó et al. 2009). */
export interface BCubed {
  /** Mean over rows of |own cluster ∩ own class| / |own cluster|; low = reviewers would split. */
  readonly precision: number;
  /** Mean over rows of |own cluster ∩ own class| / |own class|; low = reviewers would merge. */
  readonly recall: number;
  readonly f1: number;
}

type Label = string | number;

function checkLengths(predicted: readonly Label[], truth: readonly Label[]): void {
  if (predicted.length !== truth.length) {
    throw new RangeError(
      `Vorschlag (${predicted.length}) und Referenz (${truth.length}) haben verschieden viele Zeilen.`,
    );
  }
}

/** Counts of each label and of each (predicted, truth) pair. */
function contingency(
  predicted: readonly Label[],
  truth: readonly Label[],
): { p: Map<Label, number>; t: Map<Label, number>; pt: Map<string, number> } {
  const p = new Map<Label, number>();
  const t = new Map<Label, number>();
  const pt = new Map<string, number>();
  predicted.forEach((a, i) => {
    const b = truth[i] as Label;
    p.set(a, (p.get(a) ?? 0) + 1);
    t.set(b, (t.get(b) ?? 0) + 1);
    const k = JSON.stringify([a, b]);
    pt.set(k, (pt.get(k) ?? 0) + 1);
  });
  return { p, t, pt };
}

/** B-cubed precision/recall/F1. Empty input gives 1/1/1 (nothing is wrong). */
export function bCubed(predicted: readonly Label[], truth: readonly Label[]): BCubed {
  checkLengths(predicted, truth);
  const n = predicted.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const { p, t, pt } = contingency(predicted, truth);
  let precision = 0;
  let recall = 0;
  predicted.forEach((a, i) => {
    const b = truth[i] as Label;
    const both = pt.get(JSON.stringify([a, b])) ?? 0;
    precision += both / (p.get(a) ?? 1);
    recall += both / (t.get(b) ?? 1);
  });
  precision /= n;
  recall /= n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

/**
 * Adjusted Rand Index (Hubert & Arabie 1985), as scikit-learn's `adjusted_rand_score`: 1 for equal
 * partitions, about 0 for chance agreement, negative below chance. Both trivial (all one cluster or
 * all singletons on both sides) gives 1.
 */
export function adjustedRandIndex(predicted: readonly Label[], truth: readonly Label[]): number {
  checkLengths(predicted, truth);
  const n = predicted.length;
  const { p, t, pt } = contingency(predicted, truth);
  let index = 0;
  for (const c of pt.values()) index += pairs(c);
  let sumP = 0;
  for (const c of p.values()) sumP += pairs(c);
  let sumT = 0;
  for (const c of t.values()) sumT += pairs(c);
  const expected = (sumP * sumT) / Math.max(1, pairs(n));
  const max = (sumP + sumT) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
