/**
 * The one reducer of the review: a pure function from state and named action to an outcome.
 * No clock and no randomness: time, person and new ids come in with the action.
 */
import type { ReviewAction, ReviewActionType, ReviewOutcome, ReviewState } from "./types";
import {
  createCluster,
  describeCluster,
  markCannotLink,
  renameCluster,
  setLocked,
  setPinned,
} from "./internals/attributeOps";
import { mergeBereiche, moveClustersToBereich, renameBereich } from "./internals/bereichOps";
import { dissolveCluster, mergeClusters, moveProcesses, splitCluster } from "./internals/membershipOps";
import { assertNever } from "../assertNever";

/** The case of one action type: takes exactly that action. */
type ReviewCase<K extends ReviewActionType> = (
  state: ReviewState,
  action: Extract<ReviewAction, { type: K }>,
) => ReviewOutcome;

/**
 * One case per action type. The mapped type makes the table exhaustive: a new action type that has no
 * entry here, or an entry whose case takes another action, does not compile.
 */
const CASES: { readonly [K in ReviewActionType]: ReviewCase<K> } = {
  moveProcesses,
  mergeClusters,
  splitCluster,
  createCluster,
  renameCluster,
  describeCluster,
  dissolveCluster,
  lockCluster: setLocked,
  unlockCluster: setLocked,
  pinProcess: setPinned,
  unpinProcess: setPinned,
  markCannotLink,
  moveClustersToBereich,
  renameBereich,
  mergeBereiche,
};

/**
 * Applies `action` to `state`. A refused action (locked cluster, unknown id, taken name, "nicht
 * zusammen" conflict) returns `{ ok: false, state, error }` with the state unchanged and a German
 * message the task pane can show; a successful one returns the new state and its protocol entries.
 * An action that changes nothing returns the same state object and no entries.
 */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewOutcome {
  // At run time the action may come from outside (stored history): an unknown type still throws.
  if (!Object.hasOwn(CASES, action.type)) return assertNever(action as never, "Unbekannte Aktion");
  return applyCase(state, action);
}

/** Looks up the case of `action`'s type; typed by that type, so the case takes the action as it is. */
function applyCase<K extends ReviewActionType>(
  state: ReviewState,
  action: Extract<ReviewAction, { type: K }>,
): ReviewOutcome {
  const apply: ReviewCase<K> = CASES[action.type];
  return apply(state, action);
}
