import { buildSummaryPlan } from "../../../src/domain/summary/buildSummaryPlan";
import { computeSummaryNumbers } from "../../../src/domain/summary/computeSummaryNumbers";
import { inventoryLayout } from "../../../src/domain/summary/inventoryLayout";
import { summaryCellValue } from "../../../src/domain/summary/summaryCellValue";
import type { SummaryInput, SummaryPlan } from "../../../src/domain/summary/types";
import { applyPlanToMemory } from "../../../src/workbook/memory/internals/applyPlanToMemory";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

/** `rows` sample rows; with `clusterCount`, spread over that many clusters (30 → a chart's "übrige" bar). */
function input(rows = 40, clusterCount?: number): SummaryInput {
  const specs = sampleRows(rows).map((row, i) =>
    clusterCount === undefined ? row : { ...row, cluster: `Cluster ${i % clusterCount}` },
  );
  const { inventory, clusters } = makeInventory(specs);
  return {
    inventory,
    clusters,
    inventoryRef: { kind: "table", tableName: "Prozesse", headers: inventoryLayout(inventory).headers },
    options: { stichtag: "2026-12-31", reifegradModell: "1.1" },
  };
}

describe("applyPlanToMemory with the domain's numbers", () => {
  it("gives every formula cell the value its meaning names, keeping the formula", () => {
    const summary = input(90, 30);
    const plan = buildSummaryPlan(summary);
    const numbers = computeSummaryNumbers(summary);
    const workbook = new MemoryWorkbook();
    applyPlanToMemory(workbook, plan, numbers);
    let checked = 0;
    let rest = 0;
    for (const sheet of plan.sheets)
      for (const cell of sheet.cells) {
        if (cell.value.kind !== "formula") continue;
        const memory = workbook.cellAt(sheet.name, cell.row, cell.col - 1);
        expect(memory?.formula).toBe(cell.value.formula);
        expect(memory?.value).toBe(summaryCellValue(cell.meaning, numbers) ?? null);
        expect(memory?.value).not.toBeNull();
        checked += 1;
        if (cell.meaning?.sumOf !== undefined) rest += 1;
      }
    expect(checked).toBeGreaterThan(50);
    expect(rest).toBeGreaterThan(0);
  });

  it("sums the 'übrige' row over its clusters and the headline is the domain's", () => {
    const summary = input(90, 30);
    const numbers = computeSummaryNumbers(summary);
    const rest = [24, 25];
    expect(summaryCellValue({ metric: "anzahl", cluster: null, sumOf: rest }, numbers)).toBe(
      (numbers.clusters[24]?.anzahl as number) + (numbers.clusters[25]?.anzahl as number),
    );
    expect(summaryCellValue({ metric: "headline", cluster: null }, numbers)).toBe(numbers.headline);
    expect(summaryCellValue({ metric: "anzahl", cluster: 0 }, numbers)).toBe(numbers.clusters[0]?.anzahl);
  });

  it("leaves the value unknown (formula shown) for a meaning it does not know", () => {
    const summary = input();
    const numbers = computeSummaryNumbers(summary);
    const newerLevel = { metric: "anzahl", cluster: null, abteilung: 1 } as never;
    expect(summaryCellValue(newerLevel, numbers)).toBeUndefined();
    expect(summaryCellValue({ metric: "anzahl", cluster: null, bereich: 0 }, numbers)).toBeUndefined();
    expect(summaryCellValue({ metric: "anzahl", cluster: 999 }, numbers)).toBeUndefined();
    expect(summaryCellValue(undefined, numbers)).toBeUndefined();
    const plan: SummaryPlan = {
      sheets: [
        {
          name: "Neu",
          kind: "overview",
          cells: [{ row: 1, col: 1, value: { kind: "formula", formula: "SUM(B1:B2)" }, meaning: newerLevel }],
          columnWidths: [],
          frozenRows: 0,
          conditionalFormats: [],
          print: { orientation: "landscape", paperSize: "A4", fitToPagesWide: 1, centerFooter: "" },
        },
      ],
      names: [],
      charts: [],
      notices: [],
    };
    const workbook = new MemoryWorkbook();
    applyPlanToMemory(workbook, plan, numbers);
    expect(workbook.cellAt("Neu", 1, 0)).toEqual({ value: null, formula: "SUM(B1:B2)" });
  });

  it("records each chart with its data range, once per run", () => {
    const summary = input();
    const plan = buildSummaryPlan(summary);
    const workbook = new MemoryWorkbook();
    applyPlanToMemory(workbook, plan);
    applyPlanToMemory(workbook, plan);
    expect(workbook.charts.map((c) => c.title)).toEqual(plan.charts.map((c) => c.title));
    expect(workbook.charts[0]).toMatchObject({
      dataSheet: plan.charts[0]?.dataSheet,
      firstRow: plan.charts[0]?.firstRow,
      lastRow: plan.charts[0]?.lastRow,
    });
  });
});
