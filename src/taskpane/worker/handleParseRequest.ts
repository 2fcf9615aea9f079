import { parseInventory } from "../../domain/inventory/parseInventory";
import type { RawCell } from "../../domain/inventory/types";
import { assertNever } from "../../domain/assertNever";
import type { ParseRequest, ParseResponse } from "./parseProtocol";
import { slices } from "./internals/chunks";
import { workerFailure } from "./workerMessages";

interface Arriving {
  readonly rows: (readonly RawCell[])[];
  readonly numberFormats: (readonly string[])[];
}

/**
 * Creates the request handler shared by the parsing worker and the inline parser: collects a grid's
 * parts per request, parses it with the domain's `parseInventory` and answers with the records in
 * parts, then the inventory (records left out). Each call returns the messages to send, in order.
 */
export function createParseRequestHandler(): (request: ParseRequest) => ParseResponse[] {
  const arriving = new Map<number, Arriving>();
  const partsOf = (id: number): Arriving => {
    let parts = arriving.get(id);
    if (parts === undefined) {
      parts = { rows: [], numberFormats: [] };
      arriving.set(id, parts);
    }
    return parts;
  };
  return (request) => {
    switch (request.type) {
      case "rows": {
        const parts = partsOf(request.id);
        for (const row of request.rows) parts.rows.push(row);
        for (const formats of request.numberFormats ?? []) parts.numberFormats.push(formats);
        return [];
      }
      case "parse": {
        const { rows, numberFormats } = partsOf(request.id);
        arriving.delete(request.id);
        try {
          const grid = {
            ...request.grid,
            values: rows,
            ...(numberFormats.length > 0 ? { numberFormats } : {}),
          };
          const inventory = parseInventory(grid, request.options);
          return [
            ...slices(inventory.records).map((records): ParseResponse => ({
              id: request.id,
              ok: true,
              type: "records",
              records,
            })),
            { id: request.id, ok: true, type: "parsed", inventory: { ...inventory, records: [] } },
          ];
        } catch (error) {
          return [workerFailure(request.id, error)];
        }
      }
      default:
        return assertNever(request, "Unbekannte Anfrage");
    }
  };
}
