import type { Message } from "../../domain/messages/types";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ClusterView } from "../../domain/review/reviewSelectors";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { MemberRow } from "./MemberRow";

const useStyles = makeStyles({
  members: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyleType: "none" },
  footer: { paddingBlock: tokens.spacingVerticalXS },
});

export interface ClusterMembersProps {
  readonly view: ClusterView;
  /** id of the list, for the card's expand button. */
  readonly id: string;
  readonly selectedMembers: ReadonlySet<string> | undefined;
  readonly rows: Readonly<Record<string, number>>;
  readonly reasons: Readonly<Record<string, Message>>;
  readonly onToggleMember: (clusterId: string, key: string, selected: boolean) => void;
  readonly onMoveMembers: (clusterId: string, keys: readonly string[]) => void;
  readonly onSplit: (clusterId: string, keys: readonly string[]) => void;
}

/** An expanded cluster's members; with some ticked, "Abspalten" for them. */
export function ClusterMembers(props: ClusterMembersProps) {
  const { view, id, selectedMembers, rows, reasons } = props;
  const { cluster, members } = view;
  const styles = useStyles();
  const strings = useStrings();
  const picked = members
    .filter((member) => selectedMembers?.has(member.key) === true)
    .map((member) => member.key);
  return (
    <>
      <ul className={styles.members} id={id}>
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
  );
}
