import type { WorkbookGateway } from "./gateway";
import { readWorkbookOverview } from "./readWorkbookOverview";
import { runExcel } from "./runExcel";
import { WorkbookError } from "./workbookError";

/** Rejects a gateway call whose Office adapter has not been written yet, in the user's words. */
function notYetAvailable(what: string): Promise<never> {
  return Promise.reject(new WorkbookError("unknown", `${what} ist in dieser Version noch nicht verfügbar.`));
}

/** The gateway backed by Office.js; each method is one `Excel.run`. */
export function createOfficeGateway(): WorkbookGateway {
  return {
    readOverview: () => runExcel(readWorkbookOverview),
    readInventoryGrid: () => notYetAvailable("Das Lesen des Prozessinventars"),
    insertSample: () => notYetAvailable("Das Einfügen der Beispieldaten"),
    selectCell: () => notYetAvailable("Das Springen zu einer Zelle"),
    writeReview: () => notYetAvailable("Das Speichern der Prüfentscheidungen"),
    writeReport: () => notYetAvailable("Das Schreiben des Berichts"),
  };
}
