import ExcelJS from "exceljs";
import type { Inventory } from "../../domain/inventory/types";
import { buildSummaryPlan } from "../../domain/summary/buildSummaryPlan";
import { inventoryLayout } from "../../domain/summary/inventoryLayout";
import type { SummaryCluster, SummaryOptions, SummaryPlan } from "../../domain/summary/types";
import { uniqueClusterLabels } from "../../domain/summary/uniqueClusterLabels";
import { addCharts } from "./addCharts";
import { applySummaryPlan } from "./applySummaryPlan";
import { writeInventorySheet } from "./writeInventorySheet";

/** What a hook that adds more sheets (review: cluster definitions, change log) gets to see. */
export interface ReportSheetContext {
  readonly inventory: Inventory;
  /** Clusters with the labels as written into the `Cluster` column. */
  readonly clusters: readonly SummaryCluster[];
  readonly plan: SummaryPlan;
}

export interface ReportWorkbookOptions {
  readonly summary: SummaryOptions;
  /** Table name of the inventory. Default "Prozesse". */
  readonly tableName?: string;
  /**
   * Adds further sheets (e.g. the review engineer's "Cluster-Definitionen" and "Änderungsprotokoll") after
   * the inventory sheet, before the package is written. Default: none.
   */
  readonly addSheets?: (workbook: ExcelJS.Workbook, context: ReportSheetContext) => void | Promise<void>;
}

export interface ReportWorkbook {
  readonly buffer: Buffer;
  readonly plan: SummaryPlan;
  readonly clusters: readonly SummaryCluster[];
}

/**
 * Writes the whole report as xlsx: `Cluster-Übersicht` and `Diagramme` first (what the committee reads),
 * then the inventory as table `Prozesse` with the `Cluster` column, then sheets from `addSheets`; finally
 * the charts are added to the package.
 */
export async function writeReportWorkbook(
  inventory: Inventory,
  clusters: readonly {
    readonly label: string;
    readonly keys: readonly string[];
    readonly bereich?: string;
  }[],
  options: ReportWorkbookOptions,
): Promise<ReportWorkbook> {
  const labelled = uniqueClusterLabels(clusters);
  const tableName = options.tableName ?? "Prozesse";
  const plan = buildSummaryPlan({
    inventory,
    clusters: labelled,
    options: options.summary,
    inventoryRef: { kind: "table", tableName, headers: inventoryLayout(inventory).headers },
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Prozesscluster";
  applySummaryPlan(workbook, plan);
  const clusterOf = new Map(labelled.flatMap((c) => c.keys.map((k) => [k, c.label] as const)));
  writeInventorySheet(workbook, inventory, clusterOf, { tableName });
  await options.addSheets?.(workbook, { inventory, clusters: labelled, plan });
  const raw = await workbook.xlsx.writeBuffer();
  const buffer = await addCharts(Buffer.from(raw as ArrayBuffer), plan.charts);
  return { buffer, plan, clusters: labelled };
}
