/**
 * @internal Reducer cases that change membership: move, merge, split, dissolve.
 * Each refuses (state unchanged + German message) instead of throwing, so the UI can show the reason.
 */
import type { ProtocolEntry, ReviewAction, ReviewOutcome, ReviewProcess, ReviewState } from "../types";
import { done, entry, quote, refuse } from "./outcome";
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

const lockedHint = "Bitte den Cluster zuerst entsperren.";

function clusterName(state: ReviewState, id: string): string {
  return getCluster(state, id)?.name ?? id;
}

function processName(state: ReviewState, key: string): string {
  return getProcess(state, key)?.name ?? key;
}

function conflictMessage(state: ReviewState, pair: readonly [string, string]): string {
  return `${quote(processName(state, pair[0]))} und ${quote(processName(state, pair[1]))} dürfen nicht im selben Cluster sein (als „nicht zusammen“ markiert).`;
}

/** Resolves keys to processes; returns a German error for the first unknown key. */
function resolveProcesses(state: ReviewState, keys: readonly string[]): ReviewProcess[] | string {
  if (keys.length === 0) return "Es sind keine Prozesse ausgewählt.";
  const result: ReviewProcess[] = [];
  for (const key of new Set(keys)) {
    const process = getProcess(state, key);
    if (process === undefined) return `Der Prozess ${quote(key)} ist nicht (mehr) im Inventar.`;
    result.push(process);
  }
  return result;
}

export function moveProcesses(state: ReviewState, action: ActionOf<"moveProcesses">): ReviewOutcome {
  const target = getCluster(state, action.toClusterId);
  if (target === undefined) return refuse(state, `Der Cluster ${quote(action.toClusterId)} existiert nicht.`);
  const resolved = resolveProcesses(state, action.keys);
  if (typeof resolved === "string") return refuse(state, resolved);
  const moving = resolved.filter((process) => process.clusterId !== target.id);
  if (moving.length === 0) return done(state, []);
  if (target.locked) {
    return refuse(
      state,
      `Der Cluster ${quote(target.name)} ist gesperrt: Es können keine Prozesse hinein verschoben werden. ${lockedHint}`,
    );
  }
  for (const process of moving) {
    const source = getCluster(state, process.clusterId);
    if (source?.locked === true) {
      return refuse(
        state,
        `Der Cluster ${quote(source.name)} ist gesperrt: ${quote(process.name)} kann nicht heraus verschoben werden. ${lockedHint}`,
      );
    }
  }
  const conflict = cannotLinkConflict(
    state,
    moving.map((process) => process.key),
    target.id,
  );
  if (conflict !== undefined) return refuse(state, conflictMessage(state, conflict));
  const entries = moving.map((process) =>
    entry(action, "Verschoben", {
      process: process.name,
      from: clusterName(state, process.clusterId),
      to: target.name,
    }),
  );
  const moved = withProcesses(
    state,
    moving.map((process) => ({ ...process, clusterId: target.id, manual: true })),
  );
  return done(withoutEmptyProposals(moved), entries);
}

export function mergeClusters(state: ReviewState, action: ActionOf<"mergeClusters">): ReviewOutcome {
  const target = getCluster(state, action.targetId);
  if (target === undefined) return refuse(state, `Der Cluster ${quote(action.targetId)} existiert nicht.`);
  const sourceIds = [...new Set(action.sourceIds)].filter((id) => id !== target.id);
  if (sourceIds.length === 0)
    return refuse(state, "Bitte mindestens zwei verschiedene Cluster zum Zusammenführen wählen.");
  for (const id of [target.id, ...sourceIds]) {
    const cluster = getCluster(state, id);
    if (cluster === undefined) return refuse(state, `Der Cluster ${quote(id)} existiert nicht.`);
    if (cluster.locked)
      return refuse(
        state,
        `Der Cluster ${quote(cluster.name)} ist gesperrt und kann nicht zusammengeführt werden. ${lockedHint}`,
      );
  }
  const incoming = sourceIds.flatMap((id) => memberKeys(state, id));
  const conflict = cannotLinkConflict(state, incoming, target.id);
  if (conflict !== undefined) return refuse(state, conflictMessage(state, conflict));
  const name = action.name?.trim() || target.name;
  // The new name may be one of the merged clusters' own names; any other cluster's name is taken.
  const taken = clusterByName(state, name);
  if (taken !== undefined && taken.id !== target.id && !sourceIds.includes(taken.id))
    return refuse(state, `Der Name ${quote(name)} ist schon vergeben.`);
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
  if (source === undefined) return refuse(state, `Der Cluster ${quote(action.clusterId)} existiert nicht.`);
  if (source.locked)
    return refuse(
      state,
      `Der Cluster ${quote(source.name)} ist gesperrt und kann nicht geteilt werden. ${lockedHint}`,
    );
  const resolved = resolveProcesses(state, action.keys);
  if (typeof resolved === "string") return refuse(state, resolved);
  const outsider = resolved.find((process) => process.clusterId !== source.id);
  if (outsider !== undefined) {
    return refuse(state, `${quote(outsider.name)} gehört nicht zum Cluster ${quote(source.name)}.`);
  }
  if (getCluster(state, action.newClusterId) !== undefined) {
    return refuse(state, `Die Cluster-ID ${quote(action.newClusterId)} ist schon vergeben.`);
  }
  const requested = action.name.trim();
  if (requested !== "" && clusterByName(state, requested) !== undefined) {
    return refuse(state, `Der Name ${quote(requested)} ist schon vergeben.`);
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
  const entries = resolved.map((process) =>
    entry(action, "Abgespalten", { process: process.name, from: source.name, to: name }),
  );
  const moved = withProcesses(
    created,
    resolved.map((process) => ({ ...process, clusterId: action.newClusterId, manual: true })),
  );
  return done(withoutEmptyProposals(moved), entries);
}

export function dissolveCluster(state: ReviewState, action: ActionOf<"dissolveCluster">): ReviewOutcome {
  const cluster = getCluster(state, action.clusterId);
  if (cluster === undefined) return refuse(state, `Der Cluster ${quote(action.clusterId)} existiert nicht.`);
  if (cluster.locked)
    return refuse(
      state,
      `Der Cluster ${quote(cluster.name)} ist gesperrt und kann nicht aufgelöst werden. ${lockedHint}`,
    );
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
