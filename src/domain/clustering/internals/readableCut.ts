import { mergesUpTo, type Dendrogram } from "./dendrogram";

/**
 * The default cut never shows more than a quarter as many clusters as processes (single processes
 * count): a committee reads a proposal as an overview, and with more groups than that most of them
 * are single rows, i.e. no proposal at all. A quarter is also where people's own groupings of service
 * lists lie or below (280–650 services in 16–84 groups; 369 in 84 for the finest list known), so the
 * cap only bites when the lexical cut fragments a list. @internal
 */
export const MAX_CLUSTER_SHARE = 1 / 4;

/**
 * The cap never asks for fewer clusters than this: below 40 processes a quarter would be fewer groups
 * than the 5–25 Bereiche above them, and such a short list fits on one screen anyway. @internal
 */
export const MIN_CAPPED_CLUSTERS = 10;

/**
 * Groups whose average distance reaches this share no subject feature at all (cosine 0); the default
 * never merges them just to meet the cap. @internal
 */
export const UNRELATED_DISTANCE = 0.999;

/**
 * The default distance threshold: `base` (the strategy's similarity rule), raised to the lowest
 * merge height at which at most max(n/4, 10) clusters remain, but never up to merging unrelated groups.
 * Heights are a property of the tree, so the result is deterministic and order-independent. @internal
 */
export function readableCut(d: Dendrogram, base: number): number {
  const n = d.n;
  const cap = readableCap(n);
  if (n - mergesUpTo(d, base) <= cap) return base;
  const needed = n - cap;
  const height = d.height[Math.min(needed, d.height.length) - 1] ?? base;
  return Math.max(base, Math.min(height, UNRELATED_DISTANCE));
}

/** The most clusters the default cut shows for `n` processes: max(n/4, 10). @internal */
export function readableCap(n: number): number {
  return Math.max(Math.floor(n * MAX_CLUSTER_SHARE), MIN_CAPPED_CLUSTERS);
}
