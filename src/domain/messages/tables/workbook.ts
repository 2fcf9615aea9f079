import type { MessageTable } from "../types";

/**
 * Failures of the workbook host (Excel, or the preview's in-memory workbook), each with what to do
 * next. `workbook.hostError`: an error Excel reported that has no code of its own here; `{detail}` is
 * Excel's text as it came.
 */
type WorkbookCode =
  | "workbook.editMode"
  | "workbook.requestTooLarge"
  | "workbook.responseTooLarge"
  | "workbook.accessDenied"
  | "workbook.invalidOperation"
  | "workbook.invalidSelection"
  | "workbook.itemExists"
  | "workbook.insertDeleteConflict"
  | "workbook.conflict"
  | "workbook.cellEditConflict"
  | "workbook.apiNotFound"
  | "workbook.tableChanged"
  | "workbook.sheetGone"
  | "workbook.hostError";

export const workbookMessages: MessageTable<WorkbookCode> = {
  de: {
    "workbook.editMode":
      "Excel ist gerade im Bearbeitungsmodus einer Zelle. Bitte die Eingabe mit Enter oder Esc abschließen und erneut versuchen.",
    "workbook.requestTooLarge":
      "Die Datenmenge ist für eine einzelne Anfrage an Excel zu groß (Excel im Web erlaubt höchstens 5 MB). Bitte einen kleineren Bereich auswählen oder Excel für Windows oder Mac verwenden.",
    "workbook.responseTooLarge":
      "Die Antwort von Excel ist zu groß (Excel im Web erlaubt höchstens 5 MB je Antwort). Bitte einen kleineren Bereich auswählen, sehr lange Zellinhalte kürzen oder Excel für Windows oder Mac verwenden.",
    "workbook.accessDenied":
      "Excel hat den Zugriff verweigert. Ist das Blatt oder die Arbeitsmappe geschützt? Bitte den Schutz aufheben und erneut versuchen.",
    "workbook.invalidOperation":
      "Excel hat den Schritt gerade nicht zugelassen (z. B. weil ein Dialog offen ist, die Mappe freigegeben gesperrt ist oder eine Tabelle einen anderen Bereich überlappt). Bitte offene Dialoge schließen und erneut versuchen.",
    "workbook.invalidSelection":
      "Mit der aktuellen Auswahl kann Excel das nicht ausführen (z. B. mehrere getrennte Bereiche oder ein Diagramm ausgewählt). Bitte eine einzelne Zelle in der Tabelle auswählen und erneut versuchen.",
    "workbook.itemExists":
      "Ein Blatt oder Name dieses Namens gibt es in der Arbeitsmappe schon (vielleicht gerade von einer anderen Person angelegt). Bitte erneut versuchen.",
    "workbook.insertDeleteConflict":
      "Excel konnte Zellen nicht einfügen oder löschen, weil eine Tabelle oder ein verbundener Bereich im Weg ist. Bitte den Bereich rechts bzw. unterhalb freimachen und erneut versuchen.",
    "workbook.conflict":
      "Jemand anderes hat die Arbeitsmappe gleichzeitig geändert. Bitte einen Moment warten und erneut versuchen.",
    "workbook.cellEditConflict":
      "Jemand anderes bearbeitet gerade eine der betroffenen Zellen. Bitte einen Moment warten und erneut versuchen.",
    "workbook.apiNotFound":
      "Diese Excel-Version kennt eine benötigte Funktion nicht. Bitte Microsoft 365, Office 2021 oder neuer oder Excel im Web verwenden.",
    "workbook.tableChanged":
      "Das Prozessinventar wurde seit dem Einlesen verändert (Zeilen sortiert, eingefügt oder gelöscht, oder Spalten verschoben). Damit keine Clusternamen neben falschen Prozessen landen, wurde nichts geschrieben. Bitte unter „Daten“ erneut einlesen.",
    "workbook.sheetGone": "Das Blatt „{sheet}“ gibt es nicht mehr. Bitte den Schritt erneut ausführen.",
    "workbook.hostError": "Excel hat einen Fehler gemeldet: {detail}",
  },
  en: {
    "workbook.editMode": "Excel is editing a cell. Please finish the entry with Enter or Esc and try again.",
    "workbook.requestTooLarge":
      "Too much data for a single request to Excel (Excel on the web allows at most 5 MB). Please select a smaller range or use Excel for Windows or Mac.",
    "workbook.responseTooLarge":
      "Excel's answer is too large (Excel on the web allows at most 5 MB per answer). Please select a smaller range, shorten very long cell contents or use Excel for Windows or Mac.",
    "workbook.accessDenied":
      "Excel denied access. Is the sheet or the workbook protected? Please remove the protection and try again.",
    "workbook.invalidOperation":
      "Excel did not allow this step just now (for example because a dialog is open, the shared workbook is locked or a table overlaps another range). Please close open dialogs and try again.",
    "workbook.invalidSelection":
      "Excel cannot do this with the current selection (for example several separate ranges or a chart selected). Please select a single cell in the table and try again.",
    "workbook.itemExists":
      "A sheet or name of this name already exists in the workbook (perhaps just created by someone else). Please try again.",
    "workbook.insertDeleteConflict":
      "Excel could not insert or delete cells because a table or a merged range is in the way. Please clear the range to the right or below and try again.",
    "workbook.conflict":
      "Someone else changed the workbook at the same time. Please wait a moment and try again.",
    "workbook.cellEditConflict":
      "Someone else is editing one of the cells concerned. Please wait a moment and try again.",
    "workbook.apiNotFound":
      "This version of Excel lacks a function the add-in needs. Please use Microsoft 365, Office 2021 or later, or Excel on the web.",
    "workbook.tableChanged":
      "The process inventory changed since it was read (rows sorted, inserted or deleted, or columns moved). So that no cluster names land next to the wrong processes, nothing was written. Please read it again under “Data”.",
    "workbook.sheetGone": "The sheet “{sheet}” no longer exists. Please run the step again.",
    "workbook.hostError": "Excel reported an error: {detail}",
  },
};
