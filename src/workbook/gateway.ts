import type { RawGrid } from "../domain/inventory/types";
import type { Message } from "../domain/messages/types";
import type { WorkbookReview } from "../domain/review/reviewStateFromWorkbook";
import type { ProtocolEntry, ReviewSettings, ReviewState } from "../domain/review/types";
import type { SummaryPlan } from "../domain/summary/types";
import type { SummaryNumbers } from "../domain/summary/computeSummaryNumbers";
import type { ReadHistory } from "../domain/summary/history";
import { WorkbookError, type WorkbookErrorKind } from "./workbookError";

/** What the task pane needs to know about the open workbook on start. */
export interface WorkbookOverview {
  readonly sheetNames: readonly string[];
  readonly activeSheetName: string;
  /** Number of Excel tables in the active sheet. */
  readonly activeSheetTableCount: number;
}

/** A cell the user should look at: 1-based row as the user sees it, 0-based column (0 = A). */
export interface CellTarget {
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
}

/** Where the inventory lives, so review writes land in the right sheet and table. */
export interface InventoryLocation {
  readonly sheetName: string;
  readonly tableName?: string;
  /** 1-based row number of the header row. */
  readonly headerRow: number;
  /** 0-based column of the grid's first column. */
  readonly firstColumn: number;
}

/**
 * The column a review write reads again, in the same batch, to find each process's current row: a sort
 * or inserted rows since reading must not put cluster names next to other processes.
 */
export interface RowAnchors {
  /** Header text of the column: the ID column when every process has an ID, else the name column. */
  readonly header: string;
  /** `ProcessRecord.key` → that column's text in the process's row when the inventory was read. */
  readonly cells: Readonly<Record<string, string>>;
}

/** Everything the review writes: the `Cluster` column, the definitions, new protocol rows, settings. */
export interface ReviewWrite {
  readonly location: InventoryLocation;
  readonly state: ReviewState;
  /** `ProcessRecord.key` → 1-based user row when the inventory was read. */
  readonly rows: Readonly<Record<string, number>>;
  /** How the Office adapter finds the rows again before writing (write by key). */
  readonly anchors: RowAnchors;
  /** Header of the Bereich column next to `Cluster` (see `bereichColumnHeader`). Default "Bereich". */
  readonly bereichHeader?: string;
  /** Protocol entries produced since the last write; appended, never rewritten. */
  readonly newEntries: readonly ProtocolEntry[];
  readonly settings: ReviewSettings;
}

/** What the report write produced. */
export interface ReportOutcome {
  /** Name of the summary sheet to jump to. */
  readonly summarySheetName: string;
  /** Notices about skipped features (e.g. print layout on older Excel) and odd data. */
  readonly notices: readonly Message[];
}

/**
 * The one door from the task pane to the workbook. The Office implementation lives in
 * `src/excel/officeGateway.ts`; the browser preview and component tests use the in-memory one in
 * `src/workbook/memory/memoryGateway.ts`.
 * Every method is one user intent (one `Excel.run` in Office), takes and returns plain data, and
 * rejects with a `WorkbookError`.
 */
export interface WorkbookGateway {
  /** Sheet names and the active sheet, for the start of the "Daten" step. */
  readOverview(): Promise<WorkbookOverview>;
  /**
   * The inventory as found: the selected table, else the active sheet's table, else the active sheet's
   * used range. `null` when there is nothing to read.
   */
  readInventoryGrid(): Promise<RawGrid | null>;
  /** Inserts the sample inventory as a table on a new sheet, activates it, and returns its grid. */
  insertSample(): Promise<RawGrid>;
  /** Selects (and scrolls to) one cell, e.g. the row of an inventory issue or the summary sheet. */
  selectCell(target: CellTarget): Promise<void>;
  /**
   * Reads what earlier reviews left in the workbook (definitions and settings sheets), so a new proposal
   * keeps locked clusters, pinned and manual assignments and hand edits in the `Cluster` column.
   */
  readReview(): Promise<WorkbookReview>;
  /** Writes the reviewers' decisions: `Cluster` column, definitions sheet, protocol, settings. */
  writeReview(write: ReviewWrite): Promise<void>;
  /**
   * Reads the "Verlauf" sheets earlier reports left (snapshots per Stichtag), so the next report can
   * append its own and show the change since the previous Stichtag. Empty when there are none.
   */
  readHistory(): Promise<ReadHistory>;
  /**
   * Applies the summary plan (replacing the add-in's own sheets by name) and reports where it is.
   * `values` gives the numbers the domain computes for the plan's formula cells (`PlanCell.meaning`):
   * Excel computes the formulas itself and never calls it; the browser preview, which computes no
   * formulas, shows these values.
   */
  writeReport(plan: SummaryPlan, values?: () => SummaryNumbers): Promise<ReportOutcome>;
}

export { WorkbookError };
export type { ReadHistory };
export type { WorkbookErrorKind, WorkbookReview };
