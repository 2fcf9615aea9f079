import type ExcelJS from "exceljs";
import type { Inventory, RawGrid } from "../../domain/inventory/types";
import { buildSummaryPlan } from "../../domain/summary/buildSummaryPlan";
import { inventoryLayout } from "../../domain/summary/inventoryLayout";
import type { SummaryCluster, SummaryOptions, SummaryPlan } from "../../domain/summary/types";
import { uniqueClusterLabels } from "../../domain/summary/uniqueClusterLabels";
import { addCharts } from "./addCharts";
import { applySummaryPlan } from "./applySummaryPlan";
import { writeInventorySheet } from "./writeInventorySheet";
import { isOwnSheet } from "../internals/ownSheets";
import { renamePlanSheets } from "./renamePlanSheets";
import { safeSheetName } from "./safeSheetName";
import { loadExcelJs } from "../loadExcelJs";

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
  /**
   * The user's input: with it the report keeps what it did not make. `workbook` (xlsx input) is written
   * into, so every user sheet stays cell for cell; Prozesscluster's own sheets in it are replaced; the
   * inventory sheet `sheet` is replaced at its place by the inventory copy. `grid` lets the copy keep
   * every row, title rows and each column's type and format. Default: a new workbook with the records only.
   */
  readonly base?: {
    readonly workbook?: ExcelJS.Workbook;
    readonly sheet?: ExcelJS.Worksheet;
    readonly grid: RawGrid;
  };
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
  const base = options.base;
  const workbook = base?.workbook ?? new (await loadExcelJs()).Workbook();
  if (base?.workbook === undefined) workbook.creator = "Prozesscluster";
  for (const own of workbook.worksheets.filter(
    (sheet) => sheet !== base?.sheet && isOwnSheet(sheet, workbook),
  ))
    workbook.removeWorksheet(own.id);
  const inventorySheetName = safeSheetName(base?.sheet?.name ?? inventory.sheetName ?? "Prozessinventar");
  const userSheets = [...workbook.worksheets.map((sheet) => sheet.name), inventorySheetName];
  const plan = renamePlanSheets(
    buildSummaryPlan({
      inventory,
      clusters: labelled,
      options: options.summary,
      inventoryRef: { kind: "table", tableName, headers: inventoryLayout(inventory).headers },
    }),
    userSheets,
  );
  // What the committee reads comes first: ExcelJS orders sheets by `orderNo`.
  applySummaryPlan(workbook, plan).forEach((sheet, i) => {
    (sheet as unknown as { orderNo: number }).orderNo = -plan.sheets.length + i;
  });
  const clusterOf = new Map(labelled.flatMap((c) => c.keys.map((k) => [k, c.label] as const)));
  const orderNo = (base?.sheet as { orderNo?: number } | undefined)?.orderNo;
  const bereichOf = new Map(
    labelled.flatMap((c) =>
      c.bereich === undefined ? [] : c.keys.map((k) => [k, c.bereich as string] as const),
    ),
  );
  writeInventorySheet(workbook, inventory, clusterOf, {
    bereichOf,
    tableName,
    sheetName: inventorySheetName,
    ...(base === undefined ? {} : { grid: base.grid }),
    ...(base?.sheet === undefined ? {} : { source: base.sheet }),
    ...(orderNo === undefined ? {} : { orderNo }),
  });
  await options.addSheets?.(workbook, { inventory, clusters: labelled, plan });
  const raw = await workbook.xlsx.writeBuffer();
  const buffer = await addCharts(Buffer.from(raw as ArrayBuffer), plan.charts);
  return { buffer, plan, clusters: labelled };
}
