/** "0,86": similarity with a German decimal comma. @internal */
export function formatScore(x: number): string {
  return Math.min(1, Math.max(0, x)).toFixed(2).replace(".", ",");
}

/** Capitalises the first letter (display form of a normalised noun). @internal */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Items ranked by count (descending), ties in code-point order, so labels never depend on input order. @internal */
export function rankByCount(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
}
