import type { SummaryCluster } from "./types";

/**
 * Makes cluster labels usable as report keys: trimmed, non-empty ("Cluster 3") and unique ignoring case
 * ("Meldewesen (2)"), because COUNTIFS compares labels case-insensitively. Order and members are kept.
 */
export function uniqueClusterLabels(
  clusters: readonly {
    readonly label: string;
    readonly keys: readonly string[];
    readonly bereich?: string;
  }[],
): SummaryCluster[] {
  const seen = new Set<string>();
  return clusters.map((cluster, i) => {
    const base = cluster.label.trim() === "" ? `Cluster ${i + 1}` : cluster.label.trim();
    let label = base;
    for (let n = 2; seen.has(label.toLowerCase()); n += 1) label = `${base} (${n})`;
    seen.add(label.toLowerCase());
    return { ...cluster, label };
  });
}
