/** The 101 possible results of `formatScore`, "0,00" … "1,00". */
const SCORES = Array.from({ length: 101 }, (_, k) => (k / 100).toFixed(2).replace(".", ","));

/**
 * "0,86": similarity with a German decimal comma, rounded like `toFixed(2)`. A cut formats one score
 * per process, so the common case is a table lookup; values whose hundredfold lies within a hair of
 * a rounding boundary (where the multiplication itself may round) take the exact `toFixed` path.
 * @internal
 */
export function formatScore(x: number): string {
  const clamped = Math.min(1, Math.max(0, x));
  const scaled = clamped * 100;
  const frac = scaled - Math.floor(scaled);
  if (Math.abs(frac - 0.5) < 1e-6) return clamped.toFixed(2).replace(".", ",");
  return SCORES[Math.round(scaled)] ?? clamped.toFixed(2).replace(".", ",");
}

/** Capitalises the first letter (display form of a normalised noun). @internal */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Items ranked by count (descending), ties in code-point order, so labels never depend on input order. @internal */
export function rankByCount(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
}
