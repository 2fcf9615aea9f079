/**
 * CLI glue of the review: load what an earlier run (or a reviewer in Excel) left in a workbook, and turn
 * an engine proposal into a review state that keeps those decisions. Used by `cluster` and `report`.
 */
import { extname } from "node:path";
import type ExcelJS from "exceljs";
import type { ProcessRecord } from "../domain/inventory/types";
import type { PreviousDecisions, ProposeClusters, RerunSummary } from "../domain/review/rerunWithDecisions";
import { DEFAULT_REVIEW_SETTINGS } from "../domain/review/settingsSheet";
import type { ProtocolEntry, ReviewSettings, ReviewState } from "../domain/review/types";
import { acceptProposal } from "../domain/workflow/acceptProposal";
import { loadExcelJs } from "./loadExcelJs";
import { readProtocol, readReviewSheets } from "./xlsx/reviewSheets";

/** What a workbook remembers of earlier reviews. */
export interface LoadedDecisions {
  /** `null` when the workbook has no definitions/settings sheet (a `Cluster` column alone still counts, see `applyDecisionsToProposal`). */
  readonly decisions: PreviousDecisions | null;
  readonly settings: ReviewSettings;
  /** Earlier protocol entries, to carry into a newly written file (the protocol is never rewritten). */
  readonly protocol: readonly ProtocolEntry[];
}

/**
 * Reads decisions, settings and protocol from a workbook or an .xlsx file path. A CSV (or any non-xlsx
 * path) has no review sheets: the result is empty, and a `Cluster` column in it is taken as decisions by
 * `applyDecisionsToProposal`. Throws only what ExcelJS throws for an unreadable .xlsx.
 */
export async function loadDecisions(source: ExcelJS.Workbook | string): Promise<LoadedDecisions> {
  let workbook: ExcelJS.Workbook;
  if (typeof source === "string") {
    const extension = extname(source).toLowerCase();
    if (extension !== ".xlsx" && extension !== ".xlsm")
      return { decisions: null, settings: DEFAULT_REVIEW_SETTINGS, protocol: [] };
    workbook = new (await loadExcelJs()).Workbook();
    await workbook.xlsx.readFile(source);
  } else {
    workbook = source;
  }
  const review = readReviewSheets(workbook);
  return { decisions: review.decisions, settings: review.settings, protocol: readProtocol(workbook) };
}

export interface ApplyDecisionsOptions {
  /** Ignore stored decisions and the `Cluster` column (`--fresh`). Default false. */
  readonly fresh?: boolean;
  /** Local ISO timestamp of this run (`localTimestamp`), for the protocol entry (the caller owns the clock). */
  readonly at: string;
  /** Person for the protocol entry (`report --person`); default "". */
  readonly person?: string;
}

export interface AppliedDecisions {
  readonly state: ReviewState;
  /** `null` for a fresh proposal (nothing to keep). */
  readonly summary: RerunSummary | null;
  /** Protocol entries of this run (one summary line, or none for a fresh run). */
  readonly entries: readonly ProtocolEntry[];
}

/** The protocol action of a re-run on the command line (the pane has its own wording). */
const CLI_RERUN_ACTION = "Neu berechnet (Kommandozeile)";

/**
 * Clusters `records` around earlier decisions: with `fresh`, or when there are neither stored decisions
 * nor filled `Cluster` cells, it is the plain proposal; otherwise a re-run, so locked clusters, pins,
 * manual moves and hand edits in the `Cluster` column are kept. The use case is the pane's as well
 * (`acceptProposal`); only the protocol wording is the command line's.
 */
export function applyDecisionsToProposal(
  records: readonly ProcessRecord[],
  loaded: LoadedDecisions | null,
  propose: ProposeClusters,
  options: ApplyDecisionsOptions,
): AppliedDecisions {
  const accepted = acceptProposal(
    { records, previous: loaded?.decisions ?? null, fresh: options.fresh === true },
    propose,
    { rerunAction: CLI_RERUN_ACTION, fresh: null },
  );
  const entries: ProtocolEntry[] =
    accepted.entry === null
      ? []
      : [{ time: options.at, process: "", from: "", person: options.person ?? "", ...accepted.entry }];
  return { state: accepted.state, summary: accepted.summary, entries };
}
