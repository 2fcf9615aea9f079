import type { Message } from "../../domain/messages/types";
import { useState } from "react";
import type { Inventory } from "../../domain/inventory/types";
import { createReviewHistory } from "../../domain/review/reviewHistory";
import { finishAcceptance, planAcceptance } from "../../domain/workflow/acceptProposal";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useGateway } from "../GatewayContext";
import { formatText } from "../i18n/formatText";
import { STRINGS } from "../i18n/strings";
import type { ClusterEngine } from "../worker/clusterProtocol";
import { makeStamp } from "./makeStamp";

// The Änderungsprotokoll is a committee annex in German whatever the pane's language (as the review
// domain's own entries are).
const PROTOCOL_ACCEPTED = "Vorschlag übernommen";
const PROTOCOL_RERUN = "Neu berechnet, Prüfentscheidungen beibehalten";

/** "Vorschlag übernehmen": cuts the model around earlier decisions and starts the review; `busy` meanwhile. */
export function useAcceptProposal(engine: React.RefObject<ClusterEngine | null>) {
  const gateway = useGateway();
  const { showError } = useErrors();
  const { dispatch } = useFlow();
  const [busy, setBusy] = useState(false);

  const accept = async (inventory: Inventory, granularity: number) => {
    const current = engine.current;
    if (current === null) return;
    setBusy(true);
    try {
      // Earlier decisions in the workbook win over the proposal: the same use case as the command line's
      // keeps locked clusters, pinned and manual assignments and hand edits in the Cluster column, and the
      // worker cuts around them (phase 1 → constrained cut → phase 2), so undecided processes land as there.
      const stored = await gateway.readReview();
      const plan = planAcceptance({ records: inventory.records, previous: stored.decisions, fresh: false });
      const result = await current.cut(granularity, plan.constraints);
      const accepted = finishAcceptance(plan, result, {
        rerunAction: PROTOCOL_RERUN,
        fresh: (proposal) => ({
          action: PROTOCOL_ACCEPTED,
          // The protocol is part of the workbook: German whatever the pane's language.
          to: formatText(STRINGS.de.proposalCount, {
            processes: inventory.records.length,
            clusters: proposal.clusters.length,
          }),
        }),
      });
      const stamp = makeStamp();
      const protocol =
        accepted.entry === null
          ? []
          : [{ time: stamp.at, process: "", from: "", person: stamp.person, ...accepted.entry }];
      const memberReasons: Record<string, Message> = {};
      for (const cluster of result.clusters) Object.assign(memberReasons, cluster.memberReasons);
      const review = createReviewHistory(accepted.state);
      dispatch({ type: "proposalAccepted", review: { ...review, protocol }, memberReasons });
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, accept };
}
