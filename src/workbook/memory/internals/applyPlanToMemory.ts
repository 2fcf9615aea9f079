import type { SummaryNumbers } from "../../../domain/summary/computeSummaryNumbers";
import type { PlanCell, SummaryPlan } from "../../../domain/summary/types";
import type { MemoryCell, MemoryWorkbook } from "../MemoryWorkbook";
import { summaryCellValue } from "../../../domain/summary/summaryCellValue";

function toCell(cell: PlanCell, numbers: SummaryNumbers | undefined): MemoryCell {
  const { value, numberFormat } = cell;
  const format = numberFormat === undefined ? {} : { numberFormat };
  switch (value.kind) {
    case "text":
      return { value: value.text, ...format };
    case "number":
      return { value: value.value, ...format };
    case "date":
      return { value: value.iso, numberFormat: numberFormat ?? "dd.mm.yyyy" };
    case "formula": {
      const computed = numbers === undefined ? undefined : summaryCellValue(cell.meaning, numbers);
      return { value: computed ?? null, formula: value.formula, ...format };
    }
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

/**
 * Applies a summary plan like the Office adapter: each plan sheet replaced by name, charts recorded with
 * their data ranges. With `numbers`, formula cells carry the value the domain computed for them.
 */
export function applyPlanToMemory(
  workbook: MemoryWorkbook,
  plan: SummaryPlan,
  numbers?: SummaryNumbers,
): void {
  for (const sheet of plan.sheets) {
    workbook.deleteSheet(sheet.name);
    workbook.ensureSheet(sheet.name);
    for (const cell of sheet.cells)
      workbook.setCell(sheet.name, cell.row, cell.col - 1, toCell(cell, numbers));
  }
  for (const chart of plan.charts) {
    const { placement, title, type, dataSheet, headerRow, firstRow, lastRow, colors } = chart;
    const { categoryCol, firstSeriesCol, lastSeriesCol } = chart;
    workbook.charts.push({
      sheetName: placement.sheet,
      title,
      type,
      dataSheet,
      headerRow,
      firstRow,
      lastRow,
      categoryCol,
      firstSeriesCol,
      lastSeriesCol,
      colors,
    });
  }
}
