import type { Inventory, ReifegradModell } from "./types";

/**
 * The Reifegrad model a report uses when none is chosen: the one most records name, "1.1" when none
 * or equally many name each. The command line and the task pane both call this.
 */
export function predominantReifegradModell(inventory: Pick<Inventory, "records">): ReifegradModell {
  let v1 = 0;
  let v2 = 0;
  for (const record of inventory.records) {
    if (record.reifegradModell === "2.0") v2 += 1;
    else if (record.reifegradModell === "1.1") v1 += 1;
  }
  return v2 > v1 ? "2.0" : "1.1";
}
