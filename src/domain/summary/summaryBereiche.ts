/** The Bereiche of a report's clusters, as the overview, the charts and the Verlauf count them. */
import type { SummaryCluster } from "./types";

/** "1 Bereich", "8 Bereiche": the formula and `computeSummaryNumbers` say it alike. @internal */
export function bereicheText(count: number): string {
  return `${count} ${count === 1 ? "Bereich" : "Bereiche"}`;
}

/** Number of distinct Bereiche of clusters with members, or null when no cluster has a Bereich. @internal */
export function overviewBereichCount(clusters: readonly SummaryCluster[]): number | null {
  if (!clusters.some((c) => c.bereich !== undefined)) return null;
  return new Set(
    clusters.filter((c) => c.keys.length > 0).map((c) => (c.bereich ?? "").toLocaleLowerCase("de-DE")),
  ).size;
}

/** Label of a Bereich row for clusters without a Bereich (next to named ones). */
export const NO_BEREICH_LABEL = "(ohne Bereich)";

/** A Bereich of the overview: its name as the clusters spell it first, and its clusters' indices. */
export interface SummaryBereich {
  readonly name: string;
  readonly clusters: readonly number[];
}

/**
 * The Bereiche in the order their clusters first appear (the report lists clusters by Bereich), names
 * compared ignoring case as the formulas do. Empty when no cluster has a Bereich. @internal
 */
export function summaryBereiche(clusters: readonly SummaryCluster[]): SummaryBereich[] {
  if (!clusters.some((c) => c.bereich !== undefined)) return [];
  const byKey = new Map<string, { name: string; clusters: number[] }>();
  clusters.forEach((c, i) => {
    const name = c.bereich ?? "";
    const key = name.toLocaleLowerCase("de-DE");
    const entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, { name, clusters: [i] });
    else entry.clusters.push(i);
  });
  return [...byKey.values()];
}
