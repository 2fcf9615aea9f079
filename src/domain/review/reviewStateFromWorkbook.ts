/** Rebuilds the review (previous decisions and settings) from the add-in's sheets as read from a workbook. */
import type { RawCell } from "../inventory/types";
import { getCluster, uniqueClusterName, withCluster } from "./internals/stateAccess";
import { readClusterSheet } from "./clusterSheet";
import type { PreviousDecisions } from "./rerunWithDecisions";
import { EMPTY_REVIEW_STATE } from "./reviewStateFromProposal";
import { DEFAULT_REVIEW_SETTINGS, readSettingsSheet } from "./settingsSheet";
import type { ReviewProcess, ReviewSettings, ReviewState } from "./types";
import { NO_REASON } from "./types";

/** Used values of the add-in's sheets; `null` for a sheet that does not exist (deleted or renamed). */
export interface ReviewSheetValues {
  readonly clusterSheet: readonly (readonly RawCell[])[] | null;
  readonly settingsSheet: readonly (readonly RawCell[])[] | null;
}

export interface WorkbookReview {
  /** `null` when the workbook holds no review yet (neither sheet, or both empty). */
  readonly decisions: PreviousDecisions | null;
  readonly settings: ReviewSettings;
}

/**
 * Combines the definitions sheet (clusters: names, descriptions, locks as the user sees and may edit
 * them) and the settings sheet (assignments, pins, manual flags, pairs) into a valid `ReviewState`.
 * Tolerance: an assignment to a cluster row that was deleted recreates the cluster from the stored id
 * and name (unlocked, "Vorschlag"); without the definitions sheet all clusters are recreated that way;
 * without the settings sheet there are no stored assignments, so every filled `Cluster` cell counts as
 * a decision at the next run. Proposed clusters left without members are dropped and pairs that share a
 * cluster are ignored, so the result always passes `validateReviewState`.
 */
export function reviewStateFromWorkbook(values: ReviewSheetValues): WorkbookReview {
  const clusters = values.clusterSheet === null ? null : readClusterSheet(values.clusterSheet);
  const stored = values.settingsSheet === null ? null : readSettingsSheet(values.settingsSheet);
  const settings = stored?.settings ?? DEFAULT_REVIEW_SETTINGS;
  if ((clusters === null || clusters.length === 0) && (stored === null || stored.assignments.length === 0)) {
    return { decisions: null, settings };
  }
  let state: ReviewState = EMPTY_REVIEW_STATE;
  for (const cluster of clusters ?? []) state = withCluster(state, cluster);
  const processes: Record<string, ReviewProcess> = {};
  const processOrder: string[] = [];
  const writtenNames: Record<string, string> = {};
  for (const a of stored?.assignments ?? []) {
    if (getCluster(state, a.clusterId) === undefined) {
      const name = uniqueClusterName(state, a.writtenName || a.clusterId);
      state = withCluster(state, {
        id: a.clusterId,
        name,
        description: "",
        locked: false,
        origin: "proposal",
        reason: NO_REASON,
        bereich: "",
        bereichReason: NO_REASON,
        bereichManual: false,
      });
    }
    processes[a.key] = {
      key: a.key,
      name: a.name,
      clusterId: a.clusterId,
      pinned: a.pinned,
      manual: a.manual,
    };
    processOrder.push(a.key);
    if (a.writtenName !== "") writtenNames[a.key] = a.writtenName;
  }
  const used = new Set(Object.values(processes).map((p) => p.clusterId));
  const keep = state.clusterOrder.filter((id) => used.has(id) || getCluster(state, id)?.origin === "manual");
  const cannotLink = (stored?.cannotLink ?? []).filter(
    ([a, b]) =>
      Object.hasOwn(processes, a) &&
      Object.hasOwn(processes, b) &&
      processes[a]?.clusterId !== processes[b]?.clusterId,
  );
  const result: ReviewState = {
    clusters: Object.fromEntries(
      keep.flatMap((id) => {
        const cluster = getCluster(state, id);
        return cluster === undefined ? [] : [[id, cluster] as const];
      }),
    ),
    clusterOrder: keep,
    processes,
    processOrder,
    cannotLink,
  };
  return { decisions: { state: result, writtenNames }, settings };
}
