import { useCallback, useMemo, useState } from "react";
import {
  mergeBereiche,
  mergeClusters,
  moveClustersToBereich,
  moveProcesses,
  splitCluster,
} from "../../domain/review/reviewActions";
import type { ClusterView } from "../../domain/review/reviewSelectors";
import type { HistoryAction, ReviewState } from "../../domain/review/types";
import type { ReviewDialog } from "../components/ReviewDialogs";
import { NEW_TARGET } from "../components/TargetPickerDialog";
import type { BereichGroupView } from "./bereichGroups";
import { makeStamp } from "./makeStamp";
import { newClusterId } from "./newClusterId";
import { suggestMergeName } from "./suggestMergeName";
import type { ReviewSelection } from "./useReviewSelection";

/**
 * The Prüfen step's dialog-driven commands: which dialog is open, and what its confirmation does
 * (move processes, move clusters to a Bereich, merge clusters or Bereiche under a chosen name).
 */
export function useReviewCommands(
  present: ReviewState | undefined,
  views: readonly ClusterView[],
  groups: readonly BereichGroupView[],
  selection: ReviewSelection,
  act: (action: HistoryAction) => void,
) {
  const [dialog, openDialog] = useState<ReviewDialog | null>(null);
  const chosenClusters = views.filter((view) => selection.clusters.has(view.cluster.id));
  const chosenBereiche = groups.filter((group) => selection.bereiche.has(group.name));
  const processNames = useMemo(
    () =>
      new Set(Object.values(present?.processes ?? {}).map((p) => p.name.trim().toLocaleLowerCase("de-DE"))),
    [present],
  );

  const moveToBereich = useCallback(
    (clusterIds: readonly string[]) => {
      openDialog({ kind: "moveClusters", clusterIds, bereiche: bereichTargets(present, groups, clusterIds) });
    },
    [present, groups],
  );

  const askMergeClusters = () => {
    const candidates = [...chosenClusters]
      .sort((a, b) => b.members.length - a.members.length)
      .map((view) => ({ name: view.cluster.name, size: view.members.length }));
    openDialog({ kind: "mergeClusters", candidates, suggested: suggestMergeName(candidates, processNames) });
  };
  const askMergeBereiche = () => {
    const candidates = chosenBereiche.map((group) => ({ name: group.name, size: group.processes }));
    openDialog({ kind: "mergeBereiche", candidates, suggested: suggestMergeName(candidates) });
  };

  const completeMerge = (name: string) => {
    if (dialog?.kind === "mergeBereiche") {
      act(
        mergeBereiche(
          chosenBereiche.map((group) => group.name),
          name,
          makeStamp(),
        ),
      );
      selection.clearBereiche();
    } else if (dialog?.kind === "mergeClusters") {
      const merge = mergeInto(chosenClusters, name);
      if (merge === null) return;
      act(mergeClusters(merge.sources, merge.target, makeStamp(), name));
      selection.clearClusters();
    }
    openDialog(null);
  };

  const completeMoveProcesses = (to: string, newName: string) => {
    if (dialog?.kind !== "moveProcesses") return;
    if (to === NEW_TARGET)
      act(splitCluster(dialog.fromClusterId, dialog.keys, newClusterId(), newName, makeStamp()));
    else act(moveProcesses(dialog.keys, to, makeStamp()));
    selection.clearMembers(dialog.fromClusterId);
    openDialog(null);
  };

  const completeMoveClusters = (bereich: string) => {
    if (dialog?.kind !== "moveClusters") return;
    act(moveClustersToBereich(dialog.clusterIds, bereich, makeStamp()));
    selection.clearClusters();
    openDialog(null);
  };

  return {
    dialog,
    openDialog,
    chosenClusters,
    chosenBereiche,
    clusterTargets: clusterTargets(
      views,
      dialog?.kind === "moveProcesses" ? dialog.fromClusterId : undefined,
    ),
    moveClustersToBereich: moveToBereich,
    askMergeClusters,
    askMergeBereiche,
    completeMerge,
    completeMoveProcesses,
    completeMoveClusters,
  };
}

/** Bereiche the clusters may move to, sorted; their current one left out when they share it. */
function bereichTargets(
  present: ReviewState | undefined,
  groups: readonly BereichGroupView[],
  clusterIds: readonly string[],
): string[] {
  const current = new Set(clusterIds.map((id) => present?.clusters[id]?.bereich ?? ""));
  return groups
    .map((group) => group.name)
    .filter((name) => !(current.size === 1 && current.has(name)))
    .sort((a, b) => a.localeCompare(b, "de-DE"));
}

/**
 * Which of the clusters absorbs the others when they merge under `name`: the one of that name, so its
 * name (and description) is kept; a free name goes to the largest cluster. `null` without clusters.
 */
function mergeInto(clusters: readonly ClusterView[], name: string) {
  const sorted = [...clusters].sort((a, b) => b.members.length - a.members.length);
  const target = sorted.find((view) => view.cluster.name === name) ?? sorted[0];
  if (target === undefined) return null;
  const sources = sorted.filter((view) => view !== target).map((view) => view.cluster.id);
  return { target: target.cluster.id, sources };
}

/** Clusters processes may move to, by name; the one they come from (`from`) left out. */
function clusterTargets(views: readonly ClusterView[], from: string | undefined) {
  return views
    .filter((view) => view.cluster.id !== from)
    .map((view) => ({ id: view.cluster.id, name: view.cluster.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "de-DE"));
}
