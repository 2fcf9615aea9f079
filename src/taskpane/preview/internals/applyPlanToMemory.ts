import type { PlanValue, SummaryPlan } from "../../../domain/summary/types";
import type { MemoryCell, MemoryWorkbook } from "../MemoryWorkbook";

function toCell(value: PlanValue, numberFormat: string | undefined): MemoryCell {
  const format = numberFormat === undefined ? {} : { numberFormat };
  switch (value.kind) {
    case "text":
      return { value: value.text, ...format };
    case "number":
      return { value: value.value, ...format };
    case "date":
      return { value: value.iso, numberFormat: numberFormat ?? "dd.mm.yyyy" };
    case "formula":
      return { value: null, formula: value.formula, ...format };
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

/** Applies a summary plan like the Office adapter: each plan sheet replaced by name, charts recorded. */
export function applyPlanToMemory(workbook: MemoryWorkbook, plan: SummaryPlan): void {
  for (const sheet of plan.sheets) {
    workbook.deleteSheet(sheet.name);
    workbook.ensureSheet(sheet.name);
    for (const cell of sheet.cells)
      workbook.setCell(sheet.name, cell.row, cell.col - 1, toCell(cell.value, cell.numberFormat));
  }
  for (const chart of plan.charts)
    workbook.charts.push({ sheetName: chart.placement.sheet, title: chart.title, type: chart.type });
}
