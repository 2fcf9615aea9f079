import type { InventoryIssue, InventoryIssueKind, IssueSeverity } from "../types";

const GERMAN_NUMBER = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });

/** German number formatting for messages ("1.234,5"). @internal */
export const formatNumber = (n: number): string => GERMAN_NUMBER.format(n);

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
  text: string,
): InventoryIssue {
  const where = row === null ? "" : column === null ? `Zeile ${row}: ` : `Zeile ${row}, Spalte „${column}“: `;
  return { row, column, kind, severity: severityOf(kind), message: `${where}${text}` };
}
