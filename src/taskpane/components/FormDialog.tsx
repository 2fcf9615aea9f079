import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { useStrings } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface FormDialogProps {
  readonly title: string;
  /** The sentence under the title; the dialog is described by it. */
  readonly text: string;
  readonly confirmLabel: string;
  /** The confirm button is disabled (and Enter does nothing) until the form says it can submit. */
  readonly canSubmit: boolean;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  /** The form's fields. */
  readonly children: ReactNode;
}

/**
 * The review's modal form: title, describing text, fields, confirm and cancel. Enter submits only when
 * `canSubmit`; Escape or "Abbrechen" cancels.
 */
export function FormDialog(props: FormDialogProps) {
  const styles = useStyles();
  const strings = useStrings();
  const textId = useId();
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface aria-describedby={textId}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (props.canSubmit) props.onSubmit();
          }}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.content}>
              <p id={textId}>{props.text}</p>
              {props.children}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={!props.canSubmit}>
                {props.confirmLabel}
              </Button>
              <Button onClick={props.onCancel}>{strings.moveDialogCancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
