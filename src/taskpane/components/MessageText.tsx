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

/**
 * A template of the pane's strings with `{name}` placeholders filled from the user's data (sheet and
 * table names), each value marked `lang="de"`.
 */
export function TextWithData(props: {
  readonly template: string;
  readonly data: Readonly<Record<string, string>>;
}) {
  return (
    <>
      {props.template.split(/(\{\w+\})/).map((piece, index) => {
        const value = /^\{(\w+)\}$/.exec(piece)?.[1];
        const text = value === undefined ? undefined : props.data[value];
        return text === undefined ? (
          <Fragment key={index}>{piece}</Fragment>
        ) : (
          <span key={index} lang="de">
            {text}
          </span>
        );
      })}
    </>
  );
}
