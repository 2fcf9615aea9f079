import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  ChevronDownRegular,
  ChevronRightRegular,
  EditRegular,
  FolderArrowRightRegular,
  LockClosedRegular,
  LockOpenRegular,
} from "@fluentui/react-icons";
import { memo, useState } from "react";
import type { ClusterView } from "../../domain/review/reviewSelectors";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { InlineRename } from "./InlineRename";
import { MemberRow, PROCESS_DRAG_TYPE } from "./MemberRow";

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropping: {
    border: `1px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  head: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  // The reason sits under the name (indented past the checkbox), clamped to two lines; full text on hover.
  sub: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "start",
    gap: tokens.spacingHorizontalXS,
    paddingLeft: "36px",
  },
  reason: {
    color: tokens.colorNeutralForeground3,
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  tools: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  members: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyleType: "none" },
  footer: { paddingBlock: tokens.spacingVerticalXS },
});

export interface ClusterCardProps {
  readonly view: ClusterView;
  readonly selected: boolean;
  readonly expanded: boolean;
  readonly selectedMembers: ReadonlySet<string> | undefined;
  readonly rows: Readonly<Record<string, number>>;
  readonly reasons: Readonly<Record<string, string>>;
  readonly onSelect: (clusterId: string, selected: boolean) => void;
  readonly onExpand: (clusterId: string, expanded: boolean) => void;
  readonly onToggleMember: (clusterId: string, key: string, selected: boolean) => void;
  readonly onMoveMembers: (clusterId: string, keys: readonly string[]) => void;
  readonly onDropProcess: (key: string, toClusterId: string) => void;
  readonly onRename: (clusterId: string, name: string) => void;
  readonly onLock: (clusterId: string, locked: boolean) => void;
  readonly onSplit: (clusterId: string, keys: readonly string[]) => void;
  /** Opens "In Bereich verschieben" for this cluster. */
  readonly onMoveToBereich: (clusterId: string) => void;
}

/** One cluster: name, size, reason, lock; expands to its members; a drop target for dragged processes. */
export const ClusterCard = memo(function ClusterCard(props: ClusterCardProps) {
  const { view, selected, expanded, selectedMembers, rows, reasons } = props;
  const { cluster, members } = view;
  const styles = useStyles();
  const strings = useStrings();
  const [renaming, setRenaming] = useState(false);
  const [dropping, setDropping] = useState(false);
  const picked = members
    .filter((member) => selectedMembers?.has(member.key) === true)
    .map((member) => member.key);
  const name = cluster.name;
  const membersId = `members-${cluster.id}`;

  return (
    <li
      className={mergeClasses(styles.card, dropping && styles.dropping)}
      data-cluster-id={cluster.id}
      aria-label={name}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(PROCESS_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        setDropping(false);
        const key = event.dataTransfer.getData(PROCESS_DRAG_TYPE);
        if (key === "") return;
        event.preventDefault();
        props.onDropProcess(key, cluster.id);
      }}
    >
      <div className={styles.head}>
        <Checkbox
          checked={selected}
          aria-label={formatText(strings.clusterSelect, { name })}
          onChange={(_, data) => props.onSelect(cluster.id, data.checked === true)}
        />
        {!renaming ? (
          <span className={styles.name} lang="de">
            {name}
          </span>
        ) : (
          <InlineRename
            name={name}
            label={formatText(strings.clusterRenameLabel, { name })}
            onRename={(to) => props.onRename(cluster.id, to)}
            onDone={() => setRenaming(false)}
          />
        )}
        <Badge
          appearance="tint"
          color={cluster.locked ? "important" : "informative"}
          aria-label={formatText(strings.clusterSize, { count: members.length })}
        >
          {members.length}
        </Badge>
      </div>
      <div className={styles.sub}>
        <Caption1 className={styles.reason} title={cluster.reason}>
          {cluster.locked ? `${strings.clusterLocked} · ` : ""}
          {cluster.reason}
        </Caption1>
        <span className={styles.tools}>
          <ToggleButton
            size="small"
            appearance="subtle"
            checked={cluster.locked}
            icon={cluster.locked ? <LockClosedRegular /> : <LockOpenRegular />}
            aria-label={formatText(cluster.locked ? strings.clusterUnlock : strings.clusterLock, { name })}
            title={formatText(cluster.locked ? strings.clusterUnlock : strings.clusterLock, { name })}
            onClick={() => props.onLock(cluster.id, !cluster.locked)}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<EditRegular />}
            aria-label={formatText(strings.clusterRename, { name })}
            title={formatText(strings.clusterRename, { name })}
            onClick={() => setRenaming(true)}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<FolderArrowRightRegular />}
            aria-label={formatText(strings.clusterMoveBereich, { name })}
            title={formatText(strings.clusterMoveBereich, { name })}
            onClick={() => props.onMoveToBereich(cluster.id)}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={expanded}
            aria-controls={membersId}
            aria-label={formatText(strings.clusterExpand, { name })}
            title={formatText(strings.clusterExpand, { name })}
            onClick={() => props.onExpand(cluster.id, !expanded)}
          />
        </span>
      </div>
      {expanded && (
        <>
          <ul className={styles.members} id={membersId}>
            {members.map((member) => (
              <MemberRow
                key={member.key}
                processKey={member.key}
                name={member.name}
                row={rows[member.key]}
                reason={reasons[member.key]}
                selected={selectedMembers?.has(member.key) === true}
                onToggle={(key, on) => props.onToggleMember(cluster.id, key, on)}
                onMove={(key) => props.onMoveMembers(cluster.id, picked.includes(key) ? picked : [key])}
              />
            ))}
          </ul>
          {picked.length > 0 && (
            <div className={styles.footer}>
              <Button size="small" onClick={() => props.onSplit(cluster.id, picked)}>
                {formatText(strings.clusterSplit, { count: picked.length })}
              </Button>
            </div>
          )}
        </>
      )}
    </li>
  );
});
