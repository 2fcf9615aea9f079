/** Selectors: views of a `ReviewState` for the task pane and the workbook writers. */
import { getCluster, getProcess, memberKeys, nameKey } from "./internals/stateAccess";
import type { ReviewCluster, ReviewProcess, ReviewState } from "./types";

/** A cluster with its members, for lists. */
export interface ClusterView {
  readonly cluster: ReviewCluster;
  readonly members: readonly ReviewProcess[];
}

/** Members of a cluster in inventory order. */
export function selectMembers(state: ReviewState, clusterId: string): ReviewProcess[] {
  return memberKeys(state, clusterId).flatMap((key) => {
    const process = getProcess(state, key);
    return process === undefined ? [] : [process];
  });
}

/**
 * Clusters with at least two members (plus empty or locked ones, which a reviewer made on purpose),
 * sorted by size descending, then name (German collation), then id — deterministic for equal names.
 */
export function selectClustersSorted(state: ReviewState): ClusterView[] {
  return state.clusterOrder
    .flatMap((id) => {
      const cluster = getCluster(state, id);
      return cluster === undefined ? [] : [{ cluster, members: selectMembers(state, id) }];
    })
    .filter((view) => view.members.length !== 1 || view.cluster.locked)
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        a.cluster.name.localeCompare(b.cluster.name, "de-DE") ||
        (a.cluster.id < b.cluster.id ? -1 : a.cluster.id > b.cluster.id ? 1 : 0),
    );
}

/** The "Einzelprozesse" bucket: processes alone in an unlocked cluster, in inventory order. */
export function selectSingletons(state: ReviewState): ReviewProcess[] {
  const sizes = new Map<string, number>();
  for (const key of state.processOrder) {
    const id = getProcess(state, key)?.clusterId;
    if (id !== undefined) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  }
  return state.processOrder.flatMap((key) => {
    const process = getProcess(state, key);
    if (process === undefined || sizes.get(process.clusterId) !== 1) return [];
    return getCluster(state, process.clusterId)?.locked === true ? [] : [process];
  });
}

/** A text field of each process's cluster per process key ("" when the cluster is missing). */
function clusterFieldByKey(state: ReviewState, field: "name" | "bereich"): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const key of state.processOrder) {
    const process = getProcess(state, key);
    if (process !== undefined) byKey.set(key, getCluster(state, process.clusterId)?.[field] ?? "");
  }
  return byKey;
}

/** Cluster name per process key (what the inventory's `Cluster` column shows). */
export function selectClusterNameByKey(state: ReviewState): Map<string, string> {
  return clusterFieldByKey(state, "name");
}

/** Bereich per process key (what the inventory's `Bereich` column shows). */
export function selectBereichByKey(state: ReviewState): Map<string, string> {
  return clusterFieldByKey(state, "bereich");
}

/** The cluster with this name (case- and space-insensitive) or id, if any. */
export function selectClusterByNameOrId(state: ReviewState, text: string): ReviewCluster | undefined {
  const wanted = nameKey(text);
  if (wanted === "") return undefined;
  const byName = state.clusterOrder
    .map((id) => getCluster(state, id))
    .find((c) => c !== undefined && nameKey(c.name) === wanted);
  return byName ?? getCluster(state, text.trim());
}
