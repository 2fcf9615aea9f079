/**
 * What the page for residents is built from, computed the same way for `report --html` and the task
 * pane's „Für die Veröffentlichung“: the reviewed clusters in the report's order with unique labels, the
 * Stichtag and the Reifegrad model (chosen, else the inventory's predominant one).
 */
import { predominantReifegradModell } from "../inventory/predominantReifegradModell";
import type { Inventory, ReifegradModell } from "../inventory/types";
import { reportClusters } from "../review/reportClusters";
import type { ReviewState } from "../review/types";
import { excelSerialDate } from "../summary/excelSerialDate";
import { uniqueClusterLabels } from "../summary/uniqueClusterLabels";
import type { ResidentPageInput } from "./residentPage";

export function residentPageInput(
  inventory: Inventory,
  review: ReviewState,
  options: { readonly stichtag: string; readonly reifegradModell?: ReifegradModell | null | undefined },
): ResidentPageInput {
  excelSerialDate(options.stichtag); // a RangeError with a German message for an invalid date
  return {
    inventory,
    clusters: uniqueClusterLabels(reportClusters(review)),
    options: {
      stichtag: options.stichtag,
      reifegradModell: options.reifegradModell ?? predominantReifegradModell(inventory),
    },
  };
}

/** File name of the page for a Stichtag (ISO `YYYY-MM-DD`): `bericht-2026-12-31.html`. */
export function residentPageFileName(stichtag: string): string {
  return `bericht-${stichtag}.html`;
}
