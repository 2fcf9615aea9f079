import { renderMessage } from "../../../src/domain/messages/renderMessage";
import type { Message } from "../../../src/domain/messages/types";

/** A message as the command line and the workbook show it (German); `undefined` stays `undefined`. */
export function de(message: Message | undefined): string | undefined {
  return message === undefined ? undefined : renderMessage(message, "de");
}

/** The German text of every message of a record (member reasons, cluster reasons). */
export function deValues(messages: Readonly<Record<string, Message>> | undefined): string[] {
  return Object.values(messages ?? {}).map((message) => renderMessage(message, "de"));
}
