/**
 * Vocabulary of the review: a normalised state (clusters and processes by id, order arrays for
 * determinism), the named actions that change it, protocol entries and the undo/redo history.
 * Everything is plain, JSON-serialisable data.
 *
 * Empty clusters: a cluster may be empty only when its origin is `"manual"` (a reviewer created it
 * and has not filled it yet, or moved everything out of it on purpose). A proposed cluster
 * (`"proposal"`) that loses its last member is removed by the reducer. Property tests check exactly this.
 */
import type { Message } from "../messages/types";
import type { BereichSource, ClusterStrategy, Granularity } from "../clustering/types";
import type { ReifegradModell } from "../inventory/types";
import { msg } from "../messages/renderMessage";

/** Where a cluster came from: the engine's proposal or a reviewer. */
/** Where a cluster came from; the `Cluster` sheet shows it as "Vorschlag" or "manuell". */
export type ClusterOrigin = "proposal" | "manual";

export interface ReviewCluster {
  /** Stable id (engine id, or an id handed in with the action that created the cluster). */
  readonly id: string;
  /** Unique (case-insensitive) display name; the inventory's `Cluster` column holds it. */
  readonly name: string;
  readonly description: string;
  /** Locked clusters keep their members: moves into or out of them are refused. */
  readonly locked: boolean;
  readonly origin: ClusterOrigin;
  /** The engine's reason; `NO_REASON` for manual clusters; verbatim text when read back from the sheet. */
  readonly reason: Message;
  /** Name of the Bereich (upper level) the cluster belongs to; every cluster is in exactly one. */
  readonly bereich: string;
  /** Why the cluster is in its Bereich (`NO_REASON` before it is placed). */
  readonly bereichReason: Message;
  /** The Bereich is a reviewer's decision (moved, merged), kept on re-runs. */
  readonly bereichManual: boolean;
}

export interface ReviewProcess {
  /** `ProcessRecord.key`. */
  readonly key: string;
  readonly name: string;
  readonly clusterId: string;
  /** Pinned processes stay in their cluster when clustering runs again. */
  readonly pinned: boolean;
  /** The assignment is a reviewer's decision (moved, split, hand-edited), kept on re-runs. */
  readonly manual: boolean;
}

/** A pair of process keys that must not share a cluster; stored with `a < b`. */
export type CannotLinkPair = readonly [string, string];

export interface ReviewState {
  readonly clusters: Readonly<Record<string, ReviewCluster>>;
  /** Cluster ids in a stable order (creation order); selectors sort for display. */
  readonly clusterOrder: readonly string[];
  readonly processes: Readonly<Record<string, ReviewProcess>>;
  /** Process keys in inventory order. */
  readonly processOrder: readonly string[];
  /** Sorted, without duplicates. */
  readonly cannotLink: readonly CannotLinkPair[];
}

/** Who did it and when; stamped by the action creator, never by the reducer. */
export interface ActionStamp {
  /**
   * ISO 8601 timestamp, in the reviewer's local time with its offset (`localTimestamp`), so the protocol
   * can show local time; older stamps are UTC (`…Z`).
   */
  readonly at: string;
  /** The reviewer's name when known (entered in the pane, `--person` in the CLI), otherwise "". */
  readonly person: string;
}

/** Named, pure operations on a `ReviewState`. */
export type ReviewAction =
  | (ActionStamp & {
      readonly type: "moveProcesses";
      readonly keys: readonly string[];
      readonly toClusterId: string;
    })
  | (ActionStamp & {
      readonly type: "mergeClusters";
      readonly sourceIds: readonly string[];
      readonly targetId: string;
      /** Name of the merged cluster; default: the target's name. One step, so one undo. */
      readonly name?: string;
    })
  | (ActionStamp & {
      readonly type: "splitCluster";
      readonly clusterId: string;
      readonly keys: readonly string[];
      readonly newClusterId: string;
      readonly name: string;
    })
  | (ActionStamp & {
      readonly type: "createCluster";
      readonly clusterId: string;
      readonly name: string;
      readonly description: string;
      /** Bereich of the new cluster; default `DEFAULT_BEREICH`. */
      readonly bereich?: string;
    })
  | (ActionStamp & { readonly type: "renameCluster"; readonly clusterId: string; readonly name: string })
  | (ActionStamp & {
      readonly type: "describeCluster";
      readonly clusterId: string;
      readonly description: string;
    })
  | (ActionStamp & { readonly type: "dissolveCluster"; readonly clusterId: string })
  | (ActionStamp & { readonly type: "lockCluster"; readonly clusterId: string })
  | (ActionStamp & { readonly type: "unlockCluster"; readonly clusterId: string })
  | (ActionStamp & { readonly type: "pinProcess"; readonly key: string })
  | (ActionStamp & { readonly type: "unpinProcess"; readonly key: string })
  | (ActionStamp & { readonly type: "markCannotLink"; readonly a: string; readonly b: string })
  /** Puts clusters into a Bereich (an existing one, or a new one of that name: a split). */
  | (ActionStamp & {
      readonly type: "moveClustersToBereich";
      readonly clusterIds: readonly string[];
      readonly bereich: string;
    })
  | (ActionStamp & { readonly type: "renameBereich"; readonly from: string; readonly to: string })
  /** All clusters of the `sources` Bereiche go to `target` (one of them, or a new name). */
  | (ActionStamp & {
      readonly type: "mergeBereiche";
      readonly sources: readonly string[];
      readonly target: string;
    });

export type ReviewActionType = ReviewAction["type"];

/** Undo and redo are history actions; they are stamped like the others so they get protocol entries. */
export type HistoryAction =
  ReviewAction | (ActionStamp & { readonly type: "undo" }) | (ActionStamp & { readonly type: "redo" });

/** One row of the `Änderungsprotokoll` sheet. Empty strings where a field does not apply. */
export interface ProtocolEntry {
  /** The stamp's `at`; read back from a date-time cell as local `YYYY-MM-DDTHH:MM:SS`. */
  /** Column `Zeitpunkt`. */
  readonly time: string;
  /** Column `Aktion`: what was done, in German. */
  readonly action: string;
  /** Column `Prozess`: the process concerned, if any. */
  readonly process: string;
  /** Column `von`: the value before. */
  readonly from: string;
  /** Column `nach`: the value after. */
  readonly to: string;
  /** Column `Person`. */
  readonly person: string;
}

/** Result of one reducer step: the new state and its protocol entries, or the unchanged state and why. */
export type ReviewOutcome =
  | { readonly ok: true; readonly state: ReviewState; readonly entries: readonly ProtocolEntry[] }
  | { readonly ok: false; readonly state: ReviewState; readonly error: Message };

/** A step in the history: the state on the other side of the step and the entries the step produced. */
export interface HistoryStep {
  readonly state: ReviewState;
  readonly entries: readonly ProtocolEntry[];
}

/** Undo/redo wrapper around the review state; the protocol is outside the undoable part (append-only). */
export interface ReviewHistory {
  /** Most recent last; `state` is the state before the step. */
  readonly past: readonly HistoryStep[];
  readonly present: ReviewState;
  /** Next redo first; `state` is the state after the step. */
  readonly future: readonly HistoryStep[];
  /** Entries produced in this session, oldest first (the adapter appends them to the sheet). */
  readonly protocol: readonly ProtocolEntry[];
  /** Why the last action was refused, `null` after a successful one. */
  readonly lastError: Message | null;
}

/** What a proposal is made with: the engine's settings the reviewer chooses (pane step "Vorschlag"). */
export interface ProposalSettings {
  readonly strategy: ClusterStrategy;
  /** Where the Bereiche come from (default `auto`). */
  readonly bereich: BereichSource;
  /** The OZG catalogue as subject knowledge (default on). */
  readonly catalogue: boolean;
  readonly granularity: Granularity;
  readonly synonyms: readonly { readonly from: string; readonly to: string }[];
  readonly stopWords: readonly string[];
}

/** Settings that travel with the workbook, so a colleague continues where the last reviewer stopped. */
export interface ReviewSettings extends ProposalSettings {
  /** Format version of the stored settings. */
  readonly version: number;
  /** `null` = detect from the inventory. */
  readonly reifegradModell: ReifegradModell | null;
}

/** The reason of a cluster that has none (a reviewer's cluster, an unplaced one): renders as "". */
export const NO_REASON: Message = msg("common.verbatim", { text: "" });

/** Text of the workbook (a reason an earlier run wrote) as a message: shown as it is. */
export function verbatimReason(text: string): Message {
  return msg("common.verbatim", { text });
}

/** Bereich of a cluster nobody placed yet (a new manual cluster without a Bereich). */
export const DEFAULT_BEREICH = "Weitere Leistungen";

/** Current format version written by `settingsSheetRows`. */
export const REVIEW_SETTINGS_VERSION = 1;
