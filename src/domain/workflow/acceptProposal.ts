/**
 * The use case "accept a proposal", shared by the task pane and the command line: a fresh proposal, or
 * a re-run around the decisions an earlier review left. Two phases, so a front end whose engine answers
 * asynchronously (the pane's worker) can compute the proposal in between:
 * `planAcceptance` → the engine clusters `plan.records` with `plan.constraints` → `finishAcceptance`.
 * `acceptProposal` runs both around a synchronous engine (the command line).
 */
import { renderMessage } from "../messages/renderMessage";
import type { ClusterConstraints, ClusterResult } from "../clustering/types";
import type { ProcessRecord } from "../inventory/types";
import {
  finishRerun,
  planRerun,
  type PreviousDecisions,
  type ProposeClusters,
  type RerunPlan,
  type RerunSummary,
} from "../review/rerunWithDecisions";
import { reviewStateFromProposal } from "../review/reviewStateFromProposal";
import type { ProtocolEntry, ReviewState } from "../review/types";

export interface AcceptRequest {
  readonly records: readonly ProcessRecord[];
  /** What the workbook remembers of earlier reviews; `null` when it has no review sheets. */
  readonly previous: PreviousDecisions | null;
  /** Ignore stored decisions and the `Cluster` column (the command line's `--fresh`). */
  readonly fresh: boolean;
}

/** What phase 1 leaves: what to cluster, with which constraints, and how to finish. */
export interface AcceptPlan {
  /** The records the proposal must be computed for (a fresh start drops their `Cluster` cells). */
  readonly records: readonly ProcessRecord[];
  /** The decisions as the engine takes them; empty for a fresh proposal. Plain data (worker-safe). */
  readonly constraints: ClusterConstraints;
  /** `null` for a fresh proposal (nothing to keep). */
  readonly rerun: RerunPlan | null;
}

/** The protocol line of this acceptance, without time and person (the front end owns the clock). */
export type ProtocolText = Pick<ProtocolEntry, "action" | "to">;

/** The front end's wording of the protocol entry (the Änderungsprotokoll is German in any case). */
export interface AcceptTexts {
  /** Action text of a re-run; the entry's `nach` is the re-run summary. */
  readonly rerunAction: string;
  /** The entry of a fresh proposal, or `null` when a fresh proposal writes no entry. */
  readonly fresh: ((proposal: ClusterResult) => ProtocolText) | null;
}

export interface AcceptedProposal {
  readonly state: ReviewState;
  /** `null` for a fresh proposal. */
  readonly summary: RerunSummary | null;
  /** `null` when this acceptance writes no protocol entry. */
  readonly entry: ProtocolText | null;
}

/**
 * Phase 1 (pure): a fresh proposal when asked for, or when there are neither stored decisions nor
 * filled `Cluster` cells; otherwise a re-run whose decisions become the engine's constraints.
 */
export function planAcceptance({ records, previous, fresh }: AcceptRequest): AcceptPlan {
  const cells = records.some((record) => (record.cluster ?? "").trim() !== "");
  if (fresh || (previous === null && !cells)) {
    return { records: fresh ? records.map(withoutCluster) : records, constraints: {}, rerun: null };
  }
  const rerun = planRerun(previous, records);
  return { records: rerun.records, constraints: rerun.constraints, rerun };
}

/**
 * Phase 2 (pure): the review state from the proposal the engine computed for `plan.records` with
 * `plan.constraints`, the re-run summary and the protocol text.
 */
export function finishAcceptance(
  plan: AcceptPlan,
  proposal: ClusterResult,
  texts: AcceptTexts,
): AcceptedProposal {
  if (plan.rerun === null) {
    return {
      state: reviewStateFromProposal(proposal, plan.records),
      summary: null,
      entry: texts.fresh === null ? null : texts.fresh(proposal),
    };
  }
  const { state, summary } = finishRerun(plan.rerun, proposal);
  return { state, summary, entry: { action: texts.rerunAction, to: renderMessage(summary.message, "de") } };
}

/** Both phases around a synchronous engine (`clusterProcesses` with the options bound). */
export function acceptProposal(
  request: AcceptRequest,
  propose: ProposeClusters,
  texts: AcceptTexts,
): AcceptedProposal {
  const plan = planAcceptance(request);
  return finishAcceptance(plan, propose(plan.records, plan.constraints), texts);
}

function withoutCluster(record: ProcessRecord): ProcessRecord {
  const { cluster: _ignored, ...rest } = record;
  return rest;
}
