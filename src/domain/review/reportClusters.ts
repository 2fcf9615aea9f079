/** The reviewed clusters as the report lists them; pane and command line both call this. */
import { getCluster, getProcess } from "./internals/stateAccess";
import type { ReviewState } from "./types";

/** One cluster line of the report: its name, members and Bereich. */
export interface ReportCluster {
  readonly label: string;
  readonly keys: readonly string[];
  readonly bereich: string;
}

const collator = new Intl.Collator("de-DE");

/**
 * Clusters with members, grouped by Bereich: Bereiche by number of processes (largest first, then
 * name), inside a Bereich the clusters of two or more processes by size (then name), then its single
 * processes in inventory order. Empty clusters are left out. Names are the review's (unique already).
 */
export function reportClusters(state: ReviewState): ReportCluster[] {
  // Members of every cluster in one pass over the processes (inventory order), with the first position.
  const membersOf = new Map<string, { keys: string[]; first: number }>();
  state.processOrder.forEach((key, position) => {
    const id = getProcess(state, key)?.clusterId;
    if (id === undefined) return;
    const entry = membersOf.get(id);
    if (entry === undefined) membersOf.set(id, { keys: [key], first: position });
    else entry.keys.push(key);
  });
  const lines = state.clusterOrder.flatMap((id) => {
    const cluster = getCluster(state, id);
    const members = membersOf.get(id);
    if (cluster === undefined || members === undefined) return [];
    return [{ label: cluster.name, keys: members.keys, bereich: cluster.bereich, first: members.first }];
  });
  const size = new Map<string, number>();
  for (const line of lines) size.set(line.bereich, (size.get(line.bereich) ?? 0) + line.keys.length);
  return lines
    .sort((a, b) => {
      const byBereich =
        (size.get(b.bereich) ?? 0) - (size.get(a.bereich) ?? 0) || collator.compare(a.bereich, b.bereich);
      if (byBereich !== 0) return byBereich;
      const singleA = a.keys.length === 1 ? 1 : 0;
      const singleB = b.keys.length === 1 ? 1 : 0;
      if (singleA !== singleB) return singleA - singleB;
      if (singleA === 1) return a.first - b.first;
      return b.keys.length - a.keys.length || collator.compare(a.label, b.label);
    })
    .map(({ label, keys, bereich }) => ({ label, keys, bereich }));
}
