import { renderMessage } from "../../../src/domain/messages/renderMessage";
import fc from "fast-check";
import { buildSummaryPlan } from "../../../src/domain/summary/buildSummaryPlan";
import { computeSummaryNumbers } from "../../../src/domain/summary/computeSummaryNumbers";
import { inventoryLayout } from "../../../src/domain/summary/inventoryLayout";
import type { SummaryInput, SummaryOptions } from "../../../src/domain/summary/types";
import { uniqueClusterLabels } from "../../../src/domain/summary/uniqueClusterLabels";
import { groupPageBreaks, SURE_ROWS_PER_PAGE } from "../../../src/domain/summary/internals/printSetup";
import { makeInventory, sampleRows, type RowSpec } from "../../support/summaryInventories";

const options: SummaryOptions = { stichtag: "2025-12-31", reifegradModell: "1.1" };

function input(rows: RowSpec[], roles?: Parameters<typeof makeInventory>[1]): SummaryInput {
  const { inventory, clusters } = makeInventory(rows, roles);
  return {
    inventory,
    clusters,
    options,
    inventoryRef: { kind: "table", tableName: "Prozesse", headers: inventoryLayout(inventory).headers },
  };
}

const overviewHeaders = (i: SummaryInput): string[] =>
  buildSummaryPlan(i)
    .sheets[0]?.cells.filter((c) => c.row === 10 && c.value.kind === "text")
    .map((c) => (c.value.kind === "text" ? c.value.text : "")) ?? [];

describe("buildSummaryPlan", () => {
  it("writes one formula row per cluster plus totals, with structured references and named cells", () => {
    const plan = buildSummaryPlan(input(sampleRows(20)));
    const overview = plan.sheets[0];
    expect(overview?.name).toBe("Cluster-Übersicht");
    const countCells = overview?.cells.filter((c) => c.meaning?.metric === "anzahl") ?? [];
    expect(countCells).toHaveLength(6);
    expect(countCells[0]?.value).toEqual({ kind: "formula", formula: "COUNTIFS(Prozesse[[Cluster]],$A11)" });
    expect(countCells[5]?.value).toEqual({ kind: "formula", formula: 'COUNTIFS(Prozesse[[Cluster]],"<>")' });
    expect(plan.names.map((n) => n.name)).toEqual(["Stichtag", "Schwelle_Gruen", "Schwelle_Rot"]);
    expect(plan.charts.map((c) => c.type)).toEqual(["barPercentStacked", "barStacked", "columnClustered"]);
    expect(overview?.print).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      titleRows: { first: 10, last: 10 },
    });
  });

  it("with Bereiche: page 1 one row per Bereich, then a new page with the clusters under their subtotals", () => {
    const base = input(sampleRows(40));
    const names = ["Ordnung", "Soziales", "Ordnung", "Bau*", "Soziales"];
    const summary: SummaryInput = {
      ...base,
      clusters: base.clusters.map((c, i) => ({ ...c, bereich: names[i % names.length] ?? "" })),
    };
    const plan = buildSummaryPlan(summary);
    const overview = plan.sheets[0];
    const textAt = (row: number): string | undefined => {
      const cell = overview?.cells.find((c) => c.row === row && c.col === 1);
      return cell?.value.kind === "text" ? cell.value.text : undefined;
    };
    const countAt = (row: number) =>
      overview?.cells.find((c) => c.row === row && c.meaning?.metric === "anzahl");
    // Page 1: header, Ordnung, Soziales, Bau* (first-appearance order), Summe.
    expect([10, 11, 12, 13, 14].map(textAt)).toEqual(["Bereich", "Ordnung", "Soziales", "Bau*", "Summe"]);
    expect(countAt(11)?.value).toEqual({ kind: "formula", formula: "COUNTIFS(Prozesse[[Bereich]],$A11)" });
    expect(countAt(13)?.value).toEqual({
      kind: "formula",
      formula: 'COUNTIFS(Prozesse[[Bereich]],"=Bau~*")',
    });
    expect(countAt(11)?.meaning).toEqual({ metric: "anzahl", cluster: null, bereich: 0 });
    // The cluster table starts a printed page; its header repeats on the pages after.
    const tableRow = 18;
    expect(textAt(tableRow)).toBe("Bereich / Cluster");
    expect(overview?.print.rowBreaks).toEqual([tableRow]);
    expect(overview?.print.titleRows).toEqual({ first: tableRow, last: tableRow });
    // Each Bereich's subtotal row, then its clusters; every cluster exactly once.
    const tableRows = (overview?.cells ?? []).filter(
      (c) => c.row > tableRow && c.meaning?.metric === "anzahl",
    );
    const order = tableRows.map((c) =>
      c.meaning?.bereich !== undefined ? `B${c.meaning.bereich}` : c.meaning?.cluster,
    );
    expect(order[0]).toBe("B0");
    expect(order.filter((o) => typeof o === "number").sort((a, b) => Number(a) - Number(b))).toEqual(
      summary.clusters.map((_, i) => i),
    );
    expect(order.filter((o) => typeof o === "string")).toEqual(["B0", "B1", "B2"]);
    // The headline counts Bereiche and clusters live, without counting the subtotal rows as clusters.
    const headline = overview?.cells.find((c) => c.meaning?.metric === "headline");
    expect(headline?.value.kind === "formula" ? headline.value.formula : "").toContain(
      'COUNTIF(B11:B13,">0")',
    );
    expect(computeSummaryNumbers(summary).headline).toMatch(/ Teilprozesse → 3 Bereiche, \d+ Cluster$/);
    expect(computeSummaryNumbers(summary).bereiche).toHaveLength(3);
    // The charts show one bar per Bereich, as page 1 does, in its order.
    expect(plan.charts.map((c) => c.lastRow - c.firstRow + 1)).toEqual([3, 3, 3]);
    const chartSheet = plan.sheets.find((sh) => sh.name === "Diagramme");
    const firstChart = plan.charts[0];
    const bars = chartSheet?.cells.filter(
      (c) =>
        c.col === 1 &&
        firstChart !== undefined &&
        c.row >= firstChart.firstRow &&
        c.row <= firstChart.lastRow,
    );
    expect(bars?.map((c) => (c.value.kind === "text" ? c.value.text : ""))).toEqual([
      "Ordnung",
      "Soziales",
      "Bau*",
    ]);
    expect(plan.charts[0]?.title).toBe("Umsetzungsstand je Bereich");
  });

  it("keeps each chart and its table on one printed page (a page break before a block that would run over)", () => {
    const plan = buildSummaryPlan(
      input(sampleRows(120).map((r, i) => ({ ...r, cluster: `Cluster ${i % 30}` }))),
    );
    const sheet = plan.sheets.find((s) => s.name === "Diagramme");
    const breaks = sheet?.print.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    for (const chart of plan.charts) {
      const { fromRow, toRow } = chart.placement;
      expect(breaks.filter((b) => b > fromRow && b <= Math.max(toRow, chart.lastRow + 1))).toEqual([]);
    }
  });

  it("never ends a printed page with a Bereich's subtotal row: its clusters stay on its page", () => {
    const base = input(
      sampleRows(200).map((r, i) => ({ ...r, cluster: `Cluster ${String(i % 60).padStart(2, "0")}` })),
    );
    const summary: SummaryInput = {
      ...base,
      clusters: base.clusters.map((c, i) => ({ ...c, bereich: `Bereich ${Math.floor(i / 5)}` })),
    };
    const overview = buildSummaryPlan(summary).sheets[0];
    const breaks = overview?.print.rowBreaks ?? [];
    const tableRow = overview?.print.titleRows?.first ?? 0;
    const subtotalRows = new Set(
      (overview?.cells ?? [])
        .filter((c) => c.row > tableRow && c.meaning?.metric === "anzahl" && c.meaning.bereich !== undefined)
        .map((c) => c.row),
    );
    // 12 Bereiche of 6 rows in a table of 72 rows: more than one page, every break before a subtotal.
    expect(breaks[0]).toBe(tableRow);
    expect(breaks.length).toBeGreaterThan(2);
    for (const b of breaks.slice(1)) expect(subtotalRows.has(b)).toBe(true);
    // Each page (from a break to the next) surely fits.
    const pages = [...breaks, Math.max(...subtotalRows) + 6];
    for (let k = 1; k < pages.length - 1; k++)
      expect((pages[k + 1] ?? 0) - (pages[k] ?? 0)).toBeLessThanOrEqual(SURE_ROWS_PER_PAGE);
  });

  it("groupPageBreaks fills a page with whole groups, a group longer than a page starts one", () => {
    // Groups at rows 1, 11, 21, 26 (sizes 10, 10, 5, 20 up to row 45), pages of 24 rows.
    expect(groupPageBreaks([1, 11, 21, 26], 45, 24)).toEqual([21, 26]);
    expect(groupPageBreaks([1], 100, 24)).toEqual([]);
    // A group that fills its page to the last row: the next one breaks explicitly.
    expect(groupPageBreaks([1, 25], 30, 24)).toEqual([25]);
    expect(groupPageBreaks([], 10, 24)).toEqual([]);
  });

  it("escapes labels COUNTIFS would read as wildcard or operator", () => {
    const plan = buildSummaryPlan(input(sampleRows(10)));
    const formulas =
      plan.sheets[0]?.cells.flatMap((c) =>
        c.value.kind === "formula" && c.meaning?.metric === "anzahl" ? [c.value.formula] : [],
      ) ?? [];
    expect(formulas).toContain('COUNTIFS(Prozesse[[Cluster]],"=Bauen~* & Wohnen")');
    expect(formulas).toContain('COUNTIFS(Prozesse[[Cluster]],"=<Sonstige Leistungen>")');
  });

  it("leaves out columns whose source column is absent instead of filling zeros", () => {
    expect(overviewHeaders(input(sampleRows(6), ["name", "status"]))).toEqual([
      "Cluster",
      "Anzahl Prozesse",
      "davon online",
      "Online-Quote",
      "Ampel",
    ]);
    expect(overviewHeaders(input(sampleRows(6), ["name"]))).toEqual(["Cluster", "Anzahl Prozesse"]);
    const noStatus = buildSummaryPlan(input(sampleRows(6), ["name", "reifegrad"]));
    expect(noStatus.charts.map((c) => c.type)).toEqual(["barStacked"]);
    // Names only: no status, Reifegrad or case numbers, yet the chart page is not empty.
    const namesOnly = buildSummaryPlan(input(sampleRows(6), ["name"]));
    expect(namesOnly.charts.map((c) => c.title)).toEqual(["Anzahl Prozesse je Cluster"]);
    // Case numbers without online cases: the cases chart shows them alone.
    const casesOnly = buildSummaryPlan(input(sampleRows(6), ["name", "fallzahl"]));
    expect(casesOnly.charts.map((c) => [c.title, c.type])).toEqual([
      ["Fallzahlen p.\u00A0a. je Cluster", "columnClustered"],
    ]);
  });

  it("uses absolute ranges for a plain-range inventory and a header and footer for the committee", () => {
    const i = input(sampleRows(6));
    const plan = buildSummaryPlan({
      ...i,
      options: { ...options, drucksache: "2026/08 & 09" },
      inventoryRef: { kind: "range", sheetName: "Prozessinventar", firstRow: 2, lastRow: 7, firstColumn: 0 },
    });
    const anzahl = plan.sheets[0]?.cells.find((c) => c.meaning?.metric === "anzahl");
    expect(anzahl?.value).toEqual({ kind: "formula", formula: "COUNTIFS('Prozessinventar'!$L$2:$L$7,$A11)" });
    expect(plan.sheets[0]?.print.centerHeader).toBe("Anlage zu Drucksache Nr. 2026/08 && 09");
    expect(plan.sheets[0]?.print.centerFooter).toBe("Stand: 31.12.2025 – Seite &P von &N");
  });

  it("never turns user text into a formula", () => {
    const plan = buildSummaryPlan({
      ...input(sampleRows(5)),
      clusters: [{ label: "=SUMME(A1)", keys: ["P-001"] }],
      options: { ...options, sheets: { details: true } },
    });
    const labelCells = plan.sheets
      .flatMap((s) => s.cells)
      .filter((c) => c.value.kind === "text" && c.value.text.startsWith("="));
    expect(labelCells.length).toBeGreaterThanOrEqual(2);
    for (const c of labelCells) expect(c.numberFormat).toBe("@");
  });

  it("rejects duplicate labels (ignoring case) and invalid dates with German messages", () => {
    const i = input(sampleRows(4));
    expect(() =>
      buildSummaryPlan({
        ...i,
        clusters: [
          { label: "Kfz", keys: [] },
          { label: "KFZ", keys: [] },
        ],
      }),
    ).toThrow(/mehrfach/);
    expect(() => buildSummaryPlan({ ...i, options: { ...options, stichtag: "2025-02-30" } })).toThrow(
      RangeError,
    );
    expect(
      uniqueClusterLabels([
        { label: "Kfz", keys: [] },
        { label: "KFZ ", keys: [] },
        { label: " ", keys: [] },
      ]).map((c) => c.label),
    ).toEqual(["Kfz", "KFZ (2)", "Cluster 3"]);
  });

  it("notices statuses the formulas do not recognise", () => {
    const plan = buildSummaryPlan(input([{ name: "a", cluster: "A", statusRaw: "läuft" }]));
    expect(plan.notices.map((n) => renderMessage(n, "de")).join(" ")).toMatch(/„läuft“/);
  });

  it("property: counts equal cluster sizes, totals equal their sum, status buckets add up", () => {
    const statuses = [
      "nicht begonnen",
      "in Planung",
      "in Umsetzung",
      "Pilot",
      "online",
      "zurückgestellt",
    ] as const;
    const row = fc.record({
      cluster: fc.constantFrom("A", "B*", "<C>", "d"),
      status: fc.option(fc.constantFrom(...statuses), { nil: undefined }),
      reifegrad: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      fallzahl: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (specs) => {
        const rows: RowSpec[] = specs.map((s, i) => ({
          name: `P${i}`,
          cluster: s.cluster,
          ...(s.status === undefined ? {} : { status: s.status }),
          ...(s.reifegrad === undefined ? {} : { reifegrad: s.reifegrad }),
          ...(s.fallzahl === undefined ? {} : { fallzahl: s.fallzahl }),
        }));
        const { inventory, clusters } = makeInventory(rows);
        const numbers = computeSummaryNumbers({ inventory, clusters, options });
        clusters.forEach((c, i) => {
          const n = numbers.clusters[i] ?? {};
          expect(n.anzahl).toBe(c.keys.length);
          const buckets = [...statuses, "sonstige" as const].reduce(
            (a, s) => a + ((n[`status:${s}`] as number) ?? 0),
            0,
          );
          expect(buckets).toBe(c.keys.length);
        });
        expect(numbers.total.anzahl).toBe(rows.length);
        expect(numbers.total.fallzahl).toBe(rows.reduce((a, r) => a + (r.fallzahl ?? 0), 0));
      }),
    );
  });
});
