import type { ReportBuilder, ReportRequest, ReportResponse, CellsPart } from "../reportProtocol";
import type { SummaryPlan } from "../../../domain/summary/types";
import { sendInParts } from "./chunks";
import { joinCellParts } from "./reportResponseParts";
import { requestClient, unexpectedAnswer } from "./requestClient";

/**
 * Builds a ReportBuilder on top of any request/response transport (`requestClient`: request ids,
 * failures as rejections, `fail` for a broken transport). The inventory's records are sent in parts
 * with a pause for the browser between them, then the rest of the input; the cells of large sheets come
 * back in parts and are joined here.
 * @internal
 */
export function reportBuilderOver(send: (request: ReportRequest) => void, onDispose: () => void) {
  const client = requestClient<ReportRequest, ReportResponse, CellsPart, SummaryPlan>(send, onDispose, {
    partsOf: (answer) => (answer.type === "cells" ? [answer] : undefined),
    finish: (answer, parts) =>
      answer.type === "plan" ? joinCellParts(answer.plan, parts) : unexpectedAnswer("beim Bericht"),
  });
  const builder: ReportBuilder = {
    plan: async (input) => {
      const { id, result } = client.open();
      // A failure while the parts are still going out is reported through the returned promise.
      result.catch(() => undefined);
      const { records, ...inventory } = input.inventory;
      const sent = await sendInParts(
        records,
        (part) => client.send({ id, type: "records", records: part }),
        client.isBroken,
      );
      if (sent)
        client.send({ id, type: "plan", input: { ...input, inventory: { ...inventory, records: [] } } });
      return result;
    },
    dispose: client.dispose,
  };
  return { builder, receive: client.receive, fail: client.fail };
}
