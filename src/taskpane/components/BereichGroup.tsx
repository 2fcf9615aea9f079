import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import type { BereichGroupView } from "../state/bereichGroups";
import { BereichHeader } from "./BereichHeader";
import { ClusterCard, type ClusterCardProps } from "./ClusterCard";
import { MemberRow } from "./MemberRow";
import { ShowAllItem } from "./ShowAllItem";
import { useFirstItems, type FirstItems } from "../state/useFirstItems";

/** Cards and Einzelprozesse rendered per open Bereich before "Alle … zeigen" (all while searching). */
const FIRST_ITEMS = 100;

const useStyles = makeStyles({
  group: {
    listStyleType: "none",
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  singles: { margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, listStyleType: "none" },
  singlesTitle: {
    color: tokens.colorNeutralForeground3,
    display: "block",
    paddingTop: tokens.spacingVerticalXS,
  },
});

/** "Alle … zeigen" for one of the group's lists while part of it is hidden; the count is the list's length. */
function ShowRest(props: {
  readonly items: FirstItems<unknown>;
  readonly template: string;
  readonly name: string;
}) {
  const { items } = props;
  if (items.hidden === 0) return null;
  const count = items.shown.length + items.hidden;
  return (
    <ShowAllItem label={formatText(props.template, { name: props.name, count })} onShowAll={items.showAll} />
  );
}

/** What a Bereich group passes on to each of its cluster cards (the per-cluster fields are filled in here). */
export type CardHandlers = Omit<ClusterCardProps, "view" | "selected" | "expanded" | "selectedMembers">;

export interface BereichGroupProps {
  /** The group, already filtered by the search. */
  readonly group: BereichGroupView;
  /** A search is active: show every match instead of the first `FIRST_ITEMS`. */
  readonly searching?: boolean;
  readonly open: boolean;
  readonly selected: boolean;
  readonly selectedClusters: ReadonlySet<string>;
  readonly expandedClusters: ReadonlySet<string>;
  readonly memberSelection: ReadonlyMap<string, ReadonlySet<string>>;
  readonly cards: CardHandlers;
  readonly onToggle: (name: string, open: boolean) => void;
  readonly onSelect: (name: string, on: boolean) => void;
  readonly onRename: (from: string, to: string) => void;
  /** "Verschieben nach …" for an Einzelprozess (from its own cluster). */
  readonly onMoveSingle: (clusterId: string, key: string) => void;
}

/**
 * One Bereich of the Prüfen list: its head, then (when open) its clusters, largest first, and its
 * Einzelprozesse as a compact sub-list. A closed group renders no cards, which keeps long lists light.
 */
export const BereichGroup = memo(function BereichGroup(props: BereichGroupProps) {
  const { group, open, cards } = props;
  const styles = useStyles();
  const strings = useStrings();
  const bodyId = `bereich-${encodeURIComponent(group.name)}`;
  const clusters = useFirstItems(group.clusters, FIRST_ITEMS, props.searching === true);
  const singles = useFirstItems(group.singles, FIRST_ITEMS, props.searching === true);
  return (
    <li className={styles.group} data-bereich={group.name} aria-label={group.name}>
      <BereichHeader
        name={group.name}
        reason={group.reason}
        processes={group.processes}
        clusters={group.clusters.length + group.singles.length}
        open={open}
        selected={props.selected}
        controls={bodyId}
        onToggle={() => props.onToggle(group.name, !open)}
        onSelect={(on) => props.onSelect(group.name, on)}
        onRename={(to) => props.onRename(group.name, to)}
      />
      {open && (
        <div id={bodyId}>
          <ul className={styles.list}>
            {clusters.shown.map((view) => (
              <ClusterCard
                key={view.cluster.id}
                {...cards}
                view={view}
                selected={props.selectedClusters.has(view.cluster.id)}
                expanded={props.expandedClusters.has(view.cluster.id)}
                selectedMembers={props.memberSelection.get(view.cluster.id)}
              />
            ))}
            <ShowRest items={clusters} template={strings.bereichShowAllClusters} name={group.name} />
          </ul>
          {group.singles.length > 0 && (
            <>
              <Caption1 className={styles.singlesTitle}>
                <WithGermanName
                  template={strings.bereichSingles}
                  name={group.name}
                  count={group.singles.length}
                />
              </Caption1>
              <ul
                className={styles.singles}
                aria-label={formatText(strings.bereichSingles, {
                  name: group.name,
                  count: group.singles.length,
                })}
              >
                {singles.shown.map((single) => (
                  <MemberRow
                    key={single.key}
                    processKey={single.key}
                    name={single.name}
                    row={cards.rows[single.key]}
                    reason={cards.reasons[single.key]}
                    selected={false}
                    onMove={(key) => props.onMoveSingle(single.clusterId, key)}
                  />
                ))}
                <ShowRest items={singles} template={strings.bereichShowAllSingles} name={group.name} />
              </ul>
            </>
          )}
        </div>
      )}
    </li>
  );
});

/**
 * A pane string with the Bereich's name in it, the name marked as German (it is the user's data), so a
 * screen reader in the English pane pronounces it as German (WCAG 3.1.2, language of parts).
 */
function WithGermanName(props: { readonly template: string; readonly name: string; readonly count: number }) {
  const at = props.template.indexOf("{name}");
  if (at < 0) return <>{formatText(props.template, { count: props.count })}</>;
  const before = props.template.slice(0, at);
  const after = props.template.slice(at + "{name}".length);
  return (
    <>
      {formatText(before, { count: props.count })}
      <span lang="de">{props.name}</span>
      {formatText(after, { count: props.count })}
    </>
  );
}
