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
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import type { NameCandidate } from "../state/suggestMergeName";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

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
  const styles = useStyles();
  const strings = useStrings();
  const textId = useId();
  const initial = candidates.findIndex((candidate) => candidate.name === suggested);
  const [choice, setChoice] = useState(initial < 0 ? OWN : String(initial));
  const [own, setOwn] = useState("");
  const name = (choice === OWN ? own : (candidates[Number(choice)]?.name ?? "")).trim();
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={textId}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name !== "") onMerge(name);
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <p id={textId}>{strings.mergeDialogText}</p>
              <Field label={strings.mergeDialogName}>
                <RadioGroup value={choice} onChange={(_, data) => setChoice(data.value)}>
                  {candidates.map((candidate, index) => (
                    <Radio
                      key={index}
                      value={String(index)}
                      label={formatText(strings.mergeDialogOption, {
                        name: candidate.name,
                        count: candidate.size,
                      })}
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
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={name === ""}>
                {strings.mergeDialogConfirm}
              </Button>
              <Button onClick={onCancel}>{strings.moveDialogCancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
