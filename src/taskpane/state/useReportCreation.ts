import { useState } from "react";
import { computeSummaryNumbers } from "../../domain/summary/computeSummaryNumbers";
import type { ReportOutcome } from "../../workbook/gateway";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useGateway } from "../GatewayContext";
import { usePaneWorkers, useOnDemand } from "../WorkerContext";
import { createInlineReportBuilder } from "../worker/createInlineReportBuilder";
import { markTiming } from "./markTiming";
import { reportSummaryInput, type ReportChoices } from "./reportSummaryInput";

export type ReportStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly outcome: ReportOutcome };

/**
 * "Bericht erstellen": writes the report for the reviewed state with the given choices, and its status.
 * The plan is built off the pane's thread (the report builder: a Web Worker, inline in tests).
 */
export function useReportCreation() {
  const gateway = useGateway();
  const reportBuilder = useOnDemand(usePaneWorkers().createReportBuilder ?? createInlineReportBuilder);
  const { showError, clearError } = useErrors();
  const { state } = useFlow();
  const [status, setStatus] = useState<ReportStatus>({ kind: "idle" });

  const create = async (choices: ReportChoices) => {
    setStatus({ kind: "running" });
    try {
      markTiming("report:start");
      // Earlier reports' snapshots: this report appends its own and shows the change since the last one.
      const earlier = await gateway.readHistory();
      const input = { ...reportSummaryInput(state, choices), history: earlier.history };
      const plan = await reportBuilder().plan(input);
      // The values are computed only when asked (the browser preview); Excel computes the formulas.
      const outcome = await gateway.writeReport(
        { ...plan, notices: [...plan.notices, ...earlier.notices] },
        () => computeSummaryNumbers(input),
      );
      markTiming("report:done");
      clearError();
      setStatus({ kind: "done", outcome });
    } catch (error) {
      setStatus({ kind: "idle" });
      showError(error);
    }
  };
  return { status, create };
}
