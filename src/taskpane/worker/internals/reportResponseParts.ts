import type { PlanCell, PlanSheet, SummaryPlan } from "../../../domain/summary/types";
import type { CellsPart, ReportResponse } from "../reportProtocol";
import { slices } from "./chunks";

/**
 * Cells per message. A cell is far smaller than a record (`CHUNK_SIZE`): 5,000 cost a few milliseconds
 * on the pane's thread, and the "Verlauf Prozesse" sheet of 10,000 processes (50,000 cells) crosses in
 * ten parts instead of one message of some 40 ms.
 * @internal
 */
export const CELLS_PER_PART = 5000;

/**
 * The messages the report worker sends for a plan: the cells of every sheet larger than one part as
 * `cells` parts, then the plan without them (`joinCellParts` puts them back), so no single message keeps
 * the pane's thread busy while it is copied in.
 * @internal
 */
export function reportResponseParts(id: number, plan: SummaryPlan): ReportResponse[] {
  const parts: ReportResponse[] = [];
  const sheets = plan.sheets.map((sheet, index): PlanSheet => {
    if (sheet.cells.length <= CELLS_PER_PART) return sheet;
    for (const cells of slices(sheet.cells, CELLS_PER_PART))
      parts.push({ id, ok: true, type: "cells", sheet: index, cells });
    return { ...sheet, cells: [] };
  });
  return [...parts, { id, ok: true, type: "plan", plan: { ...plan, sheets } }];
}

/** A plan whose cells arrived in parts before it: each sheet's parts' cells, then its own. @internal */
export function joinCellParts(plan: SummaryPlan, parts: readonly CellsPart[]): SummaryPlan {
  if (parts.length === 0) return plan;
  const arrived = new Map<number, PlanCell[]>();
  for (const part of parts) {
    const cells = arrived.get(part.sheet) ?? [];
    for (const cell of part.cells) cells.push(cell);
    arrived.set(part.sheet, cells);
  }
  return {
    ...plan,
    sheets: plan.sheets.map((sheet, index) => {
      const cells = arrived.get(index);
      return cells === undefined ? sheet : { ...sheet, cells: [...cells, ...sheet.cells] };
    }),
  };
}
