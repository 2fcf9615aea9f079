import { Caption1, makeStyles, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { useStrings } from "../i18n/LanguageContext";
import type { BereichGroupView } from "../state/bereichGroups";
import type { ReviewSelection } from "../state/useReviewSelection";
import { BereichGroup, type CardHandlers } from "./BereichGroup";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ReviewListProps {
  /** The Bereich groups the search leaves. */
  readonly groups: readonly BereichGroupView[];
  /** While searching every group is open, whatever the reviewer closed. */
  readonly searching: boolean;
  readonly selection: ReviewSelection;
  readonly handlers: {
    readonly cards: CardHandlers;
    readonly onRenameBereich: (from: string, to: string) => void;
    readonly onMoveSingle: (fromClusterId: string, key: string) => void;
  };
}

/** The Prüfen list: Bereiche with their clusters, or a note that the search matches nothing. */
export function ReviewList({ groups, searching, selection, handlers }: ReviewListProps) {
  const styles = useStyles();
  const strings = useStrings();
  // The list is one Tab stop; arrow keys move between the controls inside (rows by position), so a
  // keyboard user does not need a hundred Tabs to get past 25 clusters.
  const listNavigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  return (
    <>
      {groups.length === 0 && <Caption1>{strings.reviewNoMatch}</Caption1>}
      <ul className={styles.list} aria-label={strings.reviewTitle} {...listNavigation}>
        {groups.map((group) => (
          <BereichGroup
            key={group.name}
            group={group}
            searching={searching}
            open={searching || !selection.collapsed.has(group.name)}
            selected={selection.bereiche.has(group.name)}
            selectedClusters={selection.clusters}
            expandedClusters={selection.expanded}
            memberSelection={selection.members}
            cards={handlers.cards}
            onToggle={(name, open) => selection.collapseBereich(name, !open)}
            onSelect={selection.selectBereich}
            onRename={handlers.onRenameBereich}
            onMoveSingle={handlers.onMoveSingle}
          />
        ))}
      </ul>
    </>
  );
}
