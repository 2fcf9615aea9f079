/** Builds the initial review state from an engine proposal. */
import type { ClusterResult, ProcessRecord } from "../clustering/types";
import { getCluster, nameKey } from "./internals/stateAccess";
import { placeInBereiche } from "./placeInBereiche";
import { msg } from "../messages/renderMessage";
import type { Message } from "../messages/types";
import { NO_REASON, type ReviewCluster, type ReviewProcess, type ReviewState } from "./types";

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
 * processes in record order, nothing locked, pinned or manual. Records the engine left out (it should
 * not) become Einzelprozesse, and keys that are not among the records are ignored, so the result is always a partition of `records`.
 */
export function reviewStateFromProposal(
  result: ClusterResult,
  records: readonly ProcessRecord[],
): ReviewState {
  const known = new Map(records.map((record) => [record.key, record]));
  const clusterOf = new Map<string, string>();
  const collected = clusterCollector();
  for (const proposed of result.clusters) {
    const keys = proposed.keys.filter((key) => known.has(key) && !clusterOf.has(key));
    if (keys.length === 0) continue;
    const id = collected.add(proposed.id, proposed.label, proposed.reason);
    for (const key of keys) clusterOf.set(key, id);
  }
  for (const record of records) {
    if (clusterOf.has(record.key)) continue;
    clusterOf.set(
      record.key,
      collected.add(`einzel-${record.key}`, record.name, msg("cluster.singletonShort")),
    );
  }
  const state: ReviewState = { ...EMPTY_REVIEW_STATE, ...collected.result() };
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

/**
 * Collects the proposal's clusters with ids and names made unique as `uniqueClusterId` and
 * `uniqueClusterName` do (`base-2`, `base (2)` …), but against sets kept here: checking each new cluster
 * against every earlier one made 10,000 rows (some 3,000 clusters) cost 0.2 s on the pane's thread.
 */
function clusterCollector() {
  const clusters: Record<string, ReviewCluster> = {};
  const clusterOrder: string[] = [];
  const names = new Set<string>();
  const add = (baseId: string, label: string, reason: Message): string => {
    let id = baseId;
    for (let n = 2; Object.hasOwn(clusters, id); n += 1) id = `${baseId}-${n}`;
    const base = label.trim() === "" ? "Cluster" : label.trim();
    let name = base;
    for (let n = 2; names.has(nameKey(name)); n += 1) name = `${base} (${n})`;
    names.add(nameKey(name));
    const cluster: ReviewCluster = {
      id,
      name,
      description: "",
      locked: false,
      origin: "proposal",
      reason,
      ...UNPLACED,
    };
    // Defined, not assigned: an id such as "__proto__" stays an own key, as in an object literal.
    Object.defineProperty(clusters, id, {
      value: cluster,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    clusterOrder.push(id);
    return id;
  };
  return { add, result: () => ({ clusters, clusterOrder }) };
}
