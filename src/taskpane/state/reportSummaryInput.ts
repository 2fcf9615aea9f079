import { predominantReifegradModell } from "../../domain/inventory/predominantReifegradModell";
import type { ReifegradModell } from "../../domain/inventory/types";
import { reportClusters } from "../../domain/review/reportClusters";
import { inventoryLayout } from "../../domain/summary/inventoryLayout";
import type { InventoryRef, SummaryInput } from "../../domain/summary/types";
import { uniqueClusterLabels } from "../../domain/summary/uniqueClusterLabels";
import type { FlowState } from "./flowReducer";

/** The choices of the "Bericht" step. */
export interface ReportChoices {
  /** ISO `YYYY-MM-DD`. */
  readonly stichtag: string;
  readonly drucksache: string;
  readonly title: string;
  readonly details: boolean;
  readonly charts: boolean;
  /** `null` = the model most records name, else 1.1 (`predominantReifegradModell`, as on the command line). */
  readonly reifegradModell: ReifegradModell | null;
}

/**
 * The summary input for the reviewed clusters in the report's order (`reportClusters`: by Bereich,
 * each Einzelprozess its own line, since the `Cluster` column names them too and the formulas count them). The inventory is
 * referenced as its table when it is one, otherwise as a sheet range.
 */
export function reportSummaryInput(state: FlowState, choices: ReportChoices): SummaryInput {
  const { inventory, grid, review } = state;
  if (inventory === null || grid === null || review === null)
    throw new Error("Es gibt noch keine geprüften Cluster.");
  const present = review.present;
  const clusters = reportClusters(present);
  const layout = inventoryLayout(inventory);
  const lastRow = Math.max(inventory.headerRow + 1, ...inventory.records.map((record) => record.row));
  const inventoryRef: InventoryRef =
    inventory.tableName === undefined
      ? {
          kind: "range",
          sheetName: inventory.sheetName ?? grid.sheetName ?? "",
          firstRow: inventory.headerRow + 1,
          lastRow,
          firstColumn: grid.firstColumn,
        }
      : { kind: "table", tableName: inventory.tableName, headers: layout.headers };
  const model = choices.reifegradModell ?? predominantReifegradModell(inventory);
  return {
    inventory,
    clusters: uniqueClusterLabels(clusters),
    inventoryRef,
    options: {
      stichtag: choices.stichtag,
      ...(choices.drucksache.trim() === "" ? {} : { drucksache: choices.drucksache.trim() }),
      ...(choices.title.trim() === "" ? {} : { title: choices.title.trim() }),
      reifegradModell: model,
      sheets: { chartData: true, details: choices.details },
      charts: choices.charts,
    },
  };
}
