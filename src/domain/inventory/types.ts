/**
 * Shared vocabulary of a process inventory: column roles, parsed records and issues.
 * Everything here is plain data so it can cross a Web Worker boundary unchanged.
 */
import type { Message } from "../messages/types";

/** Role of an inventory column. `null` in a mapping means "unrecognised, carried through". */
export type ColumnRole =
  | "id"
  | "name"
  | "leikaKey"
  | "ozgId"
  | "ozgName"
  | "themenfeld"
  | "lebenslage"
  | "dezernat"
  | "fachbereich"
  | "fachanwendung"
  | "hersteller"
  | "status"
  | "reifegrad"
  | "reifegradZiel"
  | "reifegradModell"
  | "fallzahl"
  | "fallzahlOnline"
  | "kostenEinmalig"
  | "kostenLaufend"
  | "termin"
  | "prioritaet"
  | "bemerkung"
  | "cluster";

/** All roles in display order. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  "id",
  "name",
  "leikaKey",
  "ozgId",
  "ozgName",
  "themenfeld",
  "lebenslage",
  "dezernat",
  "fachbereich",
  "fachanwendung",
  "hersteller",
  "status",
  "reifegrad",
  "reifegradZiel",
  "reifegradModell",
  "fallzahl",
  "fallzahlOnline",
  "kostenEinmalig",
  "kostenLaufend",
  "termin",
  "prioritaet",
  "bemerkung",
  "cluster",
];

/** A cell as Office.js (`range.values`) or ExcelJS give it, before parsing. */
export type RawCell = string | number | boolean | null | undefined | Date | { readonly error: string };

/** A rectangular block of cells read from a sheet, table or CSV file. */
export interface RawGrid {
  /** Rows of cells; rows may be ragged, missing cells count as empty. */
  readonly values: readonly (readonly RawCell[])[];
  /** Number formats parallel to `values` where the source knows them (e.g. "@", "0.00E+00"). */
  readonly numberFormats?: readonly (readonly string[])[];
  /** 1-based row number (as the user sees it) of `values[0]`. CSV: line number. */
  readonly firstRow: number;
  /** 0-based column index of `values[0][0]` in the sheet (0 = column A). */
  readonly firstColumn: number;
  /** Name of the sheet or file the grid came from. */
  readonly sheetName?: string;
  /** Name of the Excel table the grid is, if any. */
  readonly tableName?: string;
  /** 1-based user row numbers that are hidden in the sheet. */
  readonly hiddenRows?: readonly number[];
  /** Merged areas as A1 addresses, if the source reports them. */
  readonly mergedAreas?: readonly string[];
}

/** Which column plays which role; produced by detection, overridable by the user. */
export interface ColumnMapping {
  /** Header text as found in the sheet. */
  readonly header: string;
  /** 0-based index within the grid's columns. */
  readonly index: number;
  readonly role: ColumnRole | null;
  /** 0..1, how sure header detection is about `role` (1 for a user's choice). */
  readonly confidence: number;
}

/** Normalised implementation status. */
export type ProcessStatus =
  "nicht begonnen" | "in Planung" | "in Umsetzung" | "Pilot" | "online" | "zurückgestellt";

export const PROCESS_STATUSES: readonly ProcessStatus[] = [
  "nicht begonnen",
  "in Planung",
  "in Umsetzung",
  "Pilot",
  "online",
  "zurückgestellt",
];

/** OZG maturity model: 1.1 (levels 0–4) or 2.0 (levels 0–7). */
export type ReifegradModell = "1.1" | "2.0";

/** One process row of the inventory, parsed. Absent optional fields mean "empty or not mapped". */
export interface ProcessRecord {
  /** Stable identity used by clustering and review: the ID cell if present and unique, else `row:<n>`. */
  readonly key: string;
  /** 1-based row number as the user sees it (Excel row; CSV line). */
  readonly row: number;
  /** 0-based position among the data rows of the grid (after the header). */
  readonly index: number;
  /** Process name; never empty (rows without a name are excluded and counted). */
  readonly name: string;
  readonly id?: string;
  /** 14-digit LeiKa key as text, only when valid (`^99\d{12}$`). */
  readonly leikaKey?: string;
  readonly ozgId?: string;
  readonly ozgName?: string;
  readonly themenfeld?: string;
  readonly lebenslage?: string;
  readonly dezernat?: string;
  readonly fachbereich?: string;
  readonly fachanwendung?: string;
  readonly hersteller?: string;
  readonly status?: ProcessStatus;
  /** Status text as written, when it could not be normalised. */
  readonly statusRaw?: string;
  readonly reifegrad?: number;
  readonly reifegradZiel?: number;
  readonly reifegradModell?: ReifegradModell;
  readonly fallzahl?: number;
  readonly fallzahlOnline?: number;
  readonly kostenEinmalig?: number;
  readonly kostenLaufend?: number;
  /** Planned date as ISO `YYYY-MM-DD`. */
  readonly termin?: string;
  readonly prioritaet?: string;
  readonly bemerkung?: string;
  /** Existing assignment in a `Cluster` column (a reviewer's decision or an earlier run). */
  readonly cluster?: string;
  /** Display text of every grid column (index = column index), for column strategies and carry-through. */
  readonly cells: readonly string[];
}

export type InventoryIssueKind =
  | "emptySheet"
  | "headerOnly"
  | "noHeader"
  | "noNameColumn"
  | "duplicateId"
  | "blankName"
  | "errorCell"
  | "mergedCells"
  | "hiddenRow"
  | "formulaText"
  | "leikaScientific"
  | "leikaInvalid"
  | "unknownStatus"
  | "reifegradOutOfRange"
  | "invalidNumber"
  | "invalidDate"
  | "onlineExceedsCases"
  | "duplicateRole"
  | "tableEnd"
  | "unrecognisedValues";

export type IssueSeverity = "error" | "warning" | "info";

export interface InventoryIssue {
  /** 1-based user row number, or null for sheet-level issues. */
  readonly row: number | null;
  /** Header of the column concerned, or null. */
  readonly column: string | null;
  readonly kind: InventoryIssueKind;
  readonly severity: IssueSeverity;
  /** What is wrong, without the row and column (for grouping equal issues of many rows). */
  readonly detail: Message;
  /** The whole message, starting with the row and column where there are ones. */
  readonly message: Message;
}

/** A parsed inventory. */
export interface Inventory {
  readonly sheetName?: string;
  readonly tableName?: string;
  /** 1-based user row number of the header row. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly columns: readonly ColumnMapping[];
  readonly records: readonly ProcessRecord[];
  /**
   * 1-based user row of the table's last row (blank rows at its end excluded): content further down
   * (a second table, notes) is not part of the inventory. Absent for unusable sheets.
   */
  readonly lastRow?: number;
  /** Data rows left out of clustering because they have no name. */
  readonly excludedCount: number;
  readonly issues: readonly InventoryIssue[];
  /** True when the inventory can be clustered (a name column and at least one named row). */
  readonly usable: boolean;
}
