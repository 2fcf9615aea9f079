import type { ActionStamp } from "../../domain/review/types";

/**
 * Stamps a review action with the current time. The clock is read here, in the action creator's
 * caller, never in the reducer, so the domain stays deterministic. The host does not tell us who the
 * user is, so `person` stays empty (the protocol sheet leaves it blank).
 */
export function makeStamp(now: Date = new Date()): ActionStamp {
  return { at: now.toISOString(), person: "" };
}
