/** Kinds of failure the task pane can explain to a user. */
export type WorkbookErrorKind =
  "notAvailable" | "editMode" | "payloadTooLarge" | "sheetProtected" | "unknown";

/**
 * An error from the workbook host with a German message for the user and the original error kept in
 * `innerError`, so the one error boundary can show it and developers can still see what happened.
 */
export class WorkbookError extends Error {
  readonly kind: WorkbookErrorKind;
  readonly innerError: unknown;

  constructor(kind: WorkbookErrorKind, message: string, innerError?: unknown) {
    super(message);
    this.name = "WorkbookError";
    this.kind = kind;
    this.innerError = innerError;
  }
}

/** Maps an Office.js error (by its `code`) to a WorkbookError with a message that says what to do next. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new WorkbookError(
        "editMode",
        "Excel ist gerade im Bearbeitungsmodus einer Zelle. Bitte die Eingabe mit Enter oder Esc abschließen und erneut versuchen.",
        error,
      );
    case "RequestPayloadSizeLimitExceeded":
      return new WorkbookError(
        "payloadTooLarge",
        "Die Datenmenge ist für eine einzelne Anfrage an Excel zu groß. Bitte einen kleineren Bereich auswählen.",
        error,
      );
    case "AccessDenied":
    case "InvalidOperation":
      return new WorkbookError(
        "sheetProtected",
        "Excel hat den Zugriff verweigert. Ist das Blatt oder die Arbeitsmappe geschützt? Bitte den Schutz aufheben und erneut versuchen.",
        error,
      );
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new WorkbookError("unknown", `Excel hat einen Fehler gemeldet: ${detail}`, error);
    }
  }
}
