import type { Inventory, RawGrid } from "../../domain/inventory/types";
import { reviewHistoryReducer } from "../../domain/review/reviewHistory";
import type { HistoryAction, ProposalSettings, ReviewHistory } from "../../domain/review/types";
import type { Message } from "../../domain/messages/types";
import { assertNever } from "../../domain/assertNever";

/** The pane's screens in order. */
export type FlowStep = "start" | "data" | "proposal" | "review" | "report";

export const FLOW_STEPS: readonly Exclude<FlowStep, "start">[] = ["data", "proposal", "review", "report"];

/** State shared across the four steps. Review decisions live in `review` (the domain's history). */
export interface FlowState {
  readonly step: FlowStep;
  readonly grid: RawGrid | null;
  readonly inventory: Inventory | null;
  readonly settings: ProposalSettings;
  readonly review: ReviewHistory | null;
  /** The engine's reason per process key, from the accepted proposal (shown when a cluster is expanded). */
  readonly memberReasons: Readonly<Record<string, Message>>;
}

export type FlowAction =
  | { readonly type: "goTo"; readonly step: FlowStep }
  | { readonly type: "inventoryRead"; readonly grid: RawGrid; readonly inventory: Inventory }
  | { readonly type: "inventoryRemapped"; readonly inventory: Inventory }
  | { readonly type: "settingsChanged"; readonly settings: Partial<ProposalSettings> }
  | {
      readonly type: "proposalAccepted";
      readonly review: ReviewHistory;
      readonly memberReasons: Readonly<Record<string, Message>>;
    }
  | { readonly type: "review"; readonly action: HistoryAction };

/** Initial state with the given default lists (the domain's defaults in the app). */
export function initialFlowState(settings: ProposalSettings): FlowState {
  return {
    step: "start",
    grid: null,
    inventory: null,
    settings,
    review: null,
    memberReasons: {},
  };
}

/** The steps a user may open now: each needs the data of the one before it. */
export function reachableSteps(state: FlowState): ReadonlySet<FlowStep> {
  const steps = new Set<FlowStep>(["start", "data"]);
  if (state.inventory?.usable === true) steps.add("proposal");
  if (state.review !== null) {
    steps.add("review");
    steps.add("report");
  }
  return steps;
}

/** Pure transitions of the flow; review actions are delegated to the domain's history reducer. */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case "goTo":
      return reachableSteps(state).has(action.step) ? { ...state, step: action.step } : state;
    case "inventoryRead":
      return { ...state, grid: action.grid, inventory: action.inventory, review: null };
    case "inventoryRemapped":
      return { ...state, inventory: action.inventory, review: null };
    case "settingsChanged":
      return { ...state, settings: { ...state.settings, ...action.settings } };
    case "proposalAccepted":
      return {
        ...state,
        review: action.review,
        memberReasons: action.memberReasons,
        step: "review",
      };
    case "review":
      return state.review === null
        ? state
        : { ...state, review: reviewHistoryReducer(state.review, action.action) };
    default:
      return assertNever(action, "Unhandled flow action");
  }
}
