import type { RawCell } from "../domain/inventory/types";
import { readHistoryStore } from "./readHistoryStore";
import { applySummaryPlan } from "./applySummaryPlan";
import type { WorkbookGateway } from "../workbook/gateway";
import { insertSampleTable } from "./insertSampleTable";
import { typeSampleRows } from "./internals/typeSampleRows";
import { readInventory } from "./readInventory";
import { readWorkbookOverview } from "./readWorkbookOverview";
import { readReviewStore, writeReviewStore } from "./reviewStore";
import { runExcel } from "./runExcel";
import { selectCell } from "./selectCell";

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
        const read = await readInventory(context, { supports });
        return read === null ? null : read.grid;
      }),
    insertSample: async () => {
      // Real numbers and dates, so the report's SUMIFS/MINIFS in Excel agree with the pane.
      const { rows, formats } = typeSampleRows(await options.loadSampleRows());
      const inserted = await runExcel((context) => insertSampleTable(context, rows, formats));
      return {
        values: rows,
        numberFormats: rows.map((row, r) =>
          row.map((cell, c) => (r === 0 || typeof cell === "string" ? "@" : (formats[c] ?? "General"))),
        ),
        firstRow: 1,
        firstColumn: 0,
        sheetName: inserted.sheetName,
        tableName: inserted.tableName,
      };
    },
    selectCell: (target) => runExcel((context) => selectCell(context, target)),
    readReview: () => runExcel(readReviewStore),
    writeReview: (write) => runExcel((context) => writeReviewStore(context, write)),
    readHistory: () => runExcel(readHistoryStore),
    writeReport: async (plan) => {
      const result = await runExcel((context) => applySummaryPlan(context, plan, { supports }));
      return {
        summarySheetName: plan.sheets[0]?.name ?? "Cluster-Übersicht",
        notices: [...plan.notices, ...result.notices],
      };
    },
  };
}
