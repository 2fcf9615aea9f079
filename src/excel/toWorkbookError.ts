import { WorkbookError, type WorkbookErrorKind } from "../workbook/workbookError";

/** German message per Office.js error code (`OfficeExtension.Error.code`), with what to do next. */
const MESSAGES: Readonly<Record<string, readonly [WorkbookErrorKind, string]>> = {
  InvalidOperationInCellEditMode: [
    "editMode",
    "Excel ist gerade im Bearbeitungsmodus einer Zelle. Bitte die Eingabe mit Enter oder Esc abschließen und erneut versuchen.",
  ],
  RequestPayloadSizeLimitExceeded: [
    "payloadTooLarge",
    "Die Datenmenge ist für eine einzelne Anfrage an Excel zu groß (Excel im Web erlaubt höchstens 5 MB). Bitte einen kleineren Bereich auswählen oder Excel für Windows oder Mac verwenden.",
  ],
  ResponsePayloadSizeLimitExceeded: [
    "payloadTooLarge",
    "Die Antwort von Excel ist zu groß (Excel im Web erlaubt höchstens 5 MB je Antwort). Bitte einen kleineren Bereich auswählen, sehr lange Zellinhalte kürzen oder Excel für Windows oder Mac verwenden.",
  ],
  AccessDenied: [
    "sheetProtected",
    "Excel hat den Zugriff verweigert. Ist das Blatt oder die Arbeitsmappe geschützt? Bitte den Schutz aufheben und erneut versuchen.",
  ],
  InvalidOperation: [
    "invalidOperation",
    "Excel hat den Schritt gerade nicht zugelassen (z. B. weil ein Dialog offen ist, die Mappe freigegeben gesperrt ist oder eine Tabelle einen anderen Bereich überlappt). Bitte offene Dialoge schließen und erneut versuchen.",
  ],
  InvalidSelection: [
    "invalidSelection",
    "Mit der aktuellen Auswahl kann Excel das nicht ausführen (z. B. mehrere getrennte Bereiche oder ein Diagramm ausgewählt). Bitte eine einzelne Zelle in der Tabelle auswählen und erneut versuchen.",
  ],
  ItemAlreadyExists: [
    "itemExists",
    "Ein Blatt oder Name dieses Namens gibt es in der Arbeitsmappe schon (vielleicht gerade von einer anderen Person angelegt). Bitte erneut versuchen.",
  ],
  InsertDeleteConflict: [
    "conflict",
    "Excel konnte Zellen nicht einfügen oder löschen, weil eine Tabelle oder ein verbundener Bereich im Weg ist. Bitte den Bereich rechts bzw. unterhalb freimachen und erneut versuchen.",
  ],
  Conflict: [
    "conflict",
    "Jemand anderes hat die Arbeitsmappe gleichzeitig geändert. Bitte einen Moment warten und erneut versuchen.",
  ],
  EditModeCellUpdateConflict: [
    "conflict",
    "Jemand anderes bearbeitet gerade eine der betroffenen Zellen. Bitte einen Moment warten und erneut versuchen.",
  ],
  ApiNotFound: [
    "notAvailable",
    "Diese Excel-Version kennt eine benötigte Funktion nicht. Bitte Microsoft 365, Office 2021 oder neuer oder Excel im Web verwenden.",
  ],
};

/** Maps an Office.js error (by its `code`) to a WorkbookError with a message that says what to do next. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const known = MESSAGES[code];
  if (known !== undefined) return new WorkbookError(known[0], known[1], error);
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookError("unknown", `Excel hat einen Fehler gemeldet: ${detail}`, error);
}
