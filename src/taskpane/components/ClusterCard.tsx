import { Badge, Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useState } from "react";
import { isLooseReason } from "../../domain/clustering/looseReason";
import type { ClusterView } from "../../domain/review/reviewSelectors";
import { formatText } from "../i18n/formatText";
import type { Message } from "../../domain/messages/types";
import { useMessageText, useStrings } from "../i18n/LanguageContext";
import { MessageText } from "./MessageText";
import { useProcessDrop } from "../state/useProcessDrop";
import { ClusterMembers } from "./ClusterMembers";
import { ClusterTools } from "./ClusterTools";
import { InlineRename } from "./InlineRename";

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
  badges: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface ClusterCardProps {
  readonly view: ClusterView;
  readonly selected: boolean;
  readonly expanded: boolean;
  readonly selectedMembers: ReadonlySet<string> | undefined;
  readonly rows: Readonly<Record<string, number>>;
  readonly reasons: Readonly<Record<string, Message>>;
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
  const { view, selected, expanded } = props;
  const { cluster, members } = view;
  const styles = useStyles();
  const strings = useStrings();
  const text = useMessageText();
  const reason = text(cluster.reason);
  const [renaming, setRenaming] = useState(false);
  const { dropping, handlers } = useProcessDrop((key) => props.onDropProcess(key, cluster.id));
  const name = cluster.name;
  // The engine found it a loose collection and no reviewer has locked it yet: worth a look first.
  const loose = !cluster.locked && isLooseReason(cluster.reason);
  const membersId = `members-${cluster.id}`;

  return (
    <li
      className={mergeClasses(styles.card, dropping && styles.dropping)}
      data-cluster-id={cluster.id}
      aria-label={name}
      {...handlers}
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
        <span className={styles.badges}>
          {loose && (
            <Badge appearance="outline" color="warning" data-testid="loose-badge">
              {strings.looseBadge}
            </Badge>
          )}
          <Badge
            appearance="tint"
            color={cluster.locked ? "important" : loose ? "warning" : "informative"}
            aria-label={formatText(strings.clusterSize, { count: members.length })}
          >
            {members.length}
          </Badge>
        </span>
      </div>
      <div className={styles.sub}>
        <Caption1 className={styles.reason} title={reason === "" ? undefined : reason}>
          {cluster.locked ? `${strings.clusterLocked} · ` : ""}
          <MessageText message={cluster.reason} />
        </Caption1>
        <span className={styles.tools}>
          <ClusterTools
            name={name}
            locked={cluster.locked}
            expanded={expanded}
            membersId={membersId}
            onLock={(on) => props.onLock(cluster.id, on)}
            onRename={() => setRenaming(true)}
            onMoveToBereich={() => props.onMoveToBereich(cluster.id)}
            onExpand={(on) => props.onExpand(cluster.id, on)}
          />
        </span>
      </div>
      {expanded && <ClusterMembers {...props} id={membersId} />}
    </li>
  );
});
