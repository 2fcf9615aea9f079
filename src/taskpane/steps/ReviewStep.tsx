import { Button, Caption1, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { redo, undo } from "../../domain/review/reviewActions";
import { canRedo, canUndo } from "../../domain/review/reviewHistory";
import type { HistoryAction } from "../../domain/review/types";
import { ReviewDialogs } from "../components/ReviewDialogs";
import { ReviewHeadline } from "../components/ReviewHeadline";
import { ReviewList } from "../components/ReviewList";
import { ReviewToolbar } from "../components/ReviewToolbar";
import { TitledSection } from "../components/TitledSection";
import { ReviewerNameField } from "../components/ReviewerNameField";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useStrings } from "../i18n/LanguageContext";
import { filterBereichGroups } from "../state/filterBereichGroups";
import { makeStamp } from "../state/makeStamp";
import { useListHandlers } from "../state/useListHandlers";
import { useReviewCommands } from "../state/useReviewCommands";
import { useReviewModel } from "../state/useReviewModel";
import { useReviewSelection } from "../state/useReviewSelection";
import type { SaveStatus } from "../state/useReviewPersistence";
import { useUndoShortcuts } from "../state/useUndoShortcuts";
import { useStepStyles } from "./stepStyles";

const useStyles = makeStyles({
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
  const act = useCallback((action: HistoryAction) => dispatch({ type: "review", action }), [dispatch]);
  const undoLast = useCallback(() => act(undo(makeStamp())), [act]);
  const redoLast = useCallback(() => act(redo(makeStamp())), [act]);
  useUndoShortcuts(undoLast, redoLast);

  // A refused action (e.g. moving out of a locked cluster) is explained once, in the error bar.
  const lastError = history?.lastError ?? null;
  useEffect(() => {
    if (lastError !== null) showError(lastError);
  }, [lastError, history, showError]);

  const present = history?.present;
  const { rows, views, singles, groups } = useReviewModel(state.inventory, present);
  const commands = useReviewCommands(present, views, groups, selection, act);
  const { openDialog, moveClustersToBereich } = commands;
  const handlers = useListHandlers(present, rows, state.memberReasons, selection, act, commands);

  if (history === null || present === undefined) {
    return <Caption1>{strings.reportUnavailable}</Caption1>;
  }

  return (
    <TitledSection className={styles.root} id="review-title" title={strings.reviewTitle} level={2}>
      <ReviewHeadline
        processes={present.processOrder.length}
        bereiche={groups.length}
        clusters={views.length}
        singles={singles.length}
      />
      <ReviewToolbar
        label={strings.reviewTitle}
        canUndo={canUndo(history)}
        canRedo={canRedo(history)}
        clusters={commands.chosenClusters.length}
        bereiche={commands.chosenBereiche.length}
        onUndo={undoLast}
        onRedo={redoLast}
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
      <ReviewList
        groups={filterBereichGroups(groups, query)}
        searching={query.trim() !== ""}
        selection={selection}
        handlers={handlers}
      />
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
    </TitledSection>
  );
}
