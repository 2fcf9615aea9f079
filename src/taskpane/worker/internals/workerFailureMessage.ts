/**
 * @internal The German message shown when the clustering worker fails as a whole (it could not be
 * loaded, a script error outside a request, out of memory, an unreadable message). `detail` is the
 * browser's own text, kept in parentheses for support; an empty detail is left out.
 */
export function workerFailureMessage(detail: string | undefined): string {
  const base =
    "Die Clusterberechnung ist abgebrochen (der Hintergrundprozess konnte nicht geladen werden oder hatte zu wenig Arbeitsspeicher). Bitte den Aufgabenbereich schließen und neu öffnen; bei sehr großen Inventaren zuerst einen kleineren Bereich wählen.";
  const text = (detail ?? "").trim();
  return text === "" ? base : `${base} (${text})`;
}
