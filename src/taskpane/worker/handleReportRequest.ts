import type { ProcessRecord } from "../../domain/inventory/types";
import { buildSummaryPlan } from "../../domain/summary/buildSummaryPlan";
import { assertNever } from "../../domain/assertNever";
import { reportResponseParts } from "./internals/reportResponseParts";
import type { ReportRequest, ReportResponse } from "./reportProtocol";
import { workerFailure } from "./workerMessages";

/**
 * Creates the request handler shared by the report worker and the inline builder: collects the records'
 * parts per request, builds the plan with the domain's `buildSummaryPlan` and answers with the cells of
 * large sheets in parts, then the plan. Each call returns the messages to send, in order.
 */
export function createReportRequestHandler(): (request: ReportRequest) => ReportResponse[] {
  const arriving = new Map<number, ProcessRecord[]>();
  return (request) => {
    switch (request.type) {
      case "records": {
        const records = arriving.get(request.id) ?? [];
        for (const record of request.records) records.push(record);
        arriving.set(request.id, records);
        return [];
      }
      case "plan": {
        const records = arriving.get(request.id) ?? [];
        arriving.delete(request.id);
        try {
          const { input } = request;
          return reportResponseParts(
            request.id,
            buildSummaryPlan({ ...input, inventory: { ...input.inventory, records } }),
          );
        } catch (error) {
          return [workerFailure(request.id, error)];
        }
      }
      default:
        return assertNever(request, "Unbekannte Anfrage");
    }
  };
}
