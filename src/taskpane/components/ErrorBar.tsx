import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { WorkbookError } from "../../workbook/gateway";
import { useErrors } from "../ErrorContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import type { Strings } from "../i18n/strings";

/** German text for any failure: workbook errors carry their own advice; the rest gets a generic one. */
export function describeError(error: unknown, strings: Strings): string {
  // Plain strings are already German advice (e.g. a refused review action from the domain).
  if (typeof error === "string") return error;
  if (error instanceof WorkbookError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return formatText(strings.errorUnexpected, { detail });
}

/** The pane's single error display: a Fluent MessageBar saying what went wrong and what to do next. */
export function ErrorBar() {
  const { error, clearError } = useErrors();
  const strings = useStrings();
  if (error === null) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {describeError(error, strings)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={strings.dismiss}
            icon={<DismissRegular />}
            onClick={clearError}
          />
        }
      />
    </MessageBar>
  );
}
