import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular, EditRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatText } from "../i18n/formatText";
import type { Message } from "../../domain/messages/types";
import { useMessageText, useStrings } from "../i18n/LanguageContext";
import { MessageText } from "./MessageText";
import { IconAction } from "./IconAction";
import { InlineRename } from "./InlineRename";

const useStyles = makeStyles({
  head: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
  },
  toggle: {
    justifyContent: "flex-start",
    textAlign: "start",
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    color: tokens.colorNeutralForeground1,
  },
  reason: { color: tokens.colorNeutralForeground3, paddingLeft: "36px", display: "block" },
});

export interface BereichHeaderProps {
  readonly name: string;
  readonly reason: Message;
  readonly processes: number;
  readonly clusters: number;
  readonly open: boolean;
  readonly selected: boolean;
  /** id of the element the toggle opens. */
  readonly controls: string;
  readonly onToggle: () => void;
  readonly onSelect: (on: boolean) => void;
  /** Called with a trimmed, non-empty name different from the current one. */
  readonly onRename: (to: string) => void;
}

/** A Bereich's head: tick box (for merging), open/close, sizes, inline rename, and its reason. */
export function BereichHeader(props: BereichHeaderProps) {
  const { name } = props;
  const styles = useStyles();
  const strings = useStrings();
  const reason = useMessageText()(props.reason);
  const [renaming, setRenaming] = useState(false);
  return (
    <>
      <div className={styles.head}>
        <Checkbox
          checked={props.selected}
          aria-label={formatText(strings.bereichSelect, { name })}
          onChange={(_, data) => props.onSelect(data.checked === true)}
        />
        {!renaming ? (
          <Button
            appearance="transparent"
            className={styles.toggle}
            icon={props.open ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={props.open}
            aria-controls={props.open ? props.controls : undefined}
            onClick={props.onToggle}
          >
            <span lang="de">{name}</span>
          </Button>
        ) : (
          <InlineRename
            name={name}
            label={formatText(strings.bereichRenameLabel, { name })}
            onRename={props.onRename}
            onDone={() => setRenaming(false)}
          />
        )}
        <IconAction
          icon={<EditRegular />}
          label={formatText(strings.bereichRename, { name })}
          onClick={() => setRenaming(true)}
        />
      </div>
      {/* Sizes and reason under the name, so a long name keeps the full width of the pane. */}
      <Caption1 className={styles.reason} title={reason === "" ? undefined : reason}>
        {formatText(strings.previewSizes, { processes: props.processes, clusters: props.clusters })}
        {reason !== "" && (
          <>
            {" · "}
            <MessageText message={props.reason} />
          </>
        )}
      </Caption1>
    </>
  );
}
