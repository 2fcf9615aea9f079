import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { FormDialog } from "./FormDialog";

/** Value of the "Neuer Cluster" option; cluster ids never start with a colon. */
export const NEW_CLUSTER = ":new";

export interface MoveDialogProps {
  readonly count: number;
  readonly targets: readonly { readonly id: string; readonly name: string }[];
  /** `toClusterId` is `NEW_CLUSTER` for a new cluster named `newName`. */
  readonly onMove: (toClusterId: string, newName: string) => void;
  readonly onCancel: () => void;
}

/**
 * "Verschieben nach …": the keyboard (and context menu) way to move processes to another cluster.
 * Nothing is preselected and "Verschieben" stays disabled until a target is chosen, so Enter alone never
 * moves a process somewhere the reviewer did not pick.
 */
export function MoveDialog({ count, targets, onMove, onCancel }: MoveDialogProps) {
  const strings = useStrings();
  const [target, setTarget] = useState("");
  const [newName, setNewName] = useState(strings.moveDialogNewName);
  return (
    <FormDialog
      title={strings.moveDialogTitle}
      text={formatText(strings.moveDialogText, { count })}
      confirmLabel={strings.moveDialogConfirm}
      canSubmit={target !== ""}
      onSubmit={() => onMove(target, newName.trim() === "" ? strings.moveDialogNewName : newName.trim())}
      onCancel={onCancel}
    >
      <Field label={strings.moveDialogTarget}>
        <Select value={target} onChange={(_, data) => setTarget(data.value)} autoFocus>
          <option value="" disabled>
            {strings.dialogChoose}
          </option>
          {targets.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
          <option value={NEW_CLUSTER}>{strings.moveDialogNew}</option>
        </Select>
      </Field>
      {target === NEW_CLUSTER && (
        <Field label={strings.moveDialogNameLabel}>
          <Input value={newName} onChange={(_, data) => setNewName(data.value)} />
        </Field>
      )}
    </FormDialog>
  );
}
