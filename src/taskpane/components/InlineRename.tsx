import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  rename: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

export interface InlineRenameProps {
  readonly name: string;
  /** Accessible name of the text field. */
  readonly label: string;
  /** Called with a trimmed, non-empty name different from `name`; then `onDone`. */
  readonly onRename: (to: string) => void;
  /** Called when editing ends (saved, unchanged or cancelled with Escape). */
  readonly onDone: () => void;
}

/** The text field (and "Speichern") that replaces a name while it is renamed: Enter saves, Escape cancels. */
export function InlineRename({ name, label, onRename, onDone }: InlineRenameProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [value, setValue] = useState(name);
  const save = () => {
    const next = value.trim();
    if (next !== "" && next !== name) onRename(next);
    onDone();
  };
  return (
    <span className={styles.rename}>
      <Input
        size="small"
        autoFocus
        value={value}
        aria-label={label}
        onChange={(_, data) => setValue(data.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") save();
          if (event.key === "Escape") onDone();
        }}
      />
      <Button size="small" appearance="primary" onClick={save}>
        {strings.clusterRenameSave}
      </Button>
    </span>
  );
}
