import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowRedoRegular,
  ArrowUndoRegular,
  FolderArrowRightRegular,
  MergeRegular,
} from "@fluentui/react-icons";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";

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

/** Undo/redo and the actions on ticked clusters and Bereiche; stays at the top of the list. */
export function ReviewToolbar(props: ReviewToolbarProps) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <div className={styles.toolbar} role="toolbar" aria-label={props.label} data-testid="review-toolbar">
      <Button
        size="small"
        icon={<ArrowUndoRegular />}
        disabled={!props.canUndo}
        onClick={props.onUndo}
        aria-label={strings.reviewUndo}
        title={strings.reviewUndo}
      />
      <Button
        size="small"
        icon={<ArrowRedoRegular />}
        disabled={!props.canRedo}
        onClick={props.onRedo}
        aria-label={strings.reviewRedo}
        title={strings.reviewRedo}
      />
      <Button
        size="small"
        icon={<MergeRegular />}
        disabled={props.clusters < 2}
        onClick={props.onMergeClusters}
      >
        {formatText(strings.reviewMerge, { count: props.clusters })}
      </Button>
      <Button
        size="small"
        icon={<FolderArrowRightRegular />}
        disabled={props.clusters < 1}
        onClick={props.onMoveClusters}
      >
        {formatText(strings.reviewMoveBereich, { count: props.clusters })}
      </Button>
      {/* Shown once a Bereich is ticked: a third row of buttons would take too much of a narrow pane. */}
      {props.bereiche > 0 && (
        <Button
          size="small"
          icon={<MergeRegular />}
          disabled={props.bereiche < 2}
          onClick={props.onMergeBereiche}
        >
          {formatText(strings.reviewMergeBereiche, { count: props.bereiche })}
        </Button>
      )}
    </div>
  );
}
