import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowRedoRegular,
  ArrowUndoRegular,
  FolderArrowRightRegular,
  MergeRegular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { IconAction } from "./IconAction";

const useStyles = makeStyles({
  // Sticky, so the merge and move buttons stay in view while ticking clusters further down the list.
  toolbar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface ReviewToolbarProps {
  readonly label: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly clusters: number;
  readonly bereiche: number;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onMergeClusters: () => void;
  readonly onMoveClusters: () => void;
  readonly onMergeBereiche: () => void;
}

type SelectionAction = readonly [
  icon: ReactElement,
  text: string,
  count: number,
  least: number,
  onClick: () => void,
];

/** Undo/redo and the actions on ticked clusters and Bereiche; stays at the top of the list. */
export function ReviewToolbar(props: ReviewToolbarProps) {
  const styles = useStyles();
  const strings = useStrings();
  const { clusters, bereiche } = props;
  const historyActions: readonly (readonly [ReactElement, string, boolean, () => void])[] = [
    [<ArrowUndoRegular />, strings.reviewUndo, props.canUndo, props.onUndo],
    [<ArrowRedoRegular />, strings.reviewRedo, props.canRedo, props.onRedo],
  ];
  // The actions on ticked items: each label counts them, and each needs at least `least` of them.
  const selectionActions: SelectionAction[] = [
    [<MergeRegular />, strings.reviewMerge, clusters, 2, props.onMergeClusters],
    [<FolderArrowRightRegular />, strings.reviewMoveBereich, clusters, 1, props.onMoveClusters],
  ];
  // Merging Bereiche is shown once one is ticked: a third row of buttons would take too much of a narrow pane.
  if (bereiche > 0)
    selectionActions.push([
      <MergeRegular />,
      strings.reviewMergeBereiche,
      bereiche,
      2,
      props.onMergeBereiche,
    ]);
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={props.label} data-testid="review-toolbar">
      {historyActions.map(([icon, label, enabled, onClick]) => (
        <IconAction
          key={label}
          appearance="secondary"
          icon={icon}
          label={label}
          disabled={!enabled}
          onClick={onClick}
        />
      ))}
      {selectionActions.map(([icon, text, count, least, onClick]) => (
        <Button key={text} size="small" icon={icon} disabled={count < least} onClick={onClick}>
          {formatText(text, { count })}
        </Button>
      ))}
    </div>
  );
}
