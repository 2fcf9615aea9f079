import { msg, renderMessage } from "../domain/messages/renderMessage";
import type { Message } from "../domain/messages/types";

/** Kinds of failure the task pane can explain to a user. */
export type WorkbookErrorKind =
  | "notAvailable"
  | "editMode"
  | "payloadTooLarge"
  | "sheetProtected"
  | "invalidOperation"
  | "invalidSelection"
  | "itemExists"
  | "conflict"
  | "tableChanged"
  | "unknown";

/** What the user reads for a kind when the thrower gives no more specific message. */
const DEFAULT_DETAIL: Readonly<Record<WorkbookErrorKind, Message>> = {
  notAvailable: msg("workbook.apiNotFound"),
  editMode: msg("workbook.editMode"),
  payloadTooLarge: msg("workbook.requestTooLarge"),
  sheetProtected: msg("workbook.accessDenied"),
  invalidOperation: msg("workbook.invalidOperation"),
  invalidSelection: msg("workbook.invalidSelection"),
  itemExists: msg("workbook.itemExists"),
  conflict: msg("workbook.conflict"),
  tableChanged: msg("workbook.tableChanged"),
  unknown: msg("workbook.hostError", { detail: "?" }),
};

/**
 * An error from the workbook host. `detail` says what happened and what to do next as a message code
 * (rendered in the pane's language); `message` is its German text (logs, command line). The original
 * error is kept in `innerError`, so the one error boundary can show it and developers can still see
 * what happened.
 */
export class WorkbookError extends Error {
  readonly kind: WorkbookErrorKind;
  readonly detail: Message;
  readonly innerError: unknown;

  constructor(kind: WorkbookErrorKind, detail?: Message, innerError?: unknown) {
    const resolved = detail ?? DEFAULT_DETAIL[kind];
    super(renderMessage(resolved, "de"));
    this.name = "WorkbookError";
    this.kind = kind;
    this.detail = resolved;
    this.innerError = innerError;
  }
}
