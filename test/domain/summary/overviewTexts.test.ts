import { buildSummaryPlan } from "../../../src/domain/summary/buildSummaryPlan";
import { ampelRuleText } from "../../../src/domain/summary/internals/overviewColumns";
import { bereichColumnHeader, inventoryLayout } from "../../../src/domain/summary/inventoryLayout";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

describe("the Bereich column of the inventory", () => {
  const { inventory } = makeInventory(sampleRows(4));

  it("is appended as 'Bereich' right after an appended Cluster column", () => {
    const layout = inventoryLayout(inventory);
    expect(layout.headers[layout.clusterIndex]).toBe("Cluster");
    expect(layout.bereichIndex).toBe(layout.clusterIndex + 1);
    expect(layout.headers[layout.bereichIndex]).toBe("Bereich");
  });

  it("never takes over a user's own 'Bereich' column that has a meaning of its own", () => {
    const own = {
      ...inventory,
      headers: [...inventory.headers, "Bereich"],
      columns: [
        ...inventory.columns,
        { header: "Bereich", index: inventory.headers.length, role: "fachbereich" as const, confidence: 0.8 },
      ],
    };
    expect(bereichColumnHeader(own)).toBe("Bereich (Übersicht)");
    const layout = inventoryLayout(own);
    expect(layout.bereichIndex).not.toBe(inventory.headers.length);
    expect(layout.headers[layout.bereichIndex]).toBe("Bereich (Übersicht)");
  });

  it("reuses a 'Bereich' column without a role (the add-in wrote it before)", () => {
    const again = {
      ...inventory,
      headers: [...inventory.headers, "Bereich"],
      columns: [
        ...inventory.columns,
        { header: "Bereich", index: inventory.headers.length, role: null, confidence: 0 },
      ],
    };
    expect(bereichColumnHeader(again)).toBe("Bereich");
    expect(inventoryLayout(again).bereichIndex).toBe(inventory.headers.length);
  });
});

describe("the Ampel rule text", () => {
  it("names only criteria the inventory's columns allow", () => {
    const has = (roles: string[]) => (role: string) => roles.includes(role);
    expect(ampelRuleText(has(["status", "reifegrad", "termin"]), "31.12.2026")).toBe(
      "rot: mindestens ein Prozess überfällig oder Anteil „nicht begonnen“ ≥ Schwelle rot; grün: Online-Quote oder Anteil OZG-konform ≥ Schwelle grün; sonst gelb. Stand 31.12.2026.",
    );
    const noDate = ampelRuleText(has(["status"]), "31.12.2026");
    expect(noDate).not.toContain("überfällig");
    expect(noDate).not.toContain("OZG-konform");
    expect(ampelRuleText(has([]), "31.12.2026")).toMatch(/^keine Ampel/);
  });
});

describe("charts with many clusters", () => {
  it("show at most 25 categories: the largest 24 in the table's order, then the rest as one bar", () => {
    const rows = sampleRows(120).map((r, i) => ({
      ...r,
      cluster: `Cluster ${String(i % 40).padStart(2, "0")}`,
    }));
    const { inventory, clusters } = makeInventory(rows);
    const plan = buildSummaryPlan({
      inventory,
      clusters,
      inventoryRef: { kind: "table", tableName: "Prozesse", headers: inventoryLayout(inventory).headers },
      options: { stichtag: "2026-12-31", reifegradModell: "1.1" },
    });
    expect(clusters.length).toBe(40);
    expect(plan.charts.length).toBeGreaterThan(0);
    const data = plan.sheets.find((s) => s.name === "Diagramme");
    for (const chart of plan.charts) {
      expect(chart.lastRow - chart.firstRow + 1).toBeLessThanOrEqual(25);
      const labels = (data?.cells ?? [])
        .filter((c) => c.col === 1 && c.row >= chart.firstRow && c.row <= chart.lastRow)
        .map((c) => (c.value.kind === "text" ? c.value.text : ""));
      expect(labels.at(-1)).toBe("übrige 16 Cluster");
      const shownOrder = labels.slice(0, -1).map((l) => clusters.findIndex((c) => c.label === l));
      expect(shownOrder).toEqual([...shownOrder].sort((a, b) => a - b));
    }
  });
});
