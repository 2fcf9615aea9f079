import type { MessageTable, Template } from "../types";

/** Codes of this area, prefixed "review.". */
type ReviewCode =
  | "review.clusterNameMissing"
  | "review.clusterNameTaken"
  | "review.clusterIdTaken"
  | "review.clusterMissing"
  | "review.processMissing"
  | "review.separateFromItself"
  | "review.bothInCluster"
  | "review.bereichNameMissing"
  | "review.bereichMissing"
  | "review.bereichExists"
  | "review.mergeTwoBereiche"
  | "review.bereichNameTaken"
  | "review.cannotLink"
  | "review.nothingSelected"
  | "review.lockedMoveIn"
  | "review.lockedMoveOut"
  | "review.mergeTwoClusters"
  | "review.lockedMerge"
  | "review.lockedSplit"
  | "review.lockedDissolve"
  | "review.notAMember"
  | "review.nothingToUndo"
  | "review.nothingToRedo"
  | "review.rerunSummary"
  | "review.rerunWithoutHistory";

/** "1 Handänderung übernommen" / "3 Handänderungen übernommen" (German counts unformatted, as always). */
const de: SayCount = (n, one, many, rest) => `${n} ${n === 1 ? one : many} ${rest}`;
const en: SayCount = (n, one, many, rest) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many} ${rest}`;

/** Says a count with its noun: `de` or `en`. */
type SayCount = (n: number, one: string, many: string, rest: string) => string;

/** Parts of a summary that are said only when their count is not zero: [count, one, many, rest]. */
function optional(
  say: SayCount,
  parts: readonly (readonly [number | undefined, string, string, string])[],
): string[] {
  return parts.flatMap(([n = 0, one, many, rest]) => (n > 0 ? [say(n, one, many, rest)] : []));
}

/** Noun forms and rest of a count said in a summary: [one, many, rest]. */
type CountWords = readonly [string, string, string];

/**
 * A re-run summary: the parts always said (`head`), then the counts said only when not zero – hand
 * edits taken over, processes recognised by name, hand edits to locked clusters ignored, "not
 * together" rules lifted – in one order for both languages.
 */
const rerunSummaryIn =
  (
    say: SayCount,
    head: (n: Readonly<Record<string, number>>) => string[],
    words: readonly [CountWords, CountWords, CountWords, CountWords],
  ): Template =>
  (_, n) => {
    const counts = [n.handEdits, n.recognisedByName, n.ignoredHandEdits, n.droppedCannotLinks];
    return [
      ...head(n),
      ...optional(
        say,
        words.map((w, i) => [counts[i], ...w] as const),
      ),
    ].join(", ");
  };

const rerunSummaryDe = rerunSummaryIn(
  de,
  (n) => [
    n.added === 1 ? "1 neuer Prozess zugeordnet" : `${n.added ?? 0} neue Prozesse zugeordnet`,
    `${n.removed ?? 0} entfernt`,
    n.kept === 1 ? "1 Entscheidung beibehalten" : `${n.kept ?? 0} Entscheidungen beibehalten`,
  ],
  [
    ["Handänderung", "Handänderungen", "übernommen"],
    ["Prozess", "Prozesse", "am Namen wiedererkannt"],
    ["Handänderung", "Handänderungen", "an gesperrten Clustern nicht übernommen"],
    ["„Nicht zusammen“-Regel", "„Nicht zusammen“-Regeln", "aufgehoben"],
  ],
);

const rerunSummaryEn = rerunSummaryIn(
  en,
  (n) => [
    en(n.added ?? 0, "new process", "new processes", "assigned"),
    `${n.removed ?? 0} removed`,
    en(n.kept ?? 0, "decision", "decisions", "kept"),
  ],
  [
    ["change by hand", "changes by hand", "taken over"],
    ["process", "processes", "recognised by name"],
    ["change by hand", "changes by hand", "to locked clusters not taken over"],
    ["“not together” rule", "“not together” rules", "lifted"],
  ],
);

const withoutHistoryDe: Template = (_, n) =>
  [
    de(n.assigned ?? 0, "Zuordnung", "Zuordnungen", "aus der Spalte „Cluster“ übernommen"),
    de(n.placed ?? 0, "Prozess", "Prozesse", "neu zugeordnet"),
    ...optional(de, [[n.ignored, "Zuordnung", "Zuordnungen", "an gesperrten Clustern nicht übernommen"]]),
  ].join(", ");

const withoutHistoryEn: Template = (_, n) =>
  [
    en(n.assigned ?? 0, "assignment", "assignments", "taken from the “Cluster” column"),
    en(n.placed ?? 0, "process", "processes", "newly assigned"),
    ...optional(en, [[n.ignored, "assignment", "assignments", "to locked clusters not taken over"]]),
  ].join(", ");

const UNLOCK_FIRST_DE = "Bitte den Cluster zuerst entsperren.";
const UNLOCK_FIRST_EN = "Please unlock the cluster first.";

/** Review: refusals of actions and re-run summaries shown in the pane and printed by the command line. */
export const reviewMessages: MessageTable<ReviewCode> = {
  de: {
    "review.clusterNameMissing": "Bitte einen Namen für den Cluster angeben.",
    "review.clusterNameTaken": "Der Name „{name}“ ist schon vergeben.",
    "review.clusterIdTaken": "Die Cluster-ID „{id}“ ist schon vergeben.",
    "review.clusterMissing": "Der Cluster „{id}“ existiert nicht.",
    "review.processMissing": "Der Prozess „{key}“ ist nicht (mehr) im Inventar.",
    "review.separateFromItself": "Ein Prozess kann nicht von sich selbst getrennt werden.",
    "review.bothInCluster":
      "„{a}“ und „{b}“ sind beide im Cluster „{cluster}“. Bitte zuerst einen der beiden verschieben.",
    "review.bereichNameMissing": "Bitte einen Namen für den Bereich angeben.",
    "review.bereichMissing": "Den Bereich „{bereich}“ gibt es nicht.",
    "review.bereichExists":
      "Den Bereich „{bereich}“ gibt es schon. Zum Zusammenlegen bitte „Bereiche zusammenführen“ wählen.",
    "review.mergeTwoBereiche": "Bitte mindestens zwei Bereiche zum Zusammenlegen wählen.",
    "review.bereichNameTaken": "Der Name „{name}“ gehört schon einem anderen Bereich.",
    "review.cannotLink":
      "„{a}“ und „{b}“ dürfen nicht im selben Cluster sein (als „nicht zusammen“ markiert).",
    "review.nothingSelected": "Es sind keine Prozesse ausgewählt.",
    "review.lockedMoveIn": `Der Cluster „{cluster}“ ist gesperrt: Es können keine Prozesse hinein verschoben werden. ${UNLOCK_FIRST_DE}`,
    "review.lockedMoveOut": `Der Cluster „{cluster}“ ist gesperrt: „{process}“ kann nicht heraus verschoben werden. ${UNLOCK_FIRST_DE}`,
    "review.mergeTwoClusters": "Bitte mindestens zwei verschiedene Cluster zum Zusammenführen wählen.",
    "review.lockedMerge": `Der Cluster „{cluster}“ ist gesperrt und kann nicht zusammengeführt werden. ${UNLOCK_FIRST_DE}`,
    "review.lockedSplit": `Der Cluster „{cluster}“ ist gesperrt und kann nicht geteilt werden. ${UNLOCK_FIRST_DE}`,
    "review.lockedDissolve": `Der Cluster „{cluster}“ ist gesperrt und kann nicht aufgelöst werden. ${UNLOCK_FIRST_DE}`,
    "review.notAMember": "„{process}“ gehört nicht zum Cluster „{cluster}“.",
    "review.nothingToUndo": "Es gibt nichts rückgängig zu machen.",
    "review.nothingToRedo": "Es gibt nichts zu wiederholen.",
    "review.rerunSummary": rerunSummaryDe,
    "review.rerunWithoutHistory": withoutHistoryDe,
  },
  en: {
    "review.clusterNameMissing": "Please enter a name for the cluster.",
    "review.clusterNameTaken": "The name “{name}” is already taken.",
    "review.clusterIdTaken": "The cluster ID “{id}” is already taken.",
    "review.clusterMissing": "There is no cluster “{id}”.",
    "review.processMissing": "The process “{key}” is not (or no longer) in the inventory.",
    "review.separateFromItself": "A process cannot be kept apart from itself.",
    "review.bothInCluster":
      "“{a}” and “{b}” are both in the cluster “{cluster}”. Please move one of them first.",
    "review.bereichNameMissing": "Please enter a name for the area.",
    "review.bereichMissing": "There is no area “{bereich}”.",
    "review.bereichExists": "The area “{bereich}” already exists. To combine areas, choose “Merge areas”.",
    "review.mergeTwoBereiche": "Please choose at least two areas to merge.",
    "review.bereichNameTaken": "The name “{name}” already belongs to another area.",
    "review.cannotLink": "“{a}” and “{b}” must not be in the same cluster (marked “not together”).",
    "review.nothingSelected": "No processes are selected.",
    "review.lockedMoveIn": `The cluster “{cluster}” is locked: no processes can be moved into it. ${UNLOCK_FIRST_EN}`,
    "review.lockedMoveOut": `The cluster “{cluster}” is locked: “{process}” cannot be moved out of it. ${UNLOCK_FIRST_EN}`,
    "review.mergeTwoClusters": "Please choose at least two different clusters to merge.",
    "review.lockedMerge": `The cluster “{cluster}” is locked and cannot be merged. ${UNLOCK_FIRST_EN}`,
    "review.lockedSplit": `The cluster “{cluster}” is locked and cannot be split. ${UNLOCK_FIRST_EN}`,
    "review.lockedDissolve": `The cluster “{cluster}” is locked and cannot be dissolved. ${UNLOCK_FIRST_EN}`,
    "review.notAMember": "“{process}” does not belong to the cluster “{cluster}”.",
    "review.nothingToUndo": "There is nothing to undo.",
    "review.nothingToRedo": "There is nothing to redo.",
    "review.rerunSummary": rerunSummaryEn,
    "review.rerunWithoutHistory": withoutHistoryEn,
  },
};
