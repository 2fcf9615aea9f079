import type { ParseInventoryOptions } from "../../domain/inventory/parseInventory";
import type { Inventory, ProcessRecord, RawCell, RawGrid } from "../../domain/inventory/types";
import type { WorkerAnswer, WorkerFailure, WorkerRequest } from "./workerMessages";

/**
 * Messages from the pane to the parsing worker. A grid travels in parts (`rows`, in order, with their
 * number formats when the grid has them), then `parse` with the grid's position (its `values` empty)
 * parses what arrived under the same `id`.
 */
export type ParseRequest =
  | WorkerRequest<
      "rows",
      {
        readonly rows: readonly (readonly RawCell[])[];
        readonly numberFormats?: readonly (readonly string[])[];
      }
    >
  | WorkerRequest<"parse", { readonly grid: RawGrid; readonly options: ParseInventoryOptions }>;

/**
 * Messages from the parsing worker back to the pane: the records in parts (`records`, in order), then
 * `parsed` with the inventory whose `records` are the parts joined, or a failure.
 */
export type ParseResponse =
  | WorkerAnswer<"records", { readonly records: readonly ProcessRecord[] }>
  | WorkerAnswer<"parsed", { readonly inventory: Inventory }>
  | WorkerFailure;

/**
 * Reads an inventory grid as the pane sees it: in a Web Worker in the browser (so 10,000 rows do not
 * block the pane), on the calling thread in tests and hosts without workers. Same answers either way.
 */
export interface InventoryParser {
  parse(grid: RawGrid, options?: ParseInventoryOptions): Promise<Inventory>;
  dispose(): void;
}
