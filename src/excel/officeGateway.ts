import type { RawCell } from "../domain/inventory/types";
import type { WorkbookGateway } from "./gateway";
import { insertSampleTable } from "./insertSampleTable";
import { readInventory } from "./readInventory";
import { readWorkbookOverview } from "./readWorkbookOverview";
import { runExcel } from "./runExcel";
import { selectCell } from "./selectCell";
import { WorkbookError } from "./workbookError";

/** Rejects a gateway call whose Office adapter has not been written yet, in the user's words. */
function notYetAvailable(what: string): Promise<never> {
  return Promise.reject(new WorkbookError("unknown", `${what} ist in dieser Version noch nicht verfügbar.`));
}

export interface OfficeGatewayOptions {
  /** Loads the sample inventory's rows (header first), e.g. from the add-in's own origin. */
  readonly loadSampleRows: () => Promise<RawCell[][]>;
}

/** The gateway backed by Office.js; each method is one `Excel.run`. */
export function createOfficeGateway(options: OfficeGatewayOptions): WorkbookGateway {
  const supports = (version: string): boolean =>
    Office.context.requirements.isSetSupported("ExcelApi", version);
  return {
    readOverview: () => runExcel(readWorkbookOverview),
    readInventoryGrid: () =>
      runExcel(async (context) => {
        const read = await readInventory(context, { supportsSelectionTables: supports("1.9") });
        return read === null ? null : read.grid;
      }),
    insertSample: async () => {
      const rows = await options.loadSampleRows();
      const inserted = await runExcel((context) => insertSampleTable(context, rows));
      return {
        values: rows,
        firstRow: 1,
        firstColumn: 0,
        sheetName: inserted.sheetName,
        tableName: inserted.tableName,
      };
    },
    selectCell: (target) => runExcel((context) => selectCell(context, target)),
    writeReview: () => notYetAvailable("Das Speichern der Prüfentscheidungen"),
    writeReport: () => notYetAvailable("Das Schreiben des Berichts"),
  };
}
