/** Cell and sheet vocabulary shared by the review's sheet writers and readers. */

/** A cell to write: text (always written as text, never parsed), number, or a formula with its expected result. */
export type ReviewSheetCell = string | number | { readonly formula: string; readonly result: number };

/** Name of the cluster definitions sheet. */
export const CLUSTER_SHEET_NAME = "Cluster";
/** Name of the change protocol sheet. */
export const PROTOCOL_SHEET_NAME = "Änderungsprotokoll";
/**
 * Name of the hidden settings sheet. A hidden sheet rather than a custom XML part, because: it survives
 * every Excel version (desktop, web, Mac) and ExcelJS, which the CLI uses and which drops custom XML
 * parts on a round trip (so a file that went through `report` would lose its settings); auditors and any
 * xlsx tool can read it (unhide it in Excel) and diff it like any sheet. Hidden (not "very hidden") so a user can look at what travels with the file.
 */
export const SETTINGS_SHEET_NAME = "Prozesscluster-Einstellungen";
/** Header of the inventory column that holds the assignment. */
export const CLUSTER_COLUMN_HEADER = "Cluster";
/** Header of the inventory column that holds the cluster's Bereich (written next to `Cluster`). */
export const BEREICH_COLUMN_HEADER = "Bereich";

export const CLUSTER_SHEET_HEADER = [
  "ID",
  "Name",
  "Beschreibung",
  "gesperrt",
  "Herkunft",
  "Begründung",
  "Anzahl",
  "Bereich",
  "Bereich-Herkunft",
  "Bereich-Begründung",
] as const;
export const PROTOCOL_SHEET_HEADER = ["Zeitpunkt", "Aktion", "Prozess", "von", "nach", "Person"] as const;
export const SETTINGS_SHEET_HEADER = [
  "Abschnitt",
  "Wert 1",
  "Wert 2",
  "Wert 3",
  "Wert 4",
  "Wert 5",
  "Wert 6",
] as const;
