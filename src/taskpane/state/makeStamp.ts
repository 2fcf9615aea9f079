import { localTimestamp } from "../../domain/review/protocolTime";
import type { ActionStamp } from "../../domain/review/types";
import { loadReviewerName } from "./reviewerName";

/**
 * Stamps a review action with the current local time (with its UTC offset, so the protocol shows the
 * reviewer's wall-clock time) and the name the reviewer entered in the pane (or ""). The clock is read
 * here, in the action creator's caller, never in the reducer, so the domain stays deterministic.
 */
export function makeStamp(now: Date = new Date(), person: string = loadReviewerName()): ActionStamp {
  return { at: localTimestamp(now.getTime(), -now.getTimezoneOffset()), person };
}
