/**
 * The German messages shown when a worker fails as a whole (it could not be loaded, a script error
 * outside a request, out of memory, an unreadable message). `detail` is the browser's own text, kept in
 * parentheses for support; an empty detail is left out.
 */
function failureMessage(base: string): (detail: string | undefined) => string {
  return (detail) => {
    const text = (detail ?? "").trim();
    return text === "" ? base : `${base} (${text})`;
  };
}

/** Why the worker stopped, as every message says it. */
const STOPPED =
  "(der Hintergrundprozess konnte nicht geladen werden oder hatte zu wenig Arbeitsspeicher). Bitte den Aufgabenbereich schließen und neu öffnen";

/** @internal The clustering worker failed. */
export const workerFailureMessage = failureMessage(
  `Die Clusterberechnung ist abgebrochen ${STOPPED}; bei sehr großen Inventaren zuerst einen kleineren Bereich wählen.`,
);

/** @internal The parsing worker failed. */
export const parseWorkerFailureMessage = failureMessage(
  `Das Einlesen des Inventars ist abgebrochen ${STOPPED}.`,
);

/** @internal The report worker failed. */
export const reportWorkerFailureMessage = failureMessage(
  `Die Berechnung des Berichts ist abgebrochen ${STOPPED}.`,
);
