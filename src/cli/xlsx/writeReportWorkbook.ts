import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Inventory, RawCell, RawGrid } from "../../domain/inventory/types";
import { buildSummaryPlan } from "../../domain/summary/buildSummaryPlan";
import {
  HISTORY_PROCESS_SHEET,
  HISTORY_SHEET,
  readHistory,
  type ReadHistory,
} from "../../domain/summary/history";
import { readXlsxGrid } from "../internals/readXlsxGrid";
import { deferPlanRows } from "./deferPlanRows";
import { inventoryLayout } from "../../domain/summary/inventoryLayout";
import type { SummaryCluster, SummaryOptions, SummaryPlan } from "../../domain/summary/types";
import { uniqueClusterLabels } from "../../domain/summary/uniqueClusterLabels";
import { addCharts, sheetPaths } from "./addCharts";
import { spliceInventoryRows, type InventoryRows } from "./inventoryRowsXml";
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
  /** Hands rows of a large sheet over to be written straight into the package (`spliceInventoryRows`). */
  readonly deferRows: (rows: InventoryRows) => void;
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
  /**
   * Whether to keep the "Verlauf" (default true): the earlier reports' snapshots in `base.workbook` are
   * carried over unchanged and this report's are appended.
   */
  readonly history?: boolean;
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
/** The "Verlauf" sheets of earlier reports in the workbook (only Prozesscluster's own sheets). */
function readHistorySheets(workbook: ExcelJS.Workbook): ReadHistory {
  const values = (name: string): RawCell[][] | undefined => {
    const sheet = workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (sheet === undefined || !isOwnSheet(sheet, workbook)) return undefined;
    return readXlsxGrid(sheet).values.map((row) => [...row]);
  };
  return readHistory(values(HISTORY_SHEET), values(HISTORY_PROCESS_SHEET));
}

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
  const earlier = options.history === false ? undefined : readHistorySheets(workbook);
  for (const own of workbook.worksheets.filter(
    (sheet) => sheet !== base?.sheet && isOwnSheet(sheet, workbook),
  ))
    workbook.removeWorksheet(own.id);
  const inventorySheetName = safeSheetName(base?.sheet?.name ?? inventory.sheetName ?? "Prozessinventar");
  const userSheets = [...workbook.worksheets.map((sheet) => sheet.name), inventorySheetName];
  const built = buildSummaryPlan({
    inventory,
    clusters: labelled,
    options: options.summary,
    inventoryRef: { kind: "table", tableName, headers: inventoryLayout(inventory).headers },
    ...(earlier === undefined ? {} : { history: earlier.history }),
  });
  const plan = renamePlanSheets(
    { ...built, notices: [...built.notices, ...(earlier?.notices ?? [])] },
    userSheets,
  );
  // What the committee reads comes first: ExcelJS orders sheets by `orderNo`.
  const large = deferPlanRows(plan);
  const planned = applySummaryPlan(workbook, large.plan);
  planned.forEach((sheet, i) => {
    (sheet as unknown as { orderNo: number }).orderNo = -plan.sheets.length + i;
  });
  const clusterOf = new Map(labelled.flatMap((c) => c.keys.map((k) => [k, c.label] as const)));
  const orderNo = (base?.sheet as { orderNo?: number } | undefined)?.orderNo;
  const bereichOf = new Map(
    labelled.flatMap((c) =>
      c.bereich === undefined ? [] : c.keys.map((k) => [k, c.bereich as string] as const),
    ),
  );
  const rows = writeInventorySheet(workbook, inventory, clusterOf, {
    bereichOf,
    tableName,
    sheetName: inventorySheetName,
    ...(base === undefined ? {} : { grid: base.grid }),
    ...(base?.sheet === undefined ? {} : { source: base.sheet }),
    ...(orderNo === undefined ? {} : { orderNo }),
  });
  const deferred: InventoryRows[] = [rows, ...large.rows];
  await options.addSheets?.(workbook, {
    inventory,
    clusters: labelled,
    plan,
    deferRows: (more) => deferred.push(more),
  });
  // "Verlauf" (data kept for the next report) goes last, after every other sheet.
  const last = Math.max(0, ...workbook.worksheets.map((w) => (w as unknown as { orderNo: number }).orderNo));
  planned.forEach((sheet, i) => {
    if (plan.sheets[i]?.kind === "history") (sheet as unknown as { orderNo: number }).orderNo = last + 1 + i;
  });
  // Stored, not deflated: the package is opened again right away and compressed once at the end.
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  const paths = await sheetPaths(zip);
  for (const block of deferred) {
    const path = paths.get(block.sheetName);
    if (path === undefined) throw new Error(`Blatt „${block.sheetName}“ fehlt im Paket`);
    await spliceInventoryRows(zip, path, block);
  }
  await addCharts(zip, plan.charts);
  // Level 3 instead of pako's default 6: on the 50,000-row benchmark the ~70 MB of XML deflate in about
  // 1.1 s instead of 2.2 s, for a file about 14 % larger (4.9 → 5.6 MB); the content is the same.
  const buffer = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 3 },
  });
  return { buffer, plan, clusters: labelled };
}
