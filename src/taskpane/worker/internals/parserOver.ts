import type { Inventory, ProcessRecord } from "../../../domain/inventory/types";
import type { InventoryParser, ParseRequest, ParseResponse } from "../parseProtocol";
import { sendInParts, slices } from "./chunks";
import { requestClient, unexpectedAnswer } from "./requestClient";

/**
 * Builds an InventoryParser on top of any request/response transport (`requestClient`: request ids,
 * failures as rejections, `fail` for a broken transport). A grid is sent in parts with a pause for the
 * browser between them, the records come back in parts (one message each, so one short task each on the
 * pane's thread) and are joined here.
 * @internal
 */
export function parserOver(send: (request: ParseRequest) => void, onDispose: () => void) {
  const client = requestClient<ParseRequest, ParseResponse, ProcessRecord, Inventory>(send, onDispose, {
    partsOf: (answer) => (answer.type === "records" ? answer.records : undefined),
    finish: (answer, records) =>
      answer.type === "parsed" ? { ...answer.inventory, records } : unexpectedAnswer("beim Einlesen"),
  });
  const parser: InventoryParser = {
    parse: async (grid, options = {}) => {
      const { id, result } = client.open();
      // A failure while the parts are still going out is reported through the returned promise.
      result.catch(() => undefined);
      const { values, numberFormats, ...position } = grid;
      const formats = numberFormats === undefined ? [] : slices(numberFormats);
      const sent = await sendInParts(
        values,
        (rows, index) => {
          const partFormats = formats[index];
          client.send({
            id,
            type: "rows",
            rows,
            ...(partFormats === undefined ? {} : { numberFormats: partFormats }),
          });
        },
        client.isBroken,
      );
      if (sent) client.send({ id, type: "parse", grid: { ...position, values: [] }, options });
      return result;
    },
    dispose: client.dispose,
  };
  return { parser, receive: client.receive, fail: client.fail };
}
