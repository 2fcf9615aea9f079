import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { isMessage } from "../../domain/messages/renderMessage";
import { WorkbookError } from "../../workbook/gateway";
import { useErrors } from "../ErrorContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import type { Strings } from "../i18n/strings";
import { MessageText } from "./MessageText";

/**
 * Text for a failure that is not a message: a string as it is, anything else with a generic hint.
 * Domain messages (e.g. a refused review action) and workbook errors (their `detail`) are rendered by
 * `ErrorBar` in the pane's language.
 */
export function describeError(error: unknown, strings: Strings): string {
  if (typeof error === "string") return error;
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
        {isMessage(error) ? (
          <MessageText message={error} />
        ) : error instanceof WorkbookError ? (
          <MessageText message={error.detail} />
        ) : (
          describeError(error, strings)
        )}
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
