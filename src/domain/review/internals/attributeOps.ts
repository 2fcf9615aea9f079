import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";
/**
 * @internal Reducer cases that change attributes, not membership: create, rename, describe, lock, pin,
 * "nicht zusammen".
 */
import {
  DEFAULT_BEREICH,
  type ProtocolEntry,
  type ReviewAction,
  type ReviewOutcome,
  type ReviewState,
} from "../types";
import { done, entry, quote, refuse } from "./outcome";
import {
  canonicalPair,
  clusterByName,
  getCluster,
  getProcess,
  withCluster,
  withProcesses,
} from "./stateAccess";
import { NO_REASON } from "../types";

type ActionOf<T extends ReviewAction["type"]> = Extract<ReviewAction, { type: T }>;
type LockAction = ActionOf<"lockCluster" | "unlockCluster">;
type PinAction = ActionOf<"pinProcess" | "unpinProcess">;

function nameError(state: ReviewState, name: string, exceptId?: string): Message | undefined {
  if (name.trim() === "") return msg("review.clusterNameMissing");
  if (clusterByName(state, name, exceptId) !== undefined)
    return msg("review.clusterNameTaken", { name: name.trim() });
  return undefined;
}

export function createCluster(state: ReviewState, action: ActionOf<"createCluster">): ReviewOutcome {
  if (getCluster(state, action.clusterId) !== undefined) {
    return refuse(state, msg("review.clusterIdTaken", { id: action.clusterId }));
  }
  const error = nameError(state, action.name);
  if (error !== undefined) return refuse(state, error);
  const name = action.name.trim();
  const next = withCluster(state, {
    id: action.clusterId,
    name,
    description: action.description,
    locked: false,
    origin: "manual",
    reason: NO_REASON,
    bereich: action.bereich?.trim() || DEFAULT_BEREICH,
    bereichReason: msg("cluster.bereichCreatedByReviewer"),
    bereichManual: true,
  });
  return done(next, [entry(action, "Cluster angelegt", { to: name })]);
}

export function renameCluster(state: ReviewState, action: ActionOf<"renameCluster">): ReviewOutcome {
  const cluster = getCluster(state, action.clusterId);
  if (cluster === undefined) return refuse(state, msg("review.clusterMissing", { id: action.clusterId }));
  const name = action.name.trim();
  if (name === cluster.name) return done(state, []);
  const error = nameError(state, name, cluster.id);
  if (error !== undefined) return refuse(state, error);
  return done(withCluster(state, { ...cluster, name }), [
    entry(action, "Umbenannt", { from: cluster.name, to: name }),
  ]);
}

export function describeCluster(state: ReviewState, action: ActionOf<"describeCluster">): ReviewOutcome {
  const cluster = getCluster(state, action.clusterId);
  if (cluster === undefined) return refuse(state, msg("review.clusterMissing", { id: action.clusterId }));
  if (cluster.description === action.description) return done(state, []);
  return done(withCluster(state, { ...cluster, description: action.description }), [
    entry(action, `Beschreibung von ${quote(cluster.name)} geändert`, {
      from: cluster.description,
      to: action.description,
    }),
  ]);
}

/** How a yes/no action (lock/unlock, pin/unpin) reaches its item, stores the flag and words its entry. */
interface FlagChange<T> {
  /** The cluster or process the action names; undefined when there is none. */
  readonly item: T | undefined;
  readonly missing: () => Message;
  readonly isSet: (item: T) => boolean;
  readonly store: (item: T, on: boolean) => ReviewState;
  readonly entry: (item: T, on: boolean) => ProtocolEntry;
}

/**
 * The course both yes/no actions share: refuse a missing item, change nothing when the flag already has
 * the wanted value (`on`), otherwise store the item with the flag and log one entry.
 */
function setFlag<T>(state: ReviewState, on: boolean, change: FlagChange<T>): ReviewOutcome {
  const { item } = change;
  if (item === undefined) return refuse(state, change.missing());
  if (change.isSet(item) === on) return done(state, []);
  return done(change.store(item, on), [change.entry(item, on)]);
}

export function setLocked(state: ReviewState, action: LockAction): ReviewOutcome {
  return setFlag(state, action.type === "lockCluster", {
    item: getCluster(state, action.clusterId),
    missing: () => msg("review.clusterMissing", { id: action.clusterId }),
    isSet: (cluster) => cluster.locked,
    store: (cluster, locked) => withCluster(state, { ...cluster, locked }),
    entry: (cluster, locked) =>
      entry(action, locked ? "Cluster gesperrt" : "Cluster entsperrt", { to: cluster.name }),
  });
}

export function setPinned(state: ReviewState, action: PinAction): ReviewOutcome {
  return setFlag(state, action.type === "pinProcess", {
    item: getProcess(state, action.key),
    missing: () => msg("review.processMissing", { key: action.key }),
    isSet: (process) => process.pinned,
    store: (process, pinned) => withProcesses(state, [{ ...process, pinned }]),
    entry: (process, pinned) =>
      entry(action, pinned ? "Angeheftet" : "Anheften aufgehoben", {
        process: process.name,
        to: getCluster(state, process.clusterId)?.name ?? process.clusterId,
      }),
  });
}

export function markCannotLink(state: ReviewState, action: ActionOf<"markCannotLink">): ReviewOutcome {
  const a = getProcess(state, action.a);
  const b = getProcess(state, action.b);
  if (a === undefined || b === undefined) {
    return refuse(state, msg("review.processMissing", { key: a === undefined ? action.a : action.b }));
  }
  if (a.key === b.key) return refuse(state, msg("review.separateFromItself"));
  if (a.clusterId === b.clusterId) {
    const cluster = getCluster(state, a.clusterId)?.name ?? a.clusterId;
    return refuse(state, msg("review.bothInCluster", { a: a.name, b: b.name, cluster }));
  }
  const pair = canonicalPair(a.key, b.key);
  if (state.cannotLink.some(([x, y]) => x === pair[0] && y === pair[1])) return done(state, []);
  const cannotLink = [...state.cannotLink, pair].sort(comparePairs);
  return done({ ...state, cannotLink }, [
    entry(action, "Nicht zusammen", { process: `${a.name} / ${b.name}` }),
  ]);
}

function comparePairs(x: readonly [string, string], y: readonly [string, string]): number {
  if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
  if (x[1] !== y[1]) return x[1] < y[1] ? -1 : 1;
  return 0;
}
