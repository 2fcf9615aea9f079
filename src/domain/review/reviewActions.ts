/**
 * Action creators of the review. They take the stamp (time, person) and any new ids from the caller —
 * the task pane stamps `new Date().toISOString()` there — so the reducer stays free of clocks and randomness.
 */
import type { ActionStamp, HistoryAction, ReviewAction } from "./types";

type Of<T extends HistoryAction["type"]> = Extract<HistoryAction, { type: T }>;

/** Moves processes (by key) into a cluster. */
export const moveProcesses = (
  keys: readonly string[],
  toClusterId: string,
  stamp: ActionStamp,
): Of<"moveProcesses"> => ({
  type: "moveProcesses",
  keys,
  toClusterId,
  ...stamp,
});

/** Merges the source clusters into the target; the sources disappear. */
export const mergeClusters = (
  sourceIds: readonly string[],
  targetId: string,
  stamp: ActionStamp,
  name?: string,
): Of<"mergeClusters"> => ({
  type: "mergeClusters",
  sourceIds,
  targetId,
  ...(name === undefined ? {} : { name }),
  ...stamp,
});

/** Moves the selected members of a cluster into a new cluster `newClusterId` (name "" = derived). */
export const splitCluster = (
  clusterId: string,
  keys: readonly string[],
  newClusterId: string,
  name: string,
  stamp: ActionStamp,
): Of<"splitCluster"> => ({ type: "splitCluster", clusterId, keys, newClusterId, name, ...stamp });

/** Creates an empty manual cluster. */
export const createCluster = (
  clusterId: string,
  name: string,
  description: string,
  stamp: ActionStamp,
  bereich?: string,
): Of<"createCluster"> => ({
  type: "createCluster",
  clusterId,
  name,
  description,
  ...(bereich === undefined ? {} : { bereich }),
  ...stamp,
});

export const renameCluster = (clusterId: string, name: string, stamp: ActionStamp): Of<"renameCluster"> => ({
  type: "renameCluster",
  clusterId,
  name,
  ...stamp,
});

export const describeCluster = (
  clusterId: string,
  description: string,
  stamp: ActionStamp,
): Of<"describeCluster"> => ({
  type: "describeCluster",
  clusterId,
  description,
  ...stamp,
});

/** Dissolves a cluster: each member becomes an Einzelprozess. */
export const dissolveCluster = (clusterId: string, stamp: ActionStamp): Of<"dissolveCluster"> => ({
  type: "dissolveCluster",
  clusterId,
  ...stamp,
});

export const lockCluster = (clusterId: string, stamp: ActionStamp): Of<"lockCluster"> => ({
  type: "lockCluster",
  clusterId,
  ...stamp,
});

export const unlockCluster = (clusterId: string, stamp: ActionStamp): Of<"unlockCluster"> => ({
  type: "unlockCluster",
  clusterId,
  ...stamp,
});

export const pinProcess = (key: string, stamp: ActionStamp): Of<"pinProcess"> => ({
  type: "pinProcess",
  key,
  ...stamp,
});

export const unpinProcess = (key: string, stamp: ActionStamp): Of<"unpinProcess"> => ({
  type: "unpinProcess",
  key,
  ...stamp,
});

/** Marks two processes as "must not be together". */
export const markCannotLink = (a: string, b: string, stamp: ActionStamp): Of<"markCannotLink"> => ({
  type: "markCannotLink",
  a,
  b,
  ...stamp,
});

/** Puts clusters into a Bereich: an existing one, or a new one of that name (splitting a Bereich). */
export const moveClustersToBereich = (
  clusterIds: readonly string[],
  bereich: string,
  stamp: ActionStamp,
): Of<"moveClustersToBereich"> => ({ type: "moveClustersToBereich", clusterIds, bereich, ...stamp });

export const renameBereich = (from: string, to: string, stamp: ActionStamp): Of<"renameBereich"> => ({
  type: "renameBereich",
  from,
  to,
  ...stamp,
});

/** All clusters of the `sources` Bereiche go to `target` (one of them, or a new name). */
export const mergeBereiche = (
  sources: readonly string[],
  target: string,
  stamp: ActionStamp,
): Of<"mergeBereiche"> => ({ type: "mergeBereiche", sources, target, ...stamp });

export const undo = (stamp: ActionStamp): Of<"undo"> => ({ type: "undo", ...stamp });

export const redo = (stamp: ActionStamp): Of<"redo"> => ({ type: "redo", ...stamp });

export type { ReviewAction };
