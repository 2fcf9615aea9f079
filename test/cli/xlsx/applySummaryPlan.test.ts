import ExcelJS from "exceljs";
import { applySummaryPlan } from "../../../src/cli/xlsx/applySummaryPlan";
import { buildSummaryPlan } from "../../../src/domain/summary/buildSummaryPlan";
import { inventoryLayout } from "../../../src/domain/summary/inventoryLayout";
import type { CellStyleName, SummaryPlan } from "../../../src/domain/summary/types";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

function samplePlan(): SummaryPlan {
  const { inventory, clusters } = makeInventory(sampleRows(20));
  return buildSummaryPlan({
    inventory,
    clusters,
    options: {
      stichtag: "2025-12-31",
      reifegradModell: "1.1",
      drucksache: "2026/0815",
      sheets: { details: true },
    },
    inventoryRef: { kind: "table", tableName: "Prozesse", headers: inventoryLayout(inventory).headers },
  });
}

describe("applySummaryPlan (ExcelJS)", () => {
  const plan = samplePlan();
  const workbook = new ExcelJS.Workbook();
  applySummaryPlan(workbook, plan);
  const cellOf = (style: CellStyleName): ExcelJS.Cell => {
    const sheet = plan.sheets.find((p) => p.cells.some((c) => c.style === style));
    const cell = sheet?.cells.find((c) => c.style === style);
    return workbook.getWorksheet(sheet?.name ?? "")?.getCell(cell?.row ?? 1, cell?.col ?? 1) as ExcelJS.Cell;
  };

  it("styles cells from the domain's palette, as the Office.js adapter does", () => {
    expect(cellOf("body").border).toEqual({ bottom: { style: "hair", color: { argb: "FFBFBFBF" } } });
    expect(cellOf("total").border).toEqual({ top: { style: "thin" }, bottom: { style: "double" } });
    expect(cellOf("total").font).toEqual({ name: "Calibri", bold: true });
    const header = cellOf("header");
    expect(header.font).toEqual({ name: "Calibri", bold: true, color: { argb: "FFFFFFFF" } });
    expect(header.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } });
    expect(cellOf("title").font).toEqual({
      name: "Calibri",
      bold: true,
      size: 14,
      color: { argb: "FF1F3864" },
    });
    expect(cellOf("note").font).toEqual({
      name: "Calibri",
      italic: true,
      size: 9,
      color: { argb: "FF595959" },
    });
  });
});
