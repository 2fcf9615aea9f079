import { buildSummaryPlan } from "../../../src/domain/summary/buildSummaryPlan";
import { inventoryLayout } from "../../../src/domain/summary/inventoryLayout";
import type { SummaryInput } from "../../../src/domain/summary/types";
import { createInlineReportBuilder } from "../../../src/taskpane/worker/createInlineReportBuilder";
import { createReportRequestHandler } from "../../../src/taskpane/worker/handleReportRequest";
import { reportBuilderOver } from "../../../src/taskpane/worker/internals/reportBuilderOver";
import { CELLS_PER_PART } from "../../../src/taskpane/worker/internals/reportResponseParts";
import type { ReportRequest, ReportResponse } from "../../../src/taskpane/worker/reportProtocol";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

/** `rows` processes with an (empty) history: "Verlauf Prozesse" gets five cells per process. */
function summaryInput(rows: number): SummaryInput {
  const { inventory, clusters } = makeInventory(sampleRows(rows));
  return {
    inventory,
    clusters,
    options: { stichtag: "2026-06-30", reifegradModell: "1.1" },
    inventoryRef: { kind: "table", tableName: "Prozesse", headers: inventoryLayout(inventory).headers },
    history: { snapshots: [], processes: [] },
  };
}

/** 2,500 processes: the records cross in three parts, "Verlauf Prozesse" (12,500 cells) in three. */
const input = summaryInput(2500);

/** The message `buildSummaryPlan` throws for `bad`. */
function domainError(bad: SummaryInput): string {
  try {
    buildSummaryPlan(bad);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the input is not refused");
}

describe("building the report's plan off the pane's thread", () => {
  it("gives the same plan as buildSummaryPlan on the calling thread (inline twin)", async () => {
    const plan = await createInlineReportBuilder().plan(input);
    expect(plan).toEqual(buildSummaryPlan(input));
  });

  it("sends the records in parts of at most 1,000 and gets large sheets' cells back in parts", async () => {
    const handle = createReportRequestHandler();
    const sent: ReportRequest[] = [];
    const received: ReportResponse[] = [];
    const over = reportBuilderOver(
      (request) => {
        sent.push(request);
        const responses = handle(request);
        void Promise.resolve().then(() =>
          responses.forEach((response) => {
            received.push(response);
            over.receive(response);
          }),
        );
      },
      () => undefined,
    );
    const plan = await over.builder.plan(input);
    const records = sent.flatMap((request) => (request.type === "records" ? [request.records.length] : []));
    expect(records).toEqual([1000, 1000, 500]);
    const last = sent[sent.length - 1];
    expect(last?.type === "plan" && last.input.inventory.records.length).toBe(0);
    const parts = received.filter((response) => response.ok && response.type === "cells");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts)
      expect(part.ok && part.type === "cells" && part.cells.length).toBeLessThanOrEqual(CELLS_PER_PART);
    expect(plan).toEqual(buildSummaryPlan(input));
  });

  it("keeps two plans asked for at the same time apart", async () => {
    const builder = createInlineReportBuilder();
    const small = summaryInput(12);
    const [large, few] = await Promise.all([builder.plan(input), builder.plan(small)]);
    expect(large).toEqual(buildSummaryPlan(input));
    expect(few).toEqual(buildSummaryPlan(small));
  });

  it("rejects with the domain's message when the plan cannot be built", async () => {
    const bad = { ...input, options: { ...input.options, stichtag: "2026-02-31" } };
    await expect(createInlineReportBuilder().plan(bad)).rejects.toThrow(domainError(bad));
  });
});
