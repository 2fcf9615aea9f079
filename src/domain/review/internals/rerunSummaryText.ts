/** @internal The German one-line summary of a re-run. */

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

/** E.g. "3 neue Prozesse zugeordnet, 1 entfernt, 12 Entscheidungen beibehalten". Optional parts only when non-zero. */
export function rerunSummaryText(counts: RerunCounts): string {
  if (counts.withoutHistory === true) return withoutHistoryText(counts);
  const parts = [
    counts.added === 1 ? "1 neuer Prozess zugeordnet" : `${counts.added} neue Prozesse zugeordnet`,
    `${counts.removed} entfernt`,
    counts.kept === 1 ? "1 Entscheidung beibehalten" : `${counts.kept} Entscheidungen beibehalten`,
  ];
  if (counts.handEdits > 0)
    parts.push(plural(counts.handEdits, "Handänderung", "Handänderungen", "übernommen"));
  if (counts.recognisedByName > 0) {
    parts.push(plural(counts.recognisedByName, "Prozess", "Prozesse", "am Namen wiedererkannt"));
  }
  if (counts.ignoredHandEdits > 0) {
    parts.push(
      plural(
        counts.ignoredHandEdits,
        "Handänderung",
        "Handänderungen",
        "an gesperrten Clustern nicht übernommen",
      ),
    );
  }
  if (counts.droppedCannotLinks > 0) {
    parts.push(
      plural(counts.droppedCannotLinks, "„Nicht zusammen“-Regel", "„Nicht zusammen“-Regeln", "aufgehoben"),
    );
  }
  return parts.join(", ");
}

/** E.g. "246 Zuordnungen aus der Spalte „Cluster“ übernommen, 3 Prozesse neu zugeordnet". */
function withoutHistoryText(counts: RerunCounts): string {
  const placed = counts.added - counts.handEdits;
  const parts = [
    plural(counts.handEdits, "Zuordnung", "Zuordnungen", "aus der Spalte „Cluster“ übernommen"),
    plural(placed, "Prozess", "Prozesse", "neu zugeordnet"),
  ];
  if (counts.ignoredHandEdits > 0)
    parts.push(
      plural(counts.ignoredHandEdits, "Zuordnung", "Zuordnungen", "an gesperrten Clustern nicht übernommen"),
    );
  return parts.join(", ");
}

function plural(n: number, one: string, many: string, rest: string): string {
  return `${n} ${n === 1 ? one : many} ${rest}`;
}
