import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowMoveRegular } from "@fluentui/react-icons";
import { memo } from "react";
import { formatText } from "../i18n/formatText";
import type { Message } from "../../domain/messages/types";
import { useMessageText, useStrings } from "../i18n/LanguageContext";
import { MessageText } from "./MessageText";
import { IconAction } from "./IconAction";

/** Drag data type for a process key; other drags (text, files) are ignored by drop targets. */
export const PROCESS_DRAG_TYPE = "application/x-prozesscluster-process";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "grab",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  reason: { color: tokens.colorNeutralForeground3 },
});

export interface MemberRowProps {
  readonly processKey: string;
  readonly name: string;
  readonly row: number | undefined;
  /** The engine's reason for this member, in the pane's language. */
  readonly reason: Message | undefined;
  readonly selected: boolean;
  /** Absent: the row has no selection checkbox (the Einzelprozesse bucket). */
  readonly onToggle?: (key: string, selected: boolean) => void;
  /** Opens "Verschieben nach …" for this process (button, context menu or Shift+F10). */
  readonly onMove: (key: string) => void;
}

/** One process in an expanded cluster: selectable, draggable, movable by keyboard. */
export const MemberRow = memo(function MemberRow({
  processKey,
  name,
  row,
  reason,
  selected,
  onToggle,
  onMove,
}: MemberRowProps) {
  const styles = useStyles();
  const strings = useStrings();
  const text = useMessageText();
  const rowText = row === undefined ? "" : formatText(strings.memberRow, { row });
  const reasonText = reason === undefined ? "" : text(reason);
  return (
    <li
      className={styles.row}
      draggable
      data-process-key={processKey}
      onDragStart={(event) => {
        event.dataTransfer.setData(PROCESS_DRAG_TYPE, processKey);
        event.dataTransfer.effectAllowed = "move";
      }}
      onContextMenu={(event) => {
        event.preventDefault();
        onMove(processKey);
      }}
    >
      {onToggle === undefined ? (
        <span />
      ) : (
        <Checkbox
          checked={selected}
          aria-label={formatText(strings.memberSelect, { name })}
          onChange={(_, data) => onToggle(processKey, data.checked === true)}
        />
      )}
      <span className={styles.text}>
        {/* The process name is the inventory's (German) data: screen readers pronounce it as German. */}
        <span lang="de">{name}</span>
        {(rowText !== "" || reasonText !== "") && (
          <Caption1 className={styles.reason}>
            {rowText}
            {rowText !== "" && reasonText !== "" && " · "}
            {reason !== undefined && reasonText !== "" && <MessageText message={reason} />}
          </Caption1>
        )}
      </span>
      <IconAction
        icon={<ArrowMoveRegular />}
        label={formatText(strings.memberMove, { name })}
        onClick={() => onMove(processKey)}
      />
    </li>
  );
});
