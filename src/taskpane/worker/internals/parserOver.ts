import type { Inventory, ProcessRecord } from "../../../domain/inventory/types";
import type { InventoryParser, ParseRequest, ParseResponse } from "../parseProtocol";
import { slices, yieldToBrowser } from "./chunks";

interface Pending {
  readonly records: ProcessRecord[];
  readonly resolve: (inventory: Inventory) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Builds an InventoryParser on top of any request/response transport. A grid is sent in parts with a
 * pause for the browser between them, the records come back in parts (one message each, so one short
 * task each on the pane's thread) and are joined here. `fail(message)` marks the transport as broken:
 * every pending and later call rejects with that message.
 * @internal
 */
export function parserOver(send: (request: ParseRequest) => void, onDispose: () => void) {
  let nextId = 1;
  let broken: string | null = null;
  const pending = new Map<number, Pending>();
  const fail = (message: string): void => {
    broken = message;
    const waiting = [...pending.values()];
    pending.clear();
    for (const entry of waiting) entry.reject(new Error(message));
  };
  const receive = (response: ParseResponse): void => {
    const entry = pending.get(response.id);
    if (entry === undefined) return;
    if (!response.ok) {
      pending.delete(response.id);
      entry.reject(new Error(response.message));
    } else if (response.type === "records") {
      for (const record of response.records) entry.records.push(record);
    } else {
      pending.delete(response.id);
      entry.resolve({ ...response.inventory, records: entry.records });
    }
  };
  const parser: InventoryParser = {
    parse: async (grid, options = {}) => {
      if (broken !== null) throw new Error(broken);
      const id = nextId++;
      const done = new Promise<Inventory>((resolve, reject) =>
        pending.set(id, { records: [], resolve, reject }),
      );
      // A failure while the parts are still going out is reported through the returned promise.
      done.catch(() => undefined);
      const { values, numberFormats, ...position } = grid;
      const formats = numberFormats === undefined ? [] : slices(numberFormats);
      for (const [index, rows] of slices(values).entries()) {
        if (index > 0) await yieldToBrowser();
        if (broken !== null) break;
        const partFormats = formats[index];
        send({
          id,
          type: "rows",
          rows,
          ...(partFormats === undefined ? {} : { numberFormats: partFormats }),
        });
      }
      if (broken === null) send({ id, type: "parse", grid: { ...position, values: [] }, options });
      return done;
    },
    dispose: onDispose,
  };
  return { parser, receive, fail };
}
