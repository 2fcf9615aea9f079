import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n/LanguageContext";
import { FormDialog } from "./FormDialog";

/** The picked target is a new one (named by the reviewer) rather than one of the offered targets. */
export const NEW_TARGET = ":new";

export interface PickerTarget {
  /** The option's value: never `NEW_TARGET` (cluster ids never start with a colon; Bereiche are prefixed). */
  readonly value: string;
  readonly label: string;
  /** Shown but not choosable. */
  readonly disabled?: boolean;
}

export interface TargetPickerDialogProps {
  readonly title: string;
  readonly text: string;
  /** Label of the target list, and of its "new …" option and that option's name field. */
  readonly targetLabel: string;
  readonly newLabel: string;
  readonly newNameLabel: string;
  readonly targets: readonly PickerTarget[];
  /** The new target's name when the field is left blank; absent, a blank name cannot be confirmed. */
  readonly fallbackName?: string;
  /** Called with a target's value, or with `NEW_TARGET` and the trimmed name of the new target. */
  readonly onPick: (value: string, newName: string) => void;
  readonly onCancel: () => void;
}

/**
 * "Move to …": one of the offered targets or a new, named one. Nothing is preselected and the confirm
 * button stays disabled until a target is chosen, so Enter alone never moves anything somewhere the
 * reviewer did not pick.
 */
export function TargetPickerDialog(props: TargetPickerDialogProps) {
  const strings = useStrings();
  const [option, setOption] = useState("");
  const [newName, setNewName] = useState(props.fallbackName ?? "");
  const isNew = option === NEW_TARGET;
  const name = newName.trim() === "" ? (props.fallbackName ?? "") : newName.trim();
  const canSubmit = isNew ? name !== "" : option !== "";
  return (
    <FormDialog
      title={props.title}
      text={props.text}
      confirmLabel={strings.moveDialogConfirm}
      canSubmit={canSubmit}
      onSubmit={() => (isNew ? props.onPick(NEW_TARGET, name) : props.onPick(option, ""))}
      onCancel={props.onCancel}
    >
      <Field label={props.targetLabel}>
        <Select value={option} onChange={(_, data) => setOption(data.value)} autoFocus>
          <option value="" disabled>
            {strings.dialogChoose}
          </option>
          {props.targets.map((target) => (
            <option key={target.value} value={target.value} disabled={target.disabled}>
              {target.label}
            </option>
          ))}
          <option value={NEW_TARGET}>{props.newLabel}</option>
        </Select>
      </Field>
      {isNew && (
        <Field label={props.newNameLabel}>
          <Input value={newName} onChange={(_, data) => setNewName(data.value)} />
        </Field>
      )}
    </FormDialog>
  );
}
