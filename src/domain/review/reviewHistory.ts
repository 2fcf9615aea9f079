/**
 * Undo/redo wrapper around `reviewReducer`. The protocol lives outside the undoable part: undo and
 * redo add their own entries ("Rückgängig: …", "Wiederholt: …") instead of removing earlier ones,
 * because the protocol sheet is appended, never rewritten.
 */
import { msg } from "../messages/renderMessage";
import { reviewReducer } from "./reviewReducer";
import type { ActionStamp, HistoryAction, ProtocolEntry, ReviewHistory, ReviewState } from "./types";

/** A fresh history whose present is `state`. */
export function createReviewHistory(state: ReviewState): ReviewHistory {
  return { past: [], present: state, future: [], protocol: [], lastError: null };
}

/**
 * Applies a review action, `undo` or `redo`. A refused action leaves past, present and future as they
 * are and sets `lastError`; an action that changes nothing adds no history step. A new action clears
 * the redo stack.
 */
export function reviewHistoryReducer(history: ReviewHistory, action: HistoryAction): ReviewHistory {
  switch (action.type) {
    case "undo": {
      const step = history.past[history.past.length - 1];
      if (step === undefined) return { ...history, lastError: msg("review.nothingToUndo") };
      return {
        past: history.past.slice(0, -1),
        present: step.state,
        future: [{ state: history.present, entries: step.entries }, ...history.future],
        protocol: [...history.protocol, ...restamp(step.entries, action, "Rückgängig", true)],
        lastError: null,
      };
    }
    case "redo": {
      const [step, ...rest] = history.future;
      if (step === undefined) return { ...history, lastError: msg("review.nothingToRedo") };
      return {
        past: [...history.past, { state: history.present, entries: step.entries }],
        present: step.state,
        future: rest,
        protocol: [...history.protocol, ...restamp(step.entries, action, "Wiederholt", false)],
        lastError: null,
      };
    }
    default: {
      const outcome = reviewReducer(history.present, action);
      if (!outcome.ok) return { ...history, lastError: outcome.error };
      if (outcome.state === history.present) return { ...history, lastError: null };
      return {
        past: [...history.past, { state: history.present, entries: outcome.entries }],
        present: outcome.state,
        future: [],
        protocol: [...history.protocol, ...outcome.entries],
        lastError: null,
      };
    }
  }
}

/** True when `undo` would change something. */
export function canUndo(history: ReviewHistory): boolean {
  return history.past.length > 0;
}

/** True when `redo` would change something. */
export function canRedo(history: ReviewHistory): boolean {
  return history.future.length > 0;
}

function restamp(
  entries: readonly ProtocolEntry[],
  stamp: ActionStamp,
  prefix: string,
  reverse: boolean,
): ProtocolEntry[] {
  const ordered = reverse ? [...entries].reverse() : entries;
  return ordered.map((original) => ({
    time: stamp.at,
    action: `${prefix}: ${original.action}`,
    process: original.process,
    from: reverse ? original.to : original.from,
    to: reverse ? original.from : original.to,
    person: stamp.person,
  }));
}
