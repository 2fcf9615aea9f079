/**
 * Action creators of the review. They take the stamp (time, person) and any new ids from the caller —
 * the task pane stamps `new Date().toISOString()` there — so the reducer stays free of clocks and randomness.
 */
import type { ActionStamp, HistoryAction, ReviewAction } from "./types";

type Of<T extends HistoryAction["type"]> = Extract<HistoryAction, { type: T }>;

/** What an action of type `T` carries besides its type and stamp. */
type FieldsOf<T extends HistoryAction["type"]> = Omit<Of<T>, "type" | keyof ActionStamp>;

/**
 * The action of type `type`: the type first, then `fields` in their order, then the stamp (time, person) —
 * the key order the stored history has always had.
 */
function stamped<T extends HistoryAction["type"]>(type: T, fields: FieldsOf<T>, stamp: ActionStamp): Of<T> {
  // `Of<T>` is exactly `{ type: T } & FieldsOf<T> & ActionStamp`; the compiler cannot see that for a generic T.
  return { type, ...fields, ...stamp } as Of<T>;
}

/** Moves processes (by key) into a cluster. */
export const moveProcesses = (keys: readonly string[], toClusterId: string, stamp: ActionStamp) =>
  stamped("moveProcesses", { keys, toClusterId }, stamp);

/** Merges the source clusters into the target; the sources disappear. */
export const mergeClusters = (
  sourceIds: readonly string[],
  targetId: string,
  stamp: ActionStamp,
  name?: string,
) => stamped("mergeClusters", { sourceIds, targetId, ...(name === undefined ? {} : { name }) }, stamp);

/** Moves the selected members of a cluster into a new cluster `newClusterId` (name "" = derived). */
export const splitCluster = (
  clusterId: string,
  keys: readonly string[],
  newClusterId: string,
  name: string,
  stamp: ActionStamp,
) => stamped("splitCluster", { clusterId, keys, newClusterId, name }, stamp);

/** Creates an empty manual cluster. */
export const createCluster = (
  clusterId: string,
  name: string,
  description: string,
  stamp: ActionStamp,
  bereich?: string,
) =>
  stamped(
    "createCluster",
    { clusterId, name, description, ...(bereich === undefined ? {} : { bereich }) },
    stamp,
  );

export const renameCluster = (clusterId: string, name: string, stamp: ActionStamp) =>
  stamped("renameCluster", { clusterId, name }, stamp);

export const describeCluster = (clusterId: string, description: string, stamp: ActionStamp) =>
  stamped("describeCluster", { clusterId, description }, stamp);

/** Dissolves a cluster: each member becomes an Einzelprozess. */
export const dissolveCluster = (clusterId: string, stamp: ActionStamp) =>
  stamped("dissolveCluster", { clusterId }, stamp);

export const lockCluster = (clusterId: string, stamp: ActionStamp) =>
  stamped("lockCluster", { clusterId }, stamp);

export const unlockCluster = (clusterId: string, stamp: ActionStamp) =>
  stamped("unlockCluster", { clusterId }, stamp);

export const pinProcess = (key: string, stamp: ActionStamp) => stamped("pinProcess", { key }, stamp);

export const unpinProcess = (key: string, stamp: ActionStamp) => stamped("unpinProcess", { key }, stamp);

/** Marks two processes as "must not be together". */
export const markCannotLink = (a: string, b: string, stamp: ActionStamp) =>
  stamped("markCannotLink", { a, b }, stamp);

/** Puts clusters into a Bereich: an existing one, or a new one of that name (splitting a Bereich). */
export const moveClustersToBereich = (clusterIds: readonly string[], bereich: string, stamp: ActionStamp) =>
  stamped("moveClustersToBereich", { clusterIds, bereich }, stamp);

export const renameBereich = (from: string, to: string, stamp: ActionStamp) =>
  stamped("renameBereich", { from, to }, stamp);

/** All clusters of the `sources` Bereiche go to `target` (one of them, or a new name). */
export const mergeBereiche = (sources: readonly string[], target: string, stamp: ActionStamp) =>
  stamped("mergeBereiche", { sources, target }, stamp);

export const undo = (stamp: ActionStamp) => stamped("undo", {}, stamp);

export const redo = (stamp: ActionStamp) => stamped("redo", {}, stamp);

export type { ReviewAction };
