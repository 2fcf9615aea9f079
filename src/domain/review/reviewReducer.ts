/**
 * The one reducer of the review: a pure function from state and named action to an outcome.
 * No clock and no randomness: time, person and new ids come in with the action.
 */
import type { ReviewAction, ReviewOutcome, ReviewState } from "./types";
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

/**
 * Applies `action` to `state`. A refused action (locked cluster, unknown id, taken name, "nicht
 * zusammen" conflict) returns `{ ok: false, state, error }` with the state unchanged and a German
 * message the task pane can show; a successful one returns the new state and its protocol entries.
 * An action that changes nothing returns the same state object and no entries.
 */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewOutcome {
  switch (action.type) {
    case "moveProcesses":
      return moveProcesses(state, action);
    case "mergeClusters":
      return mergeClusters(state, action);
    case "splitCluster":
      return splitCluster(state, action);
    case "createCluster":
      return createCluster(state, action);
    case "renameCluster":
      return renameCluster(state, action);
    case "describeCluster":
      return describeCluster(state, action);
    case "dissolveCluster":
      return dissolveCluster(state, action);
    case "lockCluster":
    case "unlockCluster":
      return setLocked(state, action);
    case "pinProcess":
    case "unpinProcess":
      return setPinned(state, action);
    case "markCannotLink":
      return markCannotLink(state, action);
    case "moveClustersToBereich":
      return moveClustersToBereich(state, action);
    case "renameBereich":
      return renameBereich(state, action);
    case "mergeBereiche":
      return mergeBereiche(state, action);
    default:
      return assertNever(action, "Unbekannte Aktion");
  }
}
