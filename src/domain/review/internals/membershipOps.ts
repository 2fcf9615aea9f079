/**
 * @internal Reducer cases that change membership: move, merge, split, dissolve.
 * Each refuses (state unchanged + a message) instead of throwing, so the UI can show the reason.
 */
import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";
import type {
  ActionStamp,
  ProtocolEntry,
  ReviewAction,
  ReviewOutcome,
  ReviewProcess,
  ReviewState,
} from "../types";
import { done, entry, refuse } from "./outcome";
import {
  cannotLinkConflict,
  clusterByName,
  getCluster,
  getProcess,
  memberKeys,
  uniqueClusterId,
  uniqueClusterName,
  withCluster,
  withoutCluster,
  withoutEmptyProposals,
  withProcesses,
} from "./stateAccess";
import { NO_REASON } from "../types";

type ActionOf<T extends ReviewAction["type"]> = Extract<ReviewAction, { type: T }>;

function clusterName(state: ReviewState, id: string): string {
  return getCluster(state, id)?.name ?? id;
}

function processName(state: ReviewState, key: string): string {
  return getProcess(state, key)?.name ?? key;
}

function conflictMessage(state: ReviewState, pair: readonly [string, string]): Message {
  return msg("review.cannotLink", { a: processName(state, pair[0]), b: processName(state, pair[1]) });
}

/** Resolves keys to processes; returns the refusal for the first unknown key. */
function resolveProcesses(state: ReviewState, keys: readonly string[]): ReviewProcess[] | Message {
  if (keys.length === 0) return msg("review.nothingSelected");
  const result: ReviewProcess[] = [];
  for (const key of new Set(keys)) {
    const process = getProcess(state, key);
    if (process === undefined) return msg("review.processMissing", { key });
    result.push(process);
  }
  return result;
}

/**
 * Moves `processes` into the cluster `clusterId` as the reviewer's decision (`manual`), with one protocol
 * entry `what` per process (from its cluster, to the target), and drops proposed clusters left empty.
 */
function moveInto(
  state: ReviewState,
  action: ActionStamp,
  processes: readonly ReviewProcess[],
  clusterId: string,
  what: string,
): ReviewOutcome {
  const to = clusterName(state, clusterId);
  const entries = processes.map((process) =>
    entry(action, what, { process: process.name, from: clusterName(state, process.clusterId), to }),
  );
  const moved = withProcesses(
    state,
    processes.map((process) => ({ ...process, clusterId, manual: true })),
  );
  return done(withoutEmptyProposals(moved), entries);
}

export function moveProcesses(state: ReviewState, action: ActionOf<"moveProcesses">): ReviewOutcome {
  const target = getCluster(state, action.toClusterId);
  if (target === undefined) return refuse(state, msg("review.clusterMissing", { id: action.toClusterId }));
  const resolved = resolveProcesses(state, action.keys);
  if (!Array.isArray(resolved)) return refuse(state, resolved);
  const moving = resolved.filter((process) => process.clusterId !== target.id);
  if (moving.length === 0) return done(state, []);
  if (target.locked) {
    return refuse(state, msg("review.lockedMoveIn", { cluster: target.name }));
  }
  for (const process of moving) {
    const source = getCluster(state, process.clusterId);
    if (source?.locked === true) {
      return refuse(state, msg("review.lockedMoveOut", { cluster: source.name, process: process.name }));
    }
  }
  const conflict = cannotLinkConflict(
    state,
    moving.map((process) => process.key),
    target.id,
  );
  if (conflict !== undefined) return refuse(state, conflictMessage(state, conflict));
  return moveInto(state, action, moving, target.id, "Verschoben");
}

export function mergeClusters(state: ReviewState, action: ActionOf<"mergeClusters">): ReviewOutcome {
  const target = getCluster(state, action.targetId);
  if (target === undefined) return refuse(state, msg("review.clusterMissing", { id: action.targetId }));
  const sourceIds = [...new Set(action.sourceIds)].filter((id) => id !== target.id);
  if (sourceIds.length === 0) return refuse(state, msg("review.mergeTwoClusters"));
  for (const id of [target.id, ...sourceIds]) {
    const cluster = getCluster(state, id);
    if (cluster === undefined) return refuse(state, msg("review.clusterMissing", { id }));
    if (cluster.locked) return refuse(state, msg("review.lockedMerge", { cluster: cluster.name }));
  }
  const incoming = sourceIds.flatMap((id) => memberKeys(state, id));
  const conflict = cannotLinkConflict(state, incoming, target.id);
  if (conflict !== undefined) return refuse(state, conflictMessage(state, conflict));
  const name = action.name?.trim() || target.name;
  // The new name may be one of the merged clusters' own names; any other cluster's name is taken.
  const taken = clusterByName(state, name);
  if (taken !== undefined && taken.id !== target.id && !sourceIds.includes(taken.id))
    return refuse(state, msg("review.clusterNameTaken", { name }));
  const entries: ProtocolEntry[] = sourceIds.map((id) =>
    entry(action, "Zusammengeführt", { from: clusterName(state, id), to: name }),
  );
  let next = withProcesses(
    state,
    incoming.flatMap((key) => {
      const process = getProcess(state, key);
      return process === undefined ? [] : [{ ...process, clusterId: target.id, manual: true }];
    }),
  );
  for (const id of sourceIds) next = withoutCluster(next, id);
  if (name !== target.name) next = withCluster(next, { ...target, name });
  return done(next, entries);
}

export function splitCluster(state: ReviewState, action: ActionOf<"splitCluster">): ReviewOutcome {
  const source = getCluster(state, action.clusterId);
  if (source === undefined) return refuse(state, msg("review.clusterMissing", { id: action.clusterId }));
  if (source.locked) return refuse(state, msg("review.lockedSplit", { cluster: source.name }));
  const resolved = resolveProcesses(state, action.keys);
  if (!Array.isArray(resolved)) return refuse(state, resolved);
  const outsider = resolved.find((process) => process.clusterId !== source.id);
  if (outsider !== undefined) {
    return refuse(state, msg("review.notAMember", { process: outsider.name, cluster: source.name }));
  }
  if (getCluster(state, action.newClusterId) !== undefined) {
    return refuse(state, msg("review.clusterIdTaken", { id: action.newClusterId }));
  }
  const requested = action.name.trim();
  if (requested !== "" && clusterByName(state, requested) !== undefined) {
    return refuse(state, msg("review.clusterNameTaken", { name: requested }));
  }
  const name = requested !== "" ? requested : uniqueClusterName(state, `${source.name} – Teil`);
  const created = withCluster(state, {
    id: action.newClusterId,
    name,
    description: "",
    locked: false,
    origin: "manual",
    reason: NO_REASON,
    bereich: source.bereich,
    bereichReason: source.bereichReason,
    bereichManual: source.bereichManual,
  });
  return moveInto(created, action, resolved, action.newClusterId, "Abgespalten");
}

export function dissolveCluster(state: ReviewState, action: ActionOf<"dissolveCluster">): ReviewOutcome {
  const cluster = getCluster(state, action.clusterId);
  if (cluster === undefined) return refuse(state, msg("review.clusterMissing", { id: action.clusterId }));
  if (cluster.locked) return refuse(state, msg("review.lockedDissolve", { cluster: cluster.name }));
  let next = withoutCluster(state, cluster.id);
  const entries: ProtocolEntry[] = [];
  // Each member becomes an "Einzelprozess": a manual cluster of one with an id derived from its key,
  // so the reducer stays deterministic without an id from outside.
  for (const key of memberKeys(state, cluster.id)) {
    const process = getProcess(state, key);
    if (process === undefined) continue;
    const id = uniqueClusterId(next, `einzel-${key}`);
    const name = uniqueClusterName(next, process.name);
    next = withCluster(next, {
      id,
      name,
      description: "",
      locked: false,
      origin: "manual",
      reason: NO_REASON,
      bereich: cluster.bereich,
      bereichReason: cluster.bereichReason,
      bereichManual: cluster.bereichManual,
    });
    next = withProcesses(next, [{ ...process, clusterId: id, manual: true }]);
    entries.push(entry(action, "Aufgelöst", { process: process.name, from: cluster.name, to: name }));
  }
  if (entries.length === 0) entries.push(entry(action, "Cluster aufgelöst", { from: cluster.name }));
  return done(next, entries);
}
