/** Hook for `writeReportWorkbook`: adds the review sheets to a freshly written report. */
import type ExcelJS from "exceljs";
import { reportClusters, type ReportCluster } from "../../domain/review/reportClusters";
import type { ProtocolEntry, ReviewSettings, ReviewState } from "../../domain/review/types";
import type { InventoryRows } from "./inventoryRowsXml";
import { writeReviewSheets } from "./reviewSheets";

/**
 * Clusters of a review state as the report takes them (name as label, member keys), without empty
 * clusters. Names are unique ignoring case already, so the report's label de-duplication keeps them.
 */
export function reportClustersOf(state: ReviewState): ReportCluster[] {
  return reportClusters(state);
}

/**
 * Returns the `addSheets` hook: definitions with `Anzahl` counting live over `<table>[Cluster]`, the
 * protocol (earlier entries of the input file first, then this run's — a new file, so "append" means
 * carrying the old rows over unchanged) and the hidden settings sheet.
 */
export function addReviewSheets(options: {
  readonly state: ReviewState;
  readonly settings: ReviewSettings;
  readonly previousProtocol: readonly ProtocolEntry[];
  readonly newEntries: readonly ProtocolEntry[];
  /** Table name of the inventory in the report. Default "Prozesse". */
  readonly tableName?: string;
}): (workbook: ExcelJS.Workbook, context?: { readonly deferRows?: (rows: InventoryRows) => void }) => void {
  return (workbook, context) =>
    writeReviewSheets(workbook, {
      ...(context?.deferRows === undefined ? {} : { deferRows: context.deferRows }),
      state: options.state,
      settings: options.settings,
      newEntries: [...options.previousProtocol, ...options.newEntries],
      countTable: options.tableName ?? "Prozesse",
    });
}
