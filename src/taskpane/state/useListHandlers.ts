import type { Message } from "../../domain/messages/types";
import { useCallback, useMemo } from "react";
import {
  lockCluster,
  moveProcesses,
  renameBereich,
  renameCluster,
  splitCluster,
  unlockCluster,
} from "../../domain/review/reviewActions";
import type { HistoryAction, ReviewState } from "../../domain/review/types";
import type { CardHandlers } from "../components/BereichGroup";
import type { ReviewDialog } from "../components/ReviewDialogs";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { makeStamp } from "./makeStamp";
import { newClusterId } from "./newClusterId";
import type { ReviewSelection } from "./useReviewSelection";

/**
 * What the Prüfen list does: every cluster card's handlers (one object, stable while its inputs are),
 * renaming a Bereich, and "Verschieben nach …" for an Einzelprozess.
 */
export function useListHandlers(
  present: ReviewState | undefined,
  rows: Readonly<Record<string, number>>,
  reasons: Readonly<Record<string, Message>>,
  selection: ReviewSelection,
  act: (action: HistoryAction) => void,
  commands: {
    readonly openDialog: (dialog: ReviewDialog | null) => void;
    readonly moveClustersToBereich: (clusterIds: readonly string[]) => void;
  },
) {
  const strings = useStrings();
  const { selectCluster, expandCluster, toggleMember, clearMembers } = selection;
  const { openDialog, moveClustersToBereich } = commands;
  const cards = useMemo<CardHandlers>(
    () => ({
      rows,
      reasons,
      onSelect: selectCluster,
      onExpand: expandCluster,
      onToggleMember: toggleMember,
      onMoveMembers: (fromClusterId, keys) => openDialog({ kind: "moveProcesses", fromClusterId, keys }),
      onDropProcess: (key, to) => act(moveProcesses([key], to, makeStamp())),
      onRename: (id, name) => act(renameCluster(id, name, makeStamp())),
      onLock: (id, on) => act(on ? lockCluster(id, makeStamp()) : unlockCluster(id, makeStamp())),
      onSplit: (id, keys) => {
        const name = formatText(strings.splitName, { name: present?.clusters[id]?.name ?? "" });
        act(splitCluster(id, keys, newClusterId(), name, makeStamp()));
        clearMembers(id);
      },
      onMoveToBereich: (id) => moveClustersToBereich([id]),
    }),
    [
      rows,
      reasons,
      selectCluster,
      expandCluster,
      toggleMember,
      clearMembers,
      act,
      openDialog,
      present,
      strings.splitName,
      moveClustersToBereich,
    ],
  );
  const onRenameBereich = useCallback(
    (from: string, to: string) => act(renameBereich(from, to, makeStamp())),
    [act],
  );
  const onMoveSingle = useCallback(
    (fromClusterId: string, key: string) => openDialog({ kind: "moveProcesses", fromClusterId, keys: [key] }),
    [openDialog],
  );
  return { cards, onRenameBereich, onMoveSingle };
}
