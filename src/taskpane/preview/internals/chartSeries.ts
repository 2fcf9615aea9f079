import type { MemoryChart, MemoryWorkbook } from "../../../workbook/memory/MemoryWorkbook";

export interface ChartSeries {
  readonly name: string;
  /** `#RRGGBB`. */
  readonly color: string;
  /** One value per category; `null` where the cell holds no number. */
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** Reads a chart's categories and series from the workbook's cells, as Excel does from its ranges. */
export function chartSeries(workbook: MemoryWorkbook, chart: MemoryChart): ChartData {
  // Plan columns are 1-based, the memory workbook's 0-based.
  const cell = (row: number, col: number) => workbook.cellAt(chart.dataSheet, row, col - 1)?.value ?? null;
  const rows = Array.from({ length: chart.lastRow - chart.firstRow + 1 }, (_, i) => chart.firstRow + i);
  const categories = rows.map((row) => String(cell(row, chart.categoryCol) ?? ""));
  const series = Array.from({ length: chart.lastSeriesCol - chart.firstSeriesCol + 1 }, (_, j) => {
    const col = chart.firstSeriesCol + j;
    return {
      name: String(cell(chart.headerRow, col) ?? ""),
      color: `#${chart.colors[j] ?? "808080"}`,
      values: rows.map((row) => {
        const value = cell(row, col);
        return typeof value === "number" ? value : null;
      }),
    };
  });
  return { categories, series };
}
