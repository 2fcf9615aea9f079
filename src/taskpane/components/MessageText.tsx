import { Fragment } from "react";
import { renderMessageParts } from "../../domain/messages/renderMessage";
import type { Message } from "../../domain/messages/types";
import { useLanguage } from "../i18n/LanguageContext";

/**
 * A domain message in the pane's language. The user's data inside it (process, cluster and Bereich
 * names, column headers, cell values) stays German and is marked `lang="de"` (WCAG 3.1.2, language of
 * parts), so screen readers pronounce it correctly in the English pane.
 */
export function MessageText({ message }: { readonly message: Message }) {
  const { language } = useLanguage();
  return (
    <>
      {renderMessageParts(message, language).map((part, index) =>
        part.data ? (
          <span key={index} lang="de">
            {part.text}
          </span>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
