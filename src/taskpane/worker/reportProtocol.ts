import type { ProcessRecord } from "../../domain/inventory/types";
import type { PlanCell, SummaryInput, SummaryPlan } from "../../domain/summary/types";
import type { WorkerAnswer, WorkerFailure, WorkerRequest } from "./workerMessages";

/**
 * Messages from the pane to the report worker. The inventory's records travel in parts (`records`, in
 * order), then `plan` with the summary input whose `inventory.records` are left empty builds the plan of
 * what arrived under the same `id`.
 */
export type ReportRequest =
  | WorkerRequest<"records", { readonly records: readonly ProcessRecord[] }>
  | WorkerRequest<"plan", { readonly input: SummaryInput }>;

/** A part of a large sheet's cells: they come before the sheet's own cells in the plan. */
export type CellsPart = WorkerAnswer<
  "cells",
  { readonly sheet: number; readonly cells: readonly PlanCell[] }
>;

/**
 * Messages from the report worker back to the pane: the cells of large sheets in parts (`cells`, each
 * naming its sheet by index, in order), then `plan` with those sheets' remaining cells, or a failure.
 */
export type ReportResponse = CellsPart | WorkerAnswer<"plan", { readonly plan: SummaryPlan }> | WorkerFailure;

/**
 * Builds the committee report's plan (`buildSummaryPlan`) as the pane sees it: in a Web Worker in the
 * browser (so the summary of 10,000 rows does not block the pane), on the calling thread in tests. Same
 * plan either way.
 */
export interface ReportBuilder {
  plan(input: SummaryInput): Promise<SummaryPlan>;
  dispose(): void;
}
