import type { Inventory } from "../../../src/domain/inventory/types";
import { createReviewHistory } from "../../../src/domain/review/reviewHistory";
import { EMPTY_REVIEW_STATE } from "../../../src/domain/review/reviewStateFromProposal";
import { flowReducer, initialFlowState, reachableSteps } from "../../../src/taskpane/state/flowReducer";
import { makeGrid } from "../fakeGateway";

const settings = {
  strategy: { kind: "auto" as const },
  bereich: { kind: "auto" as const },
  catalogue: true,
  granularity: null,
  synonyms: [],
  stopWords: [],
};
const inventory = (usable: boolean): Inventory => ({
  headerRow: 1,
  headers: [],
  columns: [],
  records: [],
  excludedCount: 0,
  issues: [],
  usable,
});

describe("flow reducer", () => {
  it("opens a step only when the step before it has its data", () => {
    let state = initialFlowState(settings);
    state = flowReducer(state, { type: "goTo", step: "review" });
    expect(state.step).toBe("start");

    state = flowReducer(state, { type: "inventoryRead", grid: makeGrid(), inventory: inventory(false) });
    expect([...reachableSteps(state)]).toEqual(["start", "data"]);
    state = flowReducer(state, { type: "inventoryRemapped", inventory: inventory(true) });
    expect(reachableSteps(state).has("proposal")).toBe(true);
    expect(reachableSteps(state).has("report")).toBe(false);

    state = flowReducer(state, {
      type: "proposalAccepted",
      review: createReviewHistory(EMPTY_REVIEW_STATE),
      memberReasons: {},
    });
    expect(state.step).toBe("review");
    expect(reachableSteps(state).has("report")).toBe(true);
  });

  it("drops the review when the column mapping changes, because the records change with it", () => {
    let state = flowReducer(initialFlowState(settings), {
      type: "inventoryRead",
      grid: makeGrid(),
      inventory: inventory(true),
    });
    state = flowReducer(state, {
      type: "proposalAccepted",
      review: createReviewHistory(EMPTY_REVIEW_STATE),
      memberReasons: {},
    });
    state = flowReducer(state, { type: "inventoryRemapped", inventory: inventory(true) });
    expect(state.review).toBeNull();
  });
});
