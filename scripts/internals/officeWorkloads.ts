/**
 * Workloads for measuring the Office adapters' requests (`npm run bench:office` and
 * test/excel/officeRequestSizes.test.ts): an inventory of N rows built from the sample (typed as the
 * add-in inserts it), its workbook model, a review write with every process assigned, and summary plans.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { parseInventory } from "../../src/domain/inventory/parseInventory";
import type { Inventory, RawCell } from "../../src/domain/inventory/types";
import { msg } from "../../src/domain/messages/renderMessage";
import { reviewStateFromProposal } from "../../src/domain/review/reviewStateFromProposal";
import { DEFAULT_REVIEW_SETTINGS } from "../../src/domain/review/settingsSheet";
import { buildSummaryPlan } from "../../src/domain/summary/buildSummaryPlan";
import { inventoryLayout } from "../../src/domain/summary/inventoryLayout";
import type { SummaryPlan } from "../../src/domain/summary/types";
import { uniqueClusterLabels } from "../../src/domain/summary/uniqueClusterLabels";
import type { ReviewWrite } from "../../src/workbook/gateway";
import { typeSampleRows } from "../../src/excel/internals/typeSampleRows";
import { syntheticInventory } from "../../src/sample/syntheticInventory";
import { rowAnchorsOf } from "../../src/taskpane/state/rowAnchorsOf";
import type { WorkbookModel } from "./workbookResponder";

const SHEET = "Prozessinventar";
const TABLE = "Prozesse";

export interface Workload {
  readonly rows: RawCell[][];
  readonly inventory: Inventory;
  readonly model: WorkbookModel;
}

/** An inventory of `n` data rows (sample-based, 22 columns), as a table on the active sheet. */
export function inventoryWorkload(n: number): Workload {
  const csv = readFileSync(join(__dirname, "../../assets/sample/prozessinventar.csv"), "utf8").replace(
    /^\uFEFF/,
    "",
  );
  const template = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const { rows, formats } = typeSampleRows(syntheticInventory(template, n));
  const numberFormats = rows.map((row, r) =>
    row.map((cell, c) => (r === 0 || typeof cell === "string" ? "@" : (formats[c] ?? "General"))),
  );
  const inventory = {
    ...parseInventory({
      values: rows,
      numberFormats,
      firstRow: 1,
      firstColumn: 0,
      sheetName: SHEET,
      tableName: TABLE,
    }),
    sheetName: SHEET,
    tableName: TABLE,
  };
  const width = rows[0]?.length ?? 0;
  const model: WorkbookModel = {
    activeSheet: SHEET,
    selection: [TABLE],
    sheets: [
      {
        name: SHEET,
        cells: rows as (string | number | boolean | null)[][],
        tables: [{ name: TABLE, row: 0, column: 0, rows: rows.length, columns: width }],
      },
    ],
  };
  return { rows, inventory, model };
}

/** The records split into `count` clusters of consecutive rows, labelled "Cluster 1" …. */
function clustersOf(inventory: Inventory, count: number): { label: string; keys: string[] }[] {
  const size = Math.ceil(inventory.records.length / count);
  return Array.from({ length: count }, (_, i) => ({
    label: `Cluster ${i + 1} – ${inventory.records[i * size]?.name.slice(0, 40) ?? ""}`,
    keys: inventory.records.slice(i * size, (i + 1) * size).map((r) => r.key),
  })).filter((c) => c.keys.length > 0);
}

/** A review write after accepting a proposal of `clusters` clusters (every process assigned). */
export function reviewWriteOf(workload: Workload, clusters: number): ReviewWrite {
  const { inventory } = workload;
  const proposal = {
    clusters: clustersOf(inventory, clusters).map((c, i) => ({
      id: `C${i}`,
      label: c.label,
      // A reason of the length the engine writes; read back from a workbook it would be verbatim text.
      reason: msg("common.verbatim", { text: "Gleiche Fachanwendung und ähnliche Bezeichnungen" }),
      keys: c.keys,
      memberReasons: {},
      singleton: c.keys.length === 1,
      fromDecision: false,
    })),
    granularity: 0.65,
    strategy: { kind: "auto" as const },
  };
  const state = reviewStateFromProposal(proposal, inventory.records);
  const rows: Record<string, number> = {};
  for (const record of inventory.records) rows[record.key] = record.row;
  return {
    location: { sheetName: SHEET, tableName: TABLE, headerRow: inventory.headerRow, firstColumn: 0 },
    state,
    rows,
    anchors: rowAnchorsOf(inventory),
    newEntries: [
      {
        time: "2026-12-04 10:00",
        action: "Vorschlag übernommen",
        process: "",
        from: "",
        to: `${inventory.records.length} Prozesse`,
        person: "Bench",
      },
    ],
    settings: { ...DEFAULT_REVIEW_SETTINGS, reifegradModell: "1.1" },
  };
}

/** The committee report for `clusters` clusters, with one annex sheet per cluster when `annex`. */
export function reportPlanOf(workload: Workload, clusters: number, annex: boolean): SummaryPlan {
  const { inventory } = workload;
  return buildSummaryPlan({
    inventory,
    clusters: uniqueClusterLabels(clustersOf(inventory, clusters)),
    options: {
      stichtag: "2026-12-31",
      reifegradModell: "1.1",
      drucksache: "2026/0815",
      sheets: { details: annex },
    },
    inventoryRef: { kind: "table", tableName: TABLE, headers: inventoryLayout(inventory).headers },
  });
}
