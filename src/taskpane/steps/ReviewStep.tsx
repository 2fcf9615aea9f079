import {
  Button,
  Caption1,
  SearchBox,
  Subtitle2,
  Title3,
  makeStyles,
  useArrowNavigationGroup,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  lockCluster,
  moveProcesses,
  redo,
  renameBereich,
  renameCluster,
  splitCluster,
  undo,
  unlockCluster,
} from "../../domain/review/reviewActions";
import { canRedo, canUndo } from "../../domain/review/reviewHistory";
import { selectClustersSorted, selectSingletons } from "../../domain/review/reviewSelectors";
import type { HistoryAction } from "../../domain/review/types";
import { BereichGroup, type CardHandlers } from "../components/BereichGroup";
import { ReviewDialogs } from "../components/ReviewDialogs";
import { ReviewToolbar } from "../components/ReviewToolbar";
import { ReviewerNameField } from "../components/ReviewerNameField";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { selectBereichGroups } from "../state/bereichGroups";
import { filterBereichGroups } from "../state/filterBereichGroups";
import { makeStamp } from "../state/makeStamp";
import { newClusterId } from "../state/newClusterId";
import { useReviewCommands } from "../state/useReviewCommands";
import { useReviewSelection } from "../state/useReviewSelection";
import type { SaveStatus } from "../state/useReviewPersistence";
import { useUndoShortcuts } from "../state/useUndoShortcuts";
import { useStepStyles } from "./stepStyles";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  status: { color: tokens.colorNeutralForeground3, minHeight: "1.2em" },
});

/**
 * Step 3: clusters grouped by Bereich, with move, merge, split, rename, lock of clusters, rename, merge
 * and split of Bereiche, and undo/redo; every change is saved.
 */
export function ReviewStep({ saveStatus }: { readonly saveStatus: SaveStatus }) {
  const styles = { ...useStepStyles(), ...useStyles() };
  const strings = useStrings();
  const { showError } = useErrors();
  const { state, dispatch } = useFlow();
  const history = state.review;
  const [query, setQuery] = useState("");
  const selection = useReviewSelection();
  // The list is one Tab stop; arrow keys move between the controls inside (rows by position), so a
  // keyboard user does not need a hundred Tabs to get past 25 clusters.
  const listNavigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const act = useCallback((action: HistoryAction) => dispatch({ type: "review", action }), [dispatch]);
  useUndoShortcuts(
    useCallback(() => act(undo(makeStamp())), [act]),
    useCallback(() => act(redo(makeStamp())), [act]),
  );

  // A refused action (e.g. moving out of a locked cluster) is explained once, in the error bar.
  const lastError = history?.lastError ?? null;
  useEffect(() => {
    if (lastError !== null) showError(lastError);
  }, [lastError, history, showError]);

  const rows = useMemo(() => {
    const byKey: Record<string, number> = {};
    for (const record of state.inventory?.records ?? []) byKey[record.key] = record.row;
    return byKey;
  }, [state.inventory]);

  const present = history?.present;
  const views = useMemo(() => (present === undefined ? [] : selectClustersSorted(present)), [present]);
  const singles = useMemo(() => (present === undefined ? [] : selectSingletons(present)), [present]);
  const groups = useMemo(
    () => (present === undefined ? [] : selectBereichGroups(present, views, singles)),
    [present, views, singles],
  );
  const commands = useReviewCommands(present, views, groups, selection, act);
  const { openDialog, moveClustersToBereich } = commands;
  const { selectCluster, expandCluster, toggleMember, clearMembers } = selection;

  const cards = useMemo<CardHandlers>(
    () => ({
      rows,
      reasons: state.memberReasons,
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
      state.memberReasons,
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

  if (history === null || present === undefined) {
    return <Caption1>{strings.reportUnavailable}</Caption1>;
  }
  const visible = filterBereichGroups(groups, query);
  const searching = query.trim() !== "";

  return (
    <section className={styles.root} aria-labelledby="review-title">
      <Title3 as="h2" id="review-title">
        {strings.reviewTitle}
      </Title3>
      <Subtitle2 as="p" role="status" aria-live="polite" data-testid="review-headline">
        {formatText(groups.length === 1 ? strings.proposalHeadlineOne : strings.proposalHeadline, {
          processes: present.processOrder.length,
          bereiche: groups.length,
          clusters: views.length + singles.length,
        })}
      </Subtitle2>
      <Caption1 as="p">
        {formatText(strings.reviewSummary, {
          processes: present.processOrder.length,
          clusters: views.length,
          singles: singles.length,
        })}
      </Caption1>
      <ReviewToolbar
        label={strings.reviewTitle}
        canUndo={canUndo(history)}
        canRedo={canRedo(history)}
        clusters={commands.chosenClusters.length}
        bereiche={commands.chosenBereiche.length}
        onUndo={() => act(undo(makeStamp()))}
        onRedo={() => act(redo(makeStamp()))}
        onMergeClusters={commands.askMergeClusters}
        onMoveClusters={() => moveClustersToBereich(commands.chosenClusters.map((v) => v.cluster.id))}
        onMergeBereiche={commands.askMergeBereiche}
      />
      <SearchBox
        size="small"
        placeholder={strings.reviewSearch}
        aria-label={strings.reviewSearch}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <Caption1 className={styles.muted}>{strings.reviewKeyboardHint}</Caption1>
      <ReviewerNameField />
      <Caption1 className={styles.status} aria-live="polite">
        {saveStatus === "saving" ? strings.reviewSaving : saveStatus === "saved" ? strings.reviewSaved : ""}
      </Caption1>
      {visible.length === 0 && <Caption1>{strings.reviewNoMatch}</Caption1>}
      <ul className={styles.list} aria-label={strings.reviewTitle} {...listNavigation}>
        {visible.map((group) => (
          <BereichGroup
            key={group.name}
            group={group}
            searching={searching}
            open={searching || !selection.collapsed.has(group.name)}
            selected={selection.bereiche.has(group.name)}
            selectedClusters={selection.clusters}
            expandedClusters={selection.expanded}
            memberSelection={selection.members}
            cards={cards}
            onToggle={(name, open) => selection.collapseBereich(name, !open)}
            onSelect={selection.selectBereich}
            onRename={onRenameBereich}
            onMoveSingle={onMoveSingle}
          />
        ))}
      </ul>
      <div className={styles.footer}>
        <Button appearance="primary" onClick={() => dispatch({ type: "goTo", step: "report" })}>
          {strings.reviewToReport}
        </Button>
      </div>
      <ReviewDialogs
        dialog={commands.dialog}
        clusterTargets={commands.clusterTargets}
        onMoveProcesses={commands.completeMoveProcesses}
        onMoveClusters={commands.completeMoveClusters}
        onMerge={commands.completeMerge}
        onClose={() => openDialog(null)}
      />
    </section>
  );
}
