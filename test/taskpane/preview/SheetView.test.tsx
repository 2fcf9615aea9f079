/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { buildSummaryPlan } from "../../../src/domain/summary/buildSummaryPlan";
import { computeSummaryNumbers } from "../../../src/domain/summary/computeSummaryNumbers";
import { inventoryLayout } from "../../../src/domain/summary/inventoryLayout";
import type { SummaryInput } from "../../../src/domain/summary/types";
import { applyPlanToMemory } from "../../../src/workbook/memory/internals/applyPlanToMemory";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { SheetView } from "../../../src/taskpane/preview/SheetView";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

function reportWorkbook(withValues: boolean): { workbook: MemoryWorkbook; input: SummaryInput } {
  const { inventory, clusters } = makeInventory(sampleRows(40));
  const input: SummaryInput = {
    inventory,
    clusters,
    inventoryRef: { kind: "table", tableName: "Prozesse", headers: inventoryLayout(inventory).headers },
    options: { stichtag: "2026-12-31", reifegradModell: "1.1" },
  };
  const workbook = new MemoryWorkbook();
  applyPlanToMemory(workbook, buildSummaryPlan(input), withValues ? computeSummaryNumbers(input) : undefined);
  return { workbook, input };
}

function show(workbook: MemoryWorkbook, sheet: string) {
  workbook.activeSheet = sheet;
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetView workbook={workbook} />
    </FluentProvider>,
  );
}

describe("SheetView of the report", () => {
  it("shows values in German number format, the formula on hover and in the formula bar", () => {
    const { workbook, input } = reportWorkbook(true);
    show(workbook, "Cluster-Übersicht");
    const numbers = computeSummaryNumbers(input);
    const texts = [...document.querySelectorAll("td")].map((td) => td.textContent ?? "");
    expect(texts.some((t) => t.startsWith("=COUNTIFS("))).toBe(false);
    expect(texts).toContain(numbers.headline);
    const formulaCell = [...document.querySelectorAll<HTMLElement>("td[title^='=COUNTIFS(']")][0];
    if (formulaCell === undefined) throw new Error("no COUNTIFS cell");
    expect(formulaCell.textContent).toMatch(/^\d{1,3}(\.\d{3})*$/);
    act(() => fireEvent.click(formulaCell));
    const bar = screen.getByRole("group", { name: "Bearbeitungsleiste" });
    expect(within(bar).getByLabelText("Inhalt").textContent).toBe(formulaCell.title);
    expect(within(bar).getByLabelText("Zelle").textContent).toBe(formulaCell.dataset.address);
    // Percentages and euros as a German Excel shows them.
    expect(texts.some((t) => /^\d{1,3},\d%$/.test(t))).toBe(true);
    expect(texts.some((t) => /^\d{1,3}(\.\d{3})* €$/.test(t))).toBe(true);
  });

  it("shows a formula without a known value as written", () => {
    const { workbook } = reportWorkbook(false);
    show(workbook, "Cluster-Übersicht");
    const texts = [...document.querySelectorAll("td")].map((td) => td.textContent ?? "");
    expect(texts.some((t) => t.startsWith("=COUNTIFS("))).toBe(true);
  });

  it("draws the charts of the sheet as accessible pictures, bars in the table's order", () => {
    const { workbook, input } = reportWorkbook(true);
    show(workbook, "Diagramme");
    const pictures = screen.getAllByRole("img");
    expect(pictures.map((p) => p.getAttribute("aria-label")?.split(":")[0])).toEqual(
      workbook.charts.map((c) => c.title),
    );
    const status = document.querySelector("figure[data-chart='Umsetzungsstand je Cluster']");
    if (status === null) throw new Error("status chart missing");
    expect(status.querySelector("figcaption")?.textContent).toBe("Umsetzungsstand je Cluster");
    const labels = [...status.querySelectorAll("svg > g > text > title")].map((t) => t.textContent);
    expect(labels).toEqual(input.clusters.map((c) => c.label));
    // A 100 % stacked bar per cluster: its segments fill the plot width (340 px) exactly.
    const bars = [...status.querySelectorAll("rect")].filter((r) => r.querySelector("title") !== null);
    const firstRowY = bars[0]?.getAttribute("y");
    const firstRow = bars.filter((r) => r.getAttribute("y") === firstRowY);
    const width = firstRow.reduce((sum, r) => sum + Number(r.getAttribute("width")), 0);
    expect(width).toBeCloseTo(340, 5);
    expect(bars[0]?.querySelector("title")?.textContent).toMatch(/^.+, nicht begonnen: \d+$/);
  });

  it("ends a count axis at a round number that the longest bar reaches", () => {
    const { workbook, input } = reportWorkbook(true);
    show(workbook, "Diagramme");
    const chart = document.querySelector("figure[data-chart='Reifegrad-Verteilung je Cluster']");
    if (chart === null) throw new Error("Reifegrad chart missing");
    const ticks = [...chart.querySelectorAll("text[text-anchor='middle']")].map((t) =>
      Number((t.textContent ?? "").replace(/\./g, "")),
    );
    const step = ticks[1]! - ticks[0]!;
    expect(ticks).toEqual([0, step, 2 * step, 3 * step, 4 * step]);
    expect(Number.isInteger(step) && step >= 1).toBe(true);
    const largest = Math.max(...input.clusters.map((c) => c.keys.length));
    expect(ticks[4]).toBeGreaterThanOrEqual(largest);
  });
});
