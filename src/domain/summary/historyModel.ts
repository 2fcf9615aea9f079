/**
 * The data model of the "Verlauf" sheets (see `history.ts`): their names and headers and the rows they
 * hold. Types and constants only, so the report's other parts can name them without importing the logic.
 */
export const HISTORY_SHEET = "Verlauf";
export const HISTORY_PROCESS_SHEET = "Verlauf Prozesse";

/** What a snapshot row sums up. */
export type HistoryLevel = "Summe" | "Bereich" | "Cluster";

/** One snapshot row of "Verlauf". Metrics the inventory had no column for are null. */
export interface HistorySnapshot {
  /** ISO `YYYY-MM-DD`. */
  readonly stichtag: string;
  readonly level: HistoryLevel;
  /** The cluster's or Bereich's name; "Summe" for the totals. */
  readonly name: string;
  /** The cluster's Bereich (empty for Bereich and totals rows, or without Bereiche). */
  readonly bereich: string;
  readonly anzahl: number;
  readonly online: number | null;
  readonly reifegradAvg: number | null;
  readonly fallzahl: number | null;
  readonly kostenEinmalig: number | null;
  readonly kostenLaufend: number | null;
}

/** One process at one Stichtag ("Verlauf Prozesse"). */
export interface HistoryProcess {
  readonly stichtag: string;
  /** The process's ID, else its name: what identifies it from one report to the next. */
  readonly kennung: string;
  readonly name: string;
  readonly cluster: string;
  /** null when the inventory has no status column. */
  readonly online: boolean | null;
}

export interface History {
  readonly snapshots: readonly HistorySnapshot[];
  readonly processes: readonly HistoryProcess[];
}

export const EMPTY_HISTORY: History = { snapshots: [], processes: [] };

/** Column headers of "Verlauf", in sheet order. */
export const HISTORY_HEADERS = [
  "Stichtag",
  "Ebene",
  "Name",
  "Bereich",
  "Anzahl Prozesse",
  "davon online",
  "Online-Quote",
  "Ø Reifegrad",
  "Fallzahlen p. a.",
  "Kosten einmalig",
  "Kosten laufend",
] as const;

/** Column headers of "Verlauf Prozesse", in sheet order. */
export const HISTORY_PROCESS_HEADERS = ["Stichtag", "Kennung", "Prozess", "Cluster", "online"] as const;

/** "Seit dem letzten Bericht": processes newly online, new in and gone from the inventory. */
export interface SinceLastReport {
  readonly previous: string;
  /** In both reports, online now and known not online then (null without a status column). */
  readonly newlyOnline: number | null;
  readonly added: number;
  readonly removed: number;
}
