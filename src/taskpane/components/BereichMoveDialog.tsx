import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Value of the "Neuer Bereich …" option; option values of Bereiche are prefixed with "b:". */
const NEW_BEREICH = ":new";

export interface BereichMoveDialogProps {
  /** How many clusters move. */
  readonly count: number;
  /** Bereiche to choose from (the clusters' current Bereich left out when they share one). */
  readonly bereiche: readonly string[];
  /** Called with an existing Bereich's name or the new, trimmed, non-empty name. */
  readonly onMove: (bereich: string) => void;
  readonly onCancel: () => void;
}

/**
 * "In Bereich verschieben": clusters to another Bereich or to a new one (which is how a Bereich is
 * split). Nothing is preselected, so Enter alone never moves anything.
 */
export function BereichMoveDialog({ count, bereiche, onMove, onCancel }: BereichMoveDialogProps) {
  const styles = useStyles();
  const strings = useStrings();
  const textId = useId();
  const [target, setTarget] = useState("");
  const [newName, setNewName] = useState("");
  const chosen = target === NEW_BEREICH ? newName.trim() : target.slice(2);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={textId}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen !== "") onMove(chosen);
          }}
        >
          <DialogBody>
            <DialogTitle>{strings.bereichDialogTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              <p id={textId}>{formatText(strings.bereichDialogText, { count })}</p>
              <Field label={strings.bereichDialogTarget}>
                <Select value={target} onChange={(_, data) => setTarget(data.value)} autoFocus>
                  <option value="" disabled>
                    {strings.dialogChoose}
                  </option>
                  {bereiche.map((name) => (
                    <option key={name} value={`b:${name}`}>
                      {name}
                    </option>
                  ))}
                  <option value={NEW_BEREICH}>{strings.bereichDialogNew}</option>
                </Select>
              </Field>
              {target === NEW_BEREICH && (
                <Field label={strings.bereichDialogNameLabel}>
                  <Input value={newName} onChange={(_, data) => setNewName(data.value)} />
                </Field>
              )}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={chosen === ""}>
                {strings.moveDialogConfirm}
              </Button>
              <Button onClick={onCancel}>{strings.moveDialogCancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
