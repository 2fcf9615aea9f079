import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { FormDialog } from "./FormDialog";

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
  const strings = useStrings();
  const [target, setTarget] = useState("");
  const [newName, setNewName] = useState("");
  const chosen = target === NEW_BEREICH ? newName.trim() : target.slice(2);
  return (
    <FormDialog
      title={strings.bereichDialogTitle}
      text={formatText(strings.bereichDialogText, { count })}
      confirmLabel={strings.moveDialogConfirm}
      canSubmit={chosen !== ""}
      onSubmit={() => onMove(chosen)}
      onCancel={onCancel}
    >
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
    </FormDialog>
  );
}
