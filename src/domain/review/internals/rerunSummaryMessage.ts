/** @internal The one-line summary of a re-run, as a message. */
import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";

export interface RerunCounts {
  readonly added: number;
  readonly removed: number;
  readonly kept: number;
  readonly handEdits: number;
  readonly recognisedByName: number;
  readonly ignoredHandEdits: number;
  readonly droppedCannotLinks: number;
  /**
   * No earlier review was stored (a CSV, or a sheet without the add-in's sheets): filled `Cluster` cells
   * are the only memory, so they are taken over as assignments, not counted as changes by hand.
   */
  readonly withoutHistory?: boolean;
}

/**
 * E.g. "3 neue Prozesse zugeordnet, 1 entfernt, 12 Entscheidungen beibehalten"; without history
 * "246 Zuordnungen aus der Spalte „Cluster“ übernommen, 3 Prozesse neu zugeordnet". Optional parts only
 * when non-zero (the tables decide).
 */
export function rerunSummaryMessage(counts: RerunCounts): Message {
  if (counts.withoutHistory === true)
    return msg("review.rerunWithoutHistory", {
      assigned: counts.handEdits,
      placed: counts.added - counts.handEdits,
      ignored: counts.ignoredHandEdits,
    });
  return msg("review.rerunSummary", {
    added: counts.added,
    removed: counts.removed,
    kept: counts.kept,
    handEdits: counts.handEdits,
    recognisedByName: counts.recognisedByName,
    ignoredHandEdits: counts.ignoredHandEdits,
    droppedCannotLinks: counts.droppedCannotLinks,
  });
}
