import { foldText } from "./internals/foldText";
import type { ProcessStatus } from "./types";

/** Outcome of normalising a status cell. */
export type StatusResult =
  | { readonly kind: "empty" }
  | { readonly kind: "ok"; readonly value: ProcessStatus }
  | { readonly kind: "unknown"; readonly text: string };

/** Status vocabulary seen in inventories, German and English; matched after `foldText`. */
const SYNONYMS: Readonly<Record<ProcessStatus, readonly string[]>> = {
  "nicht begonnen": [
    "nicht begonnen",
    "noch nicht begonnen",
    "nicht gestartet",
    "offen",
    "ausstehend",
    "neu",
    // A service only offered on paper or at the counter: its digitalisation has not begun.
    "offline",
    "analog",
    "nicht online",
    "nicht digital",
    "not started",
    "open",
    "to do",
    "todo",
  ],
  "in Planung": [
    "in planung",
    "planung",
    "geplant",
    "in vorbereitung",
    "vorbereitung",
    "konzeption",
    "in konzeption",
    "planned",
    "planning",
  ],
  "in Umsetzung": [
    "in umsetzung",
    "umsetzung",
    "in arbeit",
    "in bearbeitung",
    "in entwicklung",
    "entwicklung",
    "in realisierung",
    "realisierung",
    "implementierung",
    // The third answer of a yes/no column "Online verfügbar": partly online is not yet done.
    "teilweise",
    "teilw",
    "teilweise online",
    "teilweise umgesetzt",
    "teilweise digital",
    "partially",
    "partly",
    "in progress",
    "in implementation",
    "implementation",
    "ongoing",
  ],
  Pilot: [
    "pilot",
    "pilotbetrieb",
    "pilotierung",
    "pilotphase",
    "im pilot",
    "testbetrieb",
    "erprobung",
    "piloting",
  ],
  online: [
    "online",
    "umgesetzt",
    "live",
    "produktiv",
    "produktivbetrieb",
    "in betrieb",
    "abgeschlossen",
    "fertig",
    "erledigt",
    "online verfugbar",
    // The yes of a yes/no column "Online verfügbar".
    "ja",
    "yes",
    "x",
    "done",
    "completed",
    "implemented",
  ],
  zurückgestellt: [
    "zuruckgestellt",
    "zuruckgesetzt",
    "pausiert",
    "gestoppt",
    "ruht",
    "verschoben",
    "on hold",
    "deferred",
    "postponed",
    "paused",
  ],
};

const LOOKUP: ReadonlyMap<string, ProcessStatus> = new Map(
  (Object.entries(SYNONYMS) as [ProcessStatus, readonly string[]][]).flatMap(([status, words]) =>
    words.map((w) => [foldText(w), status] as const),
  ),
);

/** Exact lower-case spellings (the common case) skip folding, which is the costly part. */
const LOOKUP_LOWER: ReadonlyMap<string, ProcessStatus> = new Map(
  (Object.entries(SYNONYMS) as [ProcessStatus, readonly string[]][]).flatMap(([status, words]) => [
    [status.toLowerCase(), status] as const,
    ...words.map((w) => [w, status] as const),
  ]),
);

/**
 * The no of a yes/no column "Online verfügbar": not online, but at which stage the sheet does not
 * say, so no status (counted as "ohne Angabe", not as "nicht begonnen").
 */
const NO = new Set(["nein", "no", "-", "–"]);

/**
 * Normalises a status text to one of the six `ProcessStatus` values, ignoring case, punctuation and
 * umlaut spelling ("Zurueckgestellt", "IN UMSETZUNG", "Pilotbetrieb", "on hold"). A leading number as
 * in "3 - online" is ignored; "ja" is online, "nein" no status. Unknown text is returned as `unknown` so it can be kept and reported.
 */
export function parseStatus(text: string): StatusResult {
  const trimmed = text.trim();
  if (trimmed === "" || NO.has(trimmed.toLowerCase())) return { kind: "empty" };
  const exact = LOOKUP_LOWER.get(trimmed.toLowerCase());
  if (exact !== undefined) return { kind: "ok", value: exact };
  const folded = foldText(trimmed);
  const status = LOOKUP.get(folded) ?? LOOKUP.get(folded.replace(/^\d+\s+/, ""));
  return status === undefined ? { kind: "unknown", text: trimmed } : { kind: "ok", value: status };
}
