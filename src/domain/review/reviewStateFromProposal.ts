/** Builds the initial review state from an engine proposal. */
import type { ClusterResult, ProcessRecord } from "../clustering/types";
import { getCluster, uniqueClusterId, uniqueClusterName, withCluster } from "./internals/stateAccess";
import { msg } from "../messages/renderMessage";
import { placeInBereiche } from "./placeInBereiche";
import { NO_REASON, type ReviewProcess, type ReviewState } from "./types";

/** Bereich fields of a cluster before `placeInBereiche` puts it into one. */
export const UNPLACED = { bereich: "", bereichReason: NO_REASON, bereichManual: false } as const;

/** A state without clusters or processes. */
export const EMPTY_REVIEW_STATE: ReviewState = {
  clusters: {},
  clusterOrder: [],
  processes: {},
  processOrder: [],
  cannotLink: [],
};

/**
 * Turns a `ClusterResult` into a `ReviewState`: proposed clusters in the engine's order (labels made
 * unique, because the `Cluster` column refers to clusters by name), each in its proposed Bereich,
 * processes in record order, nothing locked, pinned or manual. Records the engine left out (it should not) become Einzelprozesse, and
 * keys that are not among the records are ignored, so the result is always a partition of `records`.
 */
export function reviewStateFromProposal(
  result: ClusterResult,
  records: readonly ProcessRecord[],
): ReviewState {
  const known = new Map(records.map((record) => [record.key, record]));
  const clusterOf = new Map<string, string>();
  let state = EMPTY_REVIEW_STATE;
  for (const proposed of result.clusters) {
    const keys = proposed.keys.filter((key) => known.has(key) && !clusterOf.has(key));
    if (keys.length === 0) continue;
    const id = uniqueClusterId(state, proposed.id);
    state = withCluster(state, {
      id,
      name: uniqueClusterName(state, proposed.label),
      description: "",
      locked: false,
      origin: "proposal",
      reason: proposed.reason,
      ...UNPLACED,
    });
    for (const key of keys) clusterOf.set(key, id);
  }
  for (const record of records) {
    if (clusterOf.has(record.key)) continue;
    const id = uniqueClusterId(state, `einzel-${record.key}`);
    state = withCluster(state, {
      id,
      name: uniqueClusterName(state, record.name),
      description: "",
      locked: false,
      origin: "proposal",
      reason: msg("cluster.singletonShort"),
      ...UNPLACED,
    });
    clusterOf.set(record.key, id);
  }
  const processes: Record<string, ReviewProcess> = {};
  const processOrder: string[] = [];
  for (const record of records) {
    const clusterId = clusterOf.get(record.key);
    if (
      clusterId === undefined ||
      getCluster(state, clusterId) === undefined ||
      Object.hasOwn(processes, record.key)
    )
      continue;
    processes[record.key] = { key: record.key, name: record.name, clusterId, pinned: false, manual: false };
    processOrder.push(record.key);
  }
  return placeInBereiche({ ...state, processes, processOrder }, result);
}
