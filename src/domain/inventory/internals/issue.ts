import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";
import type { InventoryIssue, InventoryIssueKind, IssueSeverity } from "../types";

/** A cell's number as shown in a message: at most two decimals ("1.234,5"). @internal */
export const messageNumber = (n: number): number => Math.round(n * 100) / 100;

/** Default severity of each issue kind: errors make the sheet unusable, warnings lose or doubt a value. */
export function severityOf(kind: InventoryIssueKind): IssueSeverity {
  switch (kind) {
    case "emptySheet":
    case "headerOnly":
    case "noHeader":
    case "noNameColumn":
      return "error";
    case "duplicateId":
    case "blankName":
    case "errorCell":
    case "mergedCells":
    case "formulaText":
    case "leikaScientific":
    case "leikaInvalid":
    case "unknownStatus":
    case "reifegradOutOfRange":
    case "invalidNumber":
    case "invalidDate":
    case "onlineExceedsCases":
    case "duplicateRole":
    case "unrecognisedValues":
      return "warning";
    case "hiddenRow":
    case "tableEnd":
      return "info";
  }
}

/**
 * Builds an issue; row-level messages start with "Zeile n" and name the column, so each message stands
 * on its own in a list.
 * @internal
 */
export function makeIssue(
  kind: InventoryIssueKind,
  row: number | null,
  column: string | null,
  detail: Message,
): InventoryIssue {
  const message =
    row === null
      ? detail
      : column === null
        ? msg("inventory.at.row", { row, text: detail })
        : msg("inventory.at.rowColumn", { row, column, text: detail });
  return { row, column, kind, severity: severityOf(kind), detail, message };
}
