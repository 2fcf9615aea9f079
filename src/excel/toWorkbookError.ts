import { msg } from "../domain/messages/renderMessage";
import type { MessageCode } from "../domain/messages/tables";
import { WorkbookError, type WorkbookErrorKind } from "../workbook/workbookError";

/** Kind and message (what to do next) per Office.js error code (`OfficeExtension.Error.code`). */
const KNOWN: Readonly<Record<string, readonly [WorkbookErrorKind, MessageCode]>> = {
  InvalidOperationInCellEditMode: ["editMode", "workbook.editMode"],
  RequestPayloadSizeLimitExceeded: ["payloadTooLarge", "workbook.requestTooLarge"],
  ResponsePayloadSizeLimitExceeded: ["payloadTooLarge", "workbook.responseTooLarge"],
  AccessDenied: ["sheetProtected", "workbook.accessDenied"],
  InvalidOperation: ["invalidOperation", "workbook.invalidOperation"],
  InvalidSelection: ["invalidSelection", "workbook.invalidSelection"],
  ItemAlreadyExists: ["itemExists", "workbook.itemExists"],
  InsertDeleteConflict: ["conflict", "workbook.insertDeleteConflict"],
  Conflict: ["conflict", "workbook.conflict"],
  EditModeCellUpdateConflict: ["conflict", "workbook.cellEditConflict"],
  ApiNotFound: ["notAvailable", "workbook.apiNotFound"],
};

/** Maps an Office.js error (by its `code`) to a WorkbookError with a message that says what to do next. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const known = KNOWN[code];
  if (known !== undefined) return new WorkbookError(known[0], msg(known[1]), error);
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookError("unknown", msg("workbook.hostError", { detail }), error);
}
