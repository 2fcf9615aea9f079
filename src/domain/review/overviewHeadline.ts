/** The one-line size of an overview, as pane, command line and report say it. */
import type { ReviewState } from "./types";

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("de-DE")} ${n === 1 ? one : many}`;
}

/**
 * "319 Teilprozesse → 12 Bereiche, 41 Cluster" (single processes count as clusters: each is a line of
 * the overview). Clusters without members are not counted.
 */
export function overviewHeadline(state: ReviewState): string {
  const used = new Set(Object.values(state.processes).map((p) => p.clusterId));
  const clusters = state.clusterOrder.filter((id) => used.has(id));
  const bereiche = new Set(
    clusters.map((id) => (state.clusters[id]?.bereich ?? "").toLocaleLowerCase("de-DE")),
  ).size;
  return (
    `${count(state.processOrder.length, "Teilprozess", "Teilprozesse")} → ` +
    `${count(bereiche, "Bereich", "Bereiche")}, ${count(clusters.length, "Cluster", "Cluster")}`
  );
}
