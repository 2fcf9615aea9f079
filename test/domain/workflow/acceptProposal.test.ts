import { renderMessage } from "../../../src/domain/messages/renderMessage";
import fc from "fast-check";
import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import type { ClusterConstraints, ClusterResult } from "../../../src/domain/clustering/types";
import type { ProcessRecord } from "../../../src/domain/inventory/types";
import * as A from "../../../src/domain/review/reviewActions";
import { reviewReducer } from "../../../src/domain/review/reviewReducer";
import { reviewStateFromProposal } from "../../../src/domain/review/reviewStateFromProposal";
import { selectMembers } from "../../../src/domain/review/reviewSelectors";
import type { ReviewAction, ReviewState } from "../../../src/domain/review/types";
import { validateReviewState } from "../../../src/domain/review/validateReviewState";
import {
  acceptProposal,
  finishAcceptance,
  planAcceptance,
  type AcceptTexts,
} from "../../../src/domain/workflow/acceptProposal";
import { makeRecords } from "../clustering/makeRecords";
import { makeCluster, makeState, stamp } from "../review/reviewFactories";

const TEXTS: AcceptTexts = {
  rerunAction: "Neu berechnet",
  fresh: (proposal) => ({ action: "Vorschlag übernommen", to: `${proposal.clusters.length} Cluster` }),
};

/** Applies the actions the reducer accepts and skips the ones it refuses (e.g. a move into a lock). */
function applyAccepted(state: ReviewState, actions: readonly ReviewAction[]): ReviewState {
  return actions.reduce((current, action) => {
    const outcome = reviewReducer(current, action);
    return outcome.ok ? outcome.state : current;
  }, state);
}

function strictApply(state: ReviewState, actions: readonly ReviewAction[]): ReviewState {
  return actions.reduce((current, action) => {
    const outcome = reviewReducer(current, action);
    if (!outcome.ok) throw new Error(renderMessage(outcome.error, "de"));
    return outcome.state;
  }, state);
}

/** An engine that ignores the constraints and puts every process into one cluster. */
function allTogether(records: readonly ProcessRecord[]): ClusterResult {
  return {
    clusters: [
      makeCluster(
        "alle",
        records.map((r) => r.key),
        "Alle zusammen",
      ),
    ],
    granularity: 0.5,
    strategy: { kind: "auto" },
  };
}

const keysOf = (state: ReviewState, clusterId: string): string[] =>
  selectMembers(state, clusterId).map((p) => p.key);

describe("planAcceptance (phase 1)", () => {
  const { state: proposed, records } = makeState(9, 3); // C0: P0-2, C1: P3-5, C2: P6-8
  const decided = strictApply(proposed, [
    A.lockCluster("C0", stamp()),
    A.moveProcesses(["P3"], "C2", stamp()),
    A.pinProcess("P4", stamp()),
    A.markCannotLink("P5", "P8", stamp()),
  ]);

  it("plans a plain proposal when there are neither stored decisions nor Cluster cells", () => {
    const plan = planAcceptance({ records, previous: null, fresh: false });
    expect(plan).toEqual({ records, constraints: {}, rerun: null });
  });

  it("starting fresh ignores stored decisions and drops the Cluster cells", () => {
    const cells = records.map((r) => ({ ...r, cluster: "Alt" }));
    const plan = planAcceptance({ records: cells, previous: { state: decided }, fresh: true });
    expect(plan.rerun).toBeNull();
    expect(plan.constraints).toEqual({});
    expect(plan.records.map((r) => r.cluster)).toEqual(records.map(() => undefined));
  });

  it("turns the decisions into plain-data constraints for the engine", () => {
    const plan = planAcceptance({ records, previous: { state: decided }, fresh: false });
    const expected: ClusterConstraints = {
      locked: [{ cluster: "Cluster C0", keys: ["P0", "P1", "P2"] }],
      pinned: [
        { key: "P3", cluster: "Cluster C2" },
        { key: "P4", cluster: "Cluster C1" },
      ],
      cannotLink: [["P5", "P8"]],
    };
    expect(plan.constraints).toEqual(expected);
    // What crosses to the worker: postMessage clones structurally.
    expect(structuredClone(plan.constraints)).toEqual(expected);
  });

  it("takes filled Cluster cells as decisions when nothing was stored", () => {
    const cells = records.map((r) => (r.index < 2 ? { ...r, cluster: "Alt" } : r));
    const plan = planAcceptance({ records: cells, previous: null, fresh: false });
    expect(plan.rerun).not.toBeNull();
    expect(plan.constraints.pinned).toEqual([
      { key: "P0", cluster: "Alt" },
      { key: "P1", cluster: "Alt" },
    ]);
  });
});

describe("finishAcceptance (phase 2)", () => {
  const { state: proposed, records } = makeState(9, 3);
  const decided = strictApply(proposed, [
    A.lockCluster("C0", stamp()),
    A.moveProcesses(["P3"], "C2", stamp()),
    A.pinProcess("P4", stamp()),
    A.markCannotLink("P5", "P8", stamp()),
  ]);

  it("keeps locks, pins, moves and 'nicht zusammen' even when the engine ignores them", () => {
    const plan = planAcceptance({ records, previous: { state: decided }, fresh: false });
    const { state, summary, entry } = finishAcceptance(plan, allTogether(plan.records), TEXTS);
    expect(validateReviewState(state)).toEqual([]);
    expect(keysOf(state, "C0")).toEqual(["P0", "P1", "P2"]);
    expect(state.processes["P3"]).toMatchObject({ clusterId: "C2", manual: true });
    expect(state.processes["P4"]).toMatchObject({ clusterId: "C1", pinned: true });
    expect(state.processes["P5"]?.clusterId).not.toBe(state.processes["P8"]?.clusterId);
    expect(state.cannotLink).toEqual([["P5", "P8"]]);
    expect(entry).toEqual({
      action: "Neu berechnet",
      to: summary === null ? undefined : renderMessage(summary.message, "de"),
    });
  });

  it("leaves the plan as phase 1 made it, so finishing twice gives the same review", () => {
    const plan = planAcceptance({ records, previous: { state: decided }, fresh: false });
    const before = { ...plan, rerun: plan.rerun === null ? null : { ...plan.rerun } };
    const assignedBefore = new Map(plan.rerun?.work.assigned);
    const countsBefore = { ...plan.rerun?.work.counts };
    const once = finishAcceptance(plan, allTogether(plan.records), TEXTS);
    const twice = finishAcceptance(plan, allTogether(plan.records), TEXTS);
    expect(twice).toEqual(once);
    expect(plan).toEqual(before);
    expect(plan.rerun?.work.assigned).toEqual(assignedBefore);
    expect(plan.rerun?.work.counts).toEqual(countsBefore);
  });

  it("writes the fresh entry the front end asks for, or none", () => {
    const plan = planAcceptance({ records, previous: null, fresh: false });
    const proposal = clusterProcesses(plan.records, { constraints: plan.constraints });
    const pane = finishAcceptance(plan, proposal, TEXTS);
    expect(pane.summary).toBeNull();
    expect(pane.state).toEqual(reviewStateFromProposal(proposal, records));
    expect(pane.entry).toEqual({
      action: "Vorschlag übernommen",
      to: `${proposal.clusters.length} Cluster`,
    });
    expect(finishAcceptance(plan, proposal, { ...TEXTS, fresh: null }).entry).toBeNull();
  });
});

describe("acceptProposal (both phases around a synchronous engine)", () => {
  it("asks the engine once, for the plan's records with the plan's constraints", () => {
    const { state: proposed, records } = makeState(6, 3);
    const decided = strictApply(proposed, [A.lockCluster("C1", stamp())]);
    const request = { records, previous: { state: decided }, fresh: false };
    const calls: [readonly ProcessRecord[], ClusterConstraints][] = [];
    const accepted = acceptProposal(
      request,
      (recs, constraints) => {
        calls.push([recs, constraints]);
        return allTogether(recs);
      },
      TEXTS,
    );
    const plan = planAcceptance(request);
    expect(calls).toEqual([[plan.records, plan.constraints]]);
    expect(accepted).toEqual(finishAcceptance(plan, allTogether(records), TEXTS));
  });
});

describe("accepting around decisions with the real engine (properties)", () => {
  const records = makeRecords();
  const first = reviewStateFromProposal(clusterProcesses(records), records);
  const keys = records.map((r) => r.key);
  const clusterIds = first.clusterOrder;

  const decisions = fc.record({
    lock: fc.option(fc.integer({ min: 0, max: clusterIds.length - 1 }), { nil: undefined }),
    pins: fc.uniqueArray(fc.constantFrom(...keys), { maxLength: 4 }),
    moves: fc.array(fc.tuple(fc.constantFrom(...keys), fc.integer({ min: 0, max: clusterIds.length - 1 })), {
      maxLength: 4,
    }),
    apart: fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys)), { maxLength: 4 }),
  });

  it("keeps locked clusters, pinned and moved processes and separates 'nicht zusammen' pairs", () => {
    // How many generated reviews held each kind of decision, so the property cannot pass vacuously.
    const seen = { locked: 0, pinned: 0, manual: 0, cannotLink: 0 };
    fc.assert(
      fc.property(decisions, fc.boolean(), (d, hostile) => {
        const actions: ReviewAction[] = [
          ...d.moves.map(([key, c]) => A.moveProcesses([key], clusterIds[c] ?? "", stamp())),
          ...d.pins.map((key) => A.pinProcess(key, stamp())),
          ...d.apart.map(([a, b]) => A.markCannotLink(a, b, stamp())),
          ...(d.lock === undefined ? [] : [A.lockCluster(clusterIds[d.lock] ?? "", stamp())]),
        ];
        const decided = applyAccepted(first, actions);
        const held = Object.values(decided.processes);
        seen.locked += decided.clusterOrder.some((id) => decided.clusters[id]?.locked === true) ? 1 : 0;
        seen.pinned += held.some((p) => p.pinned) ? 1 : 0;
        seen.manual += held.some((p) => p.manual) ? 1 : 0;
        seen.cannotLink += decided.cannotLink.length > 0 ? 1 : 0;
        const plan = planAcceptance({ records, previous: { state: decided }, fresh: false });
        const proposal = hostile
          ? allTogether(plan.records)
          : clusterProcesses(plan.records, { constraints: plan.constraints });
        const { state } = finishAcceptance(plan, proposal, TEXTS);

        expect(validateReviewState(state)).toEqual([]);
        expect(Object.keys(state.processes).sort()).toEqual([...keys].sort());
        for (const id of decided.clusterOrder)
          if (decided.clusters[id]?.locked === true) expect(keysOf(state, id)).toEqual(keysOf(decided, id));
        for (const process of Object.values(decided.processes))
          if (process.pinned || process.manual)
            expect(state.processes[process.key]?.clusterId).toBe(process.clusterId);
        for (const [a, b] of decided.cannotLink) {
          expect(state.processes[a]?.clusterId).not.toBe(state.processes[b]?.clusterId);
          expect(state.cannotLink).toContainEqual([a, b]);
        }
      }),
      { numRuns: 60 },
    );
    expect(Math.min(...Object.values(seen))).toBeGreaterThan(5);
  });
});
