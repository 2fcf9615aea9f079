/**
 * @internal The German message shown when the parsing worker fails as a whole (it could not be loaded,
 * a script error outside a request, out of memory). `detail` is the browser's own text, kept in
 * parentheses for support; an empty detail is left out.
 */
export function parseWorkerFailureMessage(detail: string | undefined): string {
  const base =
    "Das Einlesen des Inventars ist abgebrochen (der Hintergrundprozess konnte nicht geladen werden oder hatte zu wenig Arbeitsspeicher). Bitte den Aufgabenbereich schließen und neu öffnen.";
  const text = (detail ?? "").trim();
  return text === "" ? base : `${base} (${text})`;
}
