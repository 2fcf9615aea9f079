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
import { ArrowRedoRegular, ArrowUndoRegular, MergeRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  lockCluster,
  mergeClusters,
  moveProcesses,
  redo,
  renameCluster,
  splitCluster,
  undo,
  unlockCluster,
} from "../../domain/review/reviewActions";
import { canRedo, canUndo } from "../../domain/review/reviewHistory";
import { selectClustersSorted, selectSingletons } from "../../domain/review/reviewSelectors";
import type { HistoryAction } from "../../domain/review/types";
import { ClusterCard } from "../components/ClusterCard";
import { MemberRow } from "../components/MemberRow";
import { MoveDialog, NEW_CLUSTER } from "../components/MoveDialog";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { makeStamp } from "../state/makeStamp";
import type { SaveStatus } from "../state/useReviewPersistence";
import { useStepStyles } from "./stepStyles";

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  singles: { margin: 0, padding: 0, listStyleType: "none" },
  status: { color: tokens.colorNeutralForeground3, minHeight: "1.2em" },
});

/** A fresh id for a reviewer-made cluster; the time part keeps ids unique across sessions. */
let idCounter = 0;
function newClusterId(): string {
  idCounter += 1;
  return `manuell-${Date.now().toString(36)}-${idCounter}`;
}

type MoveRequest = { readonly fromClusterId: string; readonly keys: readonly string[] };

/** Step 3: the cluster list with move, merge, split, rename, lock, undo/redo; every change is saved. */
export function ReviewStep({ saveStatus }: { readonly saveStatus: SaveStatus }) {
  const styles = { ...useStepStyles(), ...useStyles() };
  const strings = useStrings();
  const { showError } = useErrors();
  const { state, dispatch } = useFlow();
  const history = state.review;
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [memberSelection, setMemberSelection] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  const [moving, setMoving] = useState<MoveRequest | null>(null);

  // The lists are one Tab stop each; arrow keys move between the controls inside (rows by position),
  // so a keyboard user does not need a hundred Tabs to get past 25 clusters.
  const listNavigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const act = useCallback((action: HistoryAction) => dispatch({ type: "review", action }), [dispatch]);

  // A refused action (e.g. moving out of a locked cluster) is explained once, in the error bar.
  const lastError = history?.lastError ?? null;
  useEffect(() => {
    if (lastError !== null) showError(lastError);
  }, [lastError, history, showError]);

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) anywhere in the pane, except inside text fields with their own undo.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (
        target !== null &&
        (target.tagName === "INPUT" || target.tagName === "TEXTAREA") &&
        (target as HTMLInputElement).type !== "checkbox"
      )
        return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) act(undo(makeStamp()));
      else if (key === "y" || (key === "z" && event.shiftKey)) act(redo(makeStamp()));
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [act]);

  const rows = useMemo(() => {
    const byKey: Record<string, number> = {};
    for (const record of state.inventory?.records ?? []) byKey[record.key] = record.row;
    return byKey;
  }, [state.inventory]);

  const present = history?.present;
  const views = useMemo(() => (present === undefined ? [] : selectClustersSorted(present)), [present]);
  const singles = useMemo(() => (present === undefined ? [] : selectSingletons(present)), [present]);

  const onSelect = useCallback((id: string, on: boolean) => setSelected((prev) => toggled(prev, id, on)), []);
  const onExpand = useCallback((id: string, on: boolean) => setExpanded((prev) => toggled(prev, id, on)), []);
  const onToggleMember = useCallback(
    (clusterId: string, key: string, on: boolean) =>
      setMemberSelection((prev) =>
        new Map(prev).set(clusterId, toggled(prev.get(clusterId) ?? new Set(), key, on)),
      ),
    [],
  );
  const onMoveMembers = useCallback(
    (fromClusterId: string, keys: readonly string[]) => setMoving({ fromClusterId, keys }),
    [],
  );
  const onDropProcess = useCallback(
    (key: string, to: string) => act(moveProcesses([key], to, makeStamp())),
    [act],
  );
  const onRename = useCallback(
    (id: string, name: string) => act(renameCluster(id, name, makeStamp())),
    [act],
  );
  const onLock = useCallback(
    (id: string, on: boolean) => act(on ? lockCluster(id, makeStamp()) : unlockCluster(id, makeStamp())),
    [act],
  );
  const onSplit = useCallback(
    (id: string, keys: readonly string[]) => {
      const name = formatText(strings.splitName, { name: present?.clusters[id]?.name ?? "" });
      act(splitCluster(id, keys, newClusterId(), name, makeStamp()));
      setMemberSelection((prev) => new Map(prev).set(id, new Set()));
    },
    [act, present, strings.splitName],
  );

  if (history === null || present === undefined) {
    return <Caption1>{strings.reportUnavailable}</Caption1>;
  }

  const needle = query.trim().toLowerCase();
  const visible =
    needle === ""
      ? views
      : views.filter(
          (view) =>
            view.cluster.name.toLowerCase().includes(needle) ||
            view.members.some((m) => m.name.toLowerCase().includes(needle)),
        );
  const chosen = views.filter((view) => selected.has(view.cluster.id));

  const merge = () => {
    const [target, ...rest] = [...chosen].sort((a, b) => b.members.length - a.members.length);
    if (target === undefined || rest.length === 0) return;
    act(
      mergeClusters(
        rest.map((view) => view.cluster.id),
        target.cluster.id,
        makeStamp(),
      ),
    );
    setSelected(new Set());
  };

  const completeMove = (to: string, newName: string) => {
    if (moving === null) return;
    if (to === NEW_CLUSTER)
      act(splitCluster(moving.fromClusterId, moving.keys, newClusterId(), newName, makeStamp()));
    else act(moveProcesses(moving.keys, to, makeStamp()));
    setMemberSelection((prev) => new Map(prev).set(moving.fromClusterId, new Set()));
    setMoving(null);
  };

  const targets = views
    .filter((view) => view.cluster.id !== moving?.fromClusterId)
    .map((view) => ({ id: view.cluster.id, name: view.cluster.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "de-DE"));

  return (
    <section className={styles.root} aria-labelledby="review-title">
      <Title3 as="h2" id="review-title">
        {strings.reviewTitle}
      </Title3>
      <Subtitle2 as="p" role="status" aria-live="polite">
        {formatText(strings.reviewSummary, {
          processes: present.processOrder.length,
          clusters: views.length,
          singles: singles.length,
        })}
      </Subtitle2>
      <div className={styles.toolbar} role="toolbar" aria-label={strings.reviewTitle}>
        <Button
          size="small"
          icon={<ArrowUndoRegular />}
          disabled={!canUndo(history)}
          onClick={() => act(undo(makeStamp()))}
          aria-label={strings.reviewUndo}
          title={strings.reviewUndo}
        />
        <Button
          size="small"
          icon={<ArrowRedoRegular />}
          disabled={!canRedo(history)}
          onClick={() => act(redo(makeStamp()))}
          aria-label={strings.reviewRedo}
          title={strings.reviewRedo}
        />
        <Button size="small" icon={<MergeRegular />} disabled={chosen.length < 2} onClick={merge}>
          {formatText(strings.reviewMerge, { count: chosen.length })}
        </Button>
      </div>
      <SearchBox
        size="small"
        placeholder={strings.reviewSearch}
        aria-label={strings.reviewSearch}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <Caption1 className={styles.muted}>{strings.reviewKeyboardHint}</Caption1>
      <Caption1 className={styles.status} aria-live="polite">
        {saveStatus === "saving" ? strings.reviewSaving : saveStatus === "saved" ? strings.reviewSaved : ""}
      </Caption1>
      {visible.length === 0 && <Caption1>{strings.reviewNoMatch}</Caption1>}
      <ul className={styles.list} aria-label={strings.reviewTitle} {...listNavigation}>
        {visible.map((view) => (
          <ClusterCard
            key={view.cluster.id}
            view={view}
            selected={selected.has(view.cluster.id)}
            expanded={expanded.has(view.cluster.id)}
            selectedMembers={memberSelection.get(view.cluster.id)}
            rows={rows}
            reasons={state.memberReasons}
            onSelect={onSelect}
            onExpand={onExpand}
            onToggleMember={onToggleMember}
            onMoveMembers={onMoveMembers}
            onDropProcess={onDropProcess}
            onRename={onRename}
            onLock={onLock}
            onSplit={onSplit}
          />
        ))}
      </ul>
      <section className={styles.section} aria-labelledby="singles-title">
        <Subtitle2 as="h3" id="singles-title">
          {formatText(strings.reviewSingles, { count: singles.length })}
        </Subtitle2>
        <Caption1 className={styles.muted}>{strings.reviewSinglesHint}</Caption1>
        <ul className={styles.singles} aria-labelledby="singles-title" {...listNavigation}>
          {singles
            .filter((single) => needle === "" || single.name.toLowerCase().includes(needle))
            .map((single) => (
              <MemberRow
                key={single.key}
                processKey={single.key}
                name={single.name}
                row={rows[single.key]}
                reason={state.memberReasons[single.key]}
                selected={false}
                onMove={(key) => setMoving({ fromClusterId: single.clusterId, keys: [key] })}
              />
            ))}
        </ul>
      </section>
      <div className={styles.footer}>
        <Button appearance="primary" onClick={() => dispatch({ type: "goTo", step: "report" })}>
          {strings.reviewToReport}
        </Button>
      </div>
      {moving !== null && (
        <MoveDialog
          count={moving.keys.length}
          targets={targets}
          onMove={completeMove}
          onCancel={() => setMoving(null)}
        />
      )}
    </section>
  );
}

function toggled(set: ReadonlySet<string>, value: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}
