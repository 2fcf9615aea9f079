/** Cell and sheet vocabulary shared by the review's sheet writers and readers. */

/** A formula cell with its expected (cached) result. */
export interface ReviewFormulaCell {
  readonly formula: string;
  readonly result: number;
}

/** A date-time: an Excel serial number shown with `numberFormat` (e.g. the protocol's `Zeitpunkt`). */
export interface ReviewDateTimeCell {
  readonly serial: number;
  readonly numberFormat: string;
}

/**
 * A cell to write: text (always written as text, never parsed), number, a formula with its expected
 * result, or a date-time serial with its number format.
 */
export type ReviewSheetCell = string | number | ReviewFormulaCell | ReviewDateTimeCell;

/** Whether a cell is a formula (the other object cells are date-times). */
export function isFormulaCell(cell: ReviewSheetCell | undefined): cell is ReviewFormulaCell {
  return typeof cell === "object" && "formula" in cell;
}

/** The value a cell holds once written: text, number, a formula's result or a date-time's serial. */
export function cellResult(cell: ReviewSheetCell): string | number {
  if (typeof cell !== "object") return cell;
  return "formula" in cell ? cell.result : cell.serial;
}

/**
 * The number format a cell is written with: text "@" (so "=SUMME(A1)" or "2024" stay text), a date-time
 * its own format, numbers and formulas "General".
 */
export function reviewCellFormat(cell: ReviewSheetCell): string {
  if (typeof cell === "string") return "@";
  return typeof cell === "object" && "serial" in cell ? cell.numberFormat : "General";
}

/** Name of the cluster definitions sheet. */
export const CLUSTER_SHEET_NAME = "Cluster";
/** Name of the change protocol sheet. */
export const PROTOCOL_SHEET_NAME = "Änderungsprotokoll";
/**
 * Name of the hidden settings sheet. A hidden sheet rather than a custom XML part, because: it survives
 * every Excel version (desktop, web, Mac) and ExcelJS, which the CLI uses and which drops custom XML
 * parts on a round trip (so a file that went through `report` would lose its settings); auditors and any
 * xlsx tool can read it and diff it like any sheet. "Very hidden" (`ReviewSheetPlan.visibility`), so users do
 * not stumble on it under "Einblenden"; code (and any xlsx tool) still reads it.
 */
export const SETTINGS_SHEET_NAME = "Prozesscluster-Einstellungen";
/** Header of the inventory column that holds the assignment. */
export const CLUSTER_COLUMN_HEADER = "Cluster";
/** Header of the inventory column that holds the cluster's Bereich (written next to `Cluster`). */
export const BEREICH_COLUMN_HEADER = "Bereich";

/**
 * Header of the `Cluster` sheet. The internal `ID` comes last and its column is hidden
 * (`CLUSTER_SHEET_HIDDEN_COLUMNS`): readers find every column by its header, wherever it is.
 */
export const CLUSTER_SHEET_HEADER = [
  "Name",
  "Beschreibung",
  "gesperrt",
  "Herkunft",
  "Begründung",
  "Anzahl",
  "Bereich",
  "Bereich-Herkunft",
  "Bereich-Begründung",
  "ID",
] as const;
/** 0-based columns of the `Cluster` sheet the adapters hide: the internal ID. */
export const CLUSTER_SHEET_HIDDEN_COLUMNS: readonly number[] = [CLUSTER_SHEET_HEADER.indexOf("ID")];
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
