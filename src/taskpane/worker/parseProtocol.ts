import type { ParseInventoryOptions } from "../../domain/inventory/parseInventory";
import type { Inventory, ProcessRecord, RawCell, RawGrid } from "../../domain/inventory/types";

/**
 * Messages from the pane to the parsing worker. A grid travels in parts (`rows`, in order, with their
 * number formats when the grid has them), then `parse` with the grid's position (its `values` empty)
 * parses what arrived under the same `id`.
 */
export type ParseRequest =
  | {
      readonly id: number;
      readonly type: "rows";
      readonly rows: readonly (readonly RawCell[])[];
      readonly numberFormats?: readonly (readonly string[])[];
    }
  | {
      readonly id: number;
      readonly type: "parse";
      readonly grid: RawGrid;
      readonly options: ParseInventoryOptions;
    };

/**
 * Messages from the parsing worker back to the pane: the records in parts (`records`, in order), then
 * `parsed` with the inventory whose `records` are the parts joined, or a failure.
 */
export type ParseResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly type: "records";
      readonly records: readonly ProcessRecord[];
    }
  | { readonly id: number; readonly ok: true; readonly type: "parsed"; readonly inventory: Inventory }
  | { readonly id: number; readonly ok: false; readonly message: string };

/**
 * Reads an inventory grid as the pane sees it: in a Web Worker in the browser (so 10,000 rows do not
 * block the pane), on the calling thread in tests and hosts without workers. Same answers either way.
 */
export interface InventoryParser {
  parse(grid: RawGrid, options?: ParseInventoryOptions): Promise<Inventory>;
  dispose(): void;
}
