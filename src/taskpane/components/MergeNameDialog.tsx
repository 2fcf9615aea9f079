import { Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import type { NameCandidate } from "../state/suggestMergeName";
import { FormDialog } from "./FormDialog";

/** Value of the "Eigener Name" choice; candidate choices are their index. */
const OWN = "own";

export interface MergeNameDialogProps {
  readonly title: string;
  /** The names on offer (each with its size), in the order shown. */
  readonly candidates: readonly NameCandidate[];
  /** The preselected candidate's name (see `suggestMergeName`). */
  readonly suggested: string;
  /** Called with the chosen, trimmed, non-empty name. */
  readonly onMerge: (name: string) => void;
  readonly onCancel: () => void;
}

/** Asks which name a merge keeps: one of the merged names (the better one suggested) or a free one. */
export function MergeNameDialog({ title, candidates, suggested, onMerge, onCancel }: MergeNameDialogProps) {
  const strings = useStrings();
  const initial = candidates.findIndex((candidate) => candidate.name === suggested);
  const [choice, setChoice] = useState(initial < 0 ? OWN : String(initial));
  const [own, setOwn] = useState("");
  const name = (choice === OWN ? own : (candidates[Number(choice)]?.name ?? "")).trim();
  return (
    <FormDialog
      title={title}
      text={strings.mergeDialogText}
      confirmLabel={strings.mergeDialogConfirm}
      canSubmit={name !== ""}
      onSubmit={() => onMerge(name)}
      onCancel={onCancel}
    >
      <Field label={strings.mergeDialogName}>
        <RadioGroup value={choice} onChange={(_, data) => setChoice(data.value)}>
          {candidates.map((candidate, index) => (
            <Radio
              key={index}
              value={String(index)}
              label={formatText(strings.mergeDialogOption, { name: candidate.name, count: candidate.size })}
            />
          ))}
          <Radio value={OWN} label={strings.mergeDialogOwn} />
        </RadioGroup>
      </Field>
      {choice === OWN && (
        <Field label={strings.mergeDialogOwnLabel}>
          <Input value={own} autoFocus onChange={(_, data) => setOwn(data.value)} />
        </Field>
      )}
    </FormDialog>
  );
}
