import { applySummaryPlan } from "../../src/excel/applySummaryPlan";
import { buildSummaryPlan } from "../../src/domain/summary/buildSummaryPlan";
import { inventoryLayout } from "../../src/domain/summary/inventoryLayout";
import type { SummaryPlan } from "../../src/domain/summary/types";
import { makeInventory, sampleRows } from "../support/summaryInventories";
import { makeMockContext, mockCollection } from "./mockContext";
import { countSyncs } from "./syncCounter";

/** In-memory workbook state the mock context is rebuilt from for every run (like reopening the file). */
interface FakeSheet {
  name: string;
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  charts: { type: string; source: string; title: string; colors: string[] }[];
  conditionalFormats: string[];
  frozenRows?: number;
  pageLayout: Record<string, unknown>;
}
interface FakeState {
  sheets: FakeSheet[];
  names: { name: string; value: string; visible: boolean }[];
}

function fakeRange(sheet: FakeSheet, address: string) {
  const format = { font: {}, fill: {}, borders: { getItem: () => ({}) }, columnWidth: 0, rowHeight: 0 };
  return {
    address,
    format,
    set numberFormat(v: unknown[][]) {
      if (address.startsWith("A1:")) sheet.numberFormat = v;
    },
    set formulas(v: unknown[][]) {
      if (address.startsWith("A1:")) sheet.formulas = v;
    },
    getEntireColumn: () => ({ format: {} }),
    getEntireRow: () => ({ format: {} }),
    conditionalFormats: {
      add: (type: string) => {
        const cf = { custom: { rule: { formula: "" }, format: { fill: {}, font: {} } } };
        sheet.conditionalFormats.push(type);
        return cf;
      },
    },
  };
}

function fakeSheetApi(state: FakeState, sheet: FakeSheet) {
  return {
    get name() {
      return sheet.name;
    },
    set name(v: string) {
      sheet.name = v;
    },
    delete: () => state.sheets.splice(state.sheets.indexOf(sheet), 1),
    activate: () => undefined,
    getRange: (address: string) => fakeRange(sheet, address),
    getCell: (row: number, col: number) => fakeRange(sheet, `R${row}C${col}`),
    getUsedRangeOrNullObject: () => ({
      isNullObject: sheet.formulas === undefined,
      formulas: sheet.formulas,
      load: () => undefined,
    }),
    freezePanes: { freezeRows: (n: number) => (sheet.frozenRows = n) },
    pageLayout: Object.assign(sheet.pageLayout, {
      setPrintTitleRows: (rows: string) => (sheet.pageLayout.titleRows = rows),
      headersFooters: { defaultForAllPages: sheet.pageLayout },
    }),
    charts: {
      add: (type: string, source: { address: string }) => {
        const chart = { type, source: source.address, title: "", colors: [] as string[] };
        sheet.charts.push(chart);
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          legend: {},
          setPosition: () => undefined,
          series: {
            getItemAt: () => ({ format: { fill: { setSolidColor: (c: string) => chart.colors.push(c) } } }),
          },
        };
      },
    },
  };
}

function contextFor(state: FakeState) {
  const { context } = makeMockContext({
    workbook: {
      worksheets: {
        ...mockCollection(state.sheets.map((s) => ({ name: s.name }))),
        getItem: (name: string) => {
          const sheet = state.sheets.find((s) => s.name === name);
          if (sheet === undefined) throw new Error(`ItemNotFound ${name}`);
          return fakeSheetApi(state, sheet);
        },
        add: (name: string) => {
          if (state.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists ${name}`);
          const sheet: FakeSheet = { name, charts: [], conditionalFormats: [], pageLayout: {} };
          state.sheets.push(sheet);
          return fakeSheetApi(state, sheet);
        },
      },
      names: {
        ...mockCollection(
          state.names.map((n) => ({
            name: n.name,
            value: n.value,
            delete: () => state.names.splice(state.names.indexOf(n), 1),
          })),
        ),
        add: (name: string, ref: unknown) => {
          if (state.names.some((n) => n.name === name)) throw new Error(`ItemAlreadyExists ${name}`);
          const value = typeof ref === "string" ? ref.slice(2, -1).replaceAll('""', '"') : "range";
          const item = { name, value, visible: true };
          state.names.push(item);
          return item;
        },
      },
    },
  });
  return { context, syncs: countSyncs(context) };
}

const inventoryState = (): FakeState => ({
  sheets: [
    { name: "Prozessinventar", charts: [], conditionalFormats: [], pageLayout: {}, formulas: [["Leistung"]] },
  ],
  names: [],
});

function samplePlan(details = false): SummaryPlan {
  const { inventory, clusters } = makeInventory(sampleRows(40));
  return buildSummaryPlan({
    inventory,
    clusters: [...clusters, { label: "=HYPERLINK(1)", keys: [] }],
    options: { stichtag: "2025-12-31", reifegradModell: "1.1", drucksache: "2026/0815", sheets: { details } },
    inventoryRef: { kind: "table", tableName: "Prozesse", headers: inventoryLayout(inventory).headers },
  });
}
const all = () => true;

describe("applySummaryPlan (Office.js)", () => {
  it("writes formulas in English without _xlfn, charts, names and page layout in at most 6 syncs", async () => {
    const state = inventoryState();
    const { context, syncs } = contextFor(state);
    const result = await applySummaryPlan(context, samplePlan(true), { supports: all });

    expect(syncs.count).toBeLessThanOrEqual(6);
    const overview = state.sheets.find((s) => s.name === "Cluster-Übersicht");
    const flat = (overview?.formulas ?? []).flat().map(String);
    expect(flat).toContain("=COUNTIFS(Prozesse[[Cluster]],$A11)");
    expect(flat.some((f) => f.includes("MINIFS(") && !f.includes("_xlfn"))).toBe(true);
    expect(flat.some((f) => f.startsWith("=") && f.includes("Stichtag"))).toBe(true);
    const charts = state.sheets.flatMap((s) => s.charts);
    expect(charts.map((c) => c.type)).toEqual(["BarStacked100", "BarStacked", "ColumnClustered"]);
    expect(charts[0]?.title).toBe("Umsetzungsstand je Cluster");
    expect(charts[0]?.colors).toHaveLength(7);
    expect(overview?.conditionalFormats.length).toBeGreaterThanOrEqual(3);
    expect(overview?.frozenRows).toBe(10);
    expect(overview?.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: "$10:$10",
    });
    expect(overview?.pageLayout.centerFooter).toBe("Stand: 31.12.2025 – Seite &P von &N");
    expect(state.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["Stichtag", "Schwelle_Gruen", "Schwelle_Rot"]),
    );
    expect(state.sheets.filter((s) => /^C\d\d/.test(s.name)).length).toBe(6);
    expect(result.backups).toEqual([]);
  });

  it("keeps a label that looks like a formula as text (text format)", async () => {
    const state = inventoryState();
    const { context } = contextFor(state);
    await applySummaryPlan(context, samplePlan(), { supports: all });
    const overview = state.sheets.find((s) => s.name === "Cluster-Übersicht");
    const row = overview?.formulas?.findIndex((r) => r[0] === "=HYPERLINK(1)") ?? -1;
    expect(row).toBeGreaterThan(0);
    expect(overview?.numberFormat?.[row]?.[0]).toBe("@");
  });

  it("skips the page layout with a German notice on ExcelApi 1.7", async () => {
    const state = inventoryState();
    const { context, syncs } = contextFor(state);
    const result = await applySummaryPlan(context, samplePlan(), { supports: (v) => v !== "1.9" });
    expect(result.notices[0]).toMatch(/Seitenlayout/);
    expect(state.sheets.find((s) => s.name === "Cluster-Übersicht")?.pageLayout.orientation).toBeUndefined();
    expect(syncs.count).toBeLessThanOrEqual(6);
  });

  it("re-running replaces its own sheets: same sheets, same content, no duplicates, no backups", async () => {
    const state = inventoryState();
    await applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all });
    const first = JSON.stringify(state.sheets.map((s) => [s.name, s.formulas, s.charts]));
    const second = contextFor(state);
    const result = await applySummaryPlan(second.context, samplePlan(), { supports: all });
    expect(JSON.stringify(state.sheets.map((s) => [s.name, s.formulas, s.charts]))).toBe(first);
    expect(result.backups).toEqual([]);
    expect(state.names.filter((n) => n.name === "Stichtag")).toHaveLength(1);
    expect(second.syncs.count).toBe(5);
  });

  it("keeps a sheet a user edited as a backup instead of overwriting it", async () => {
    const state = inventoryState();
    await applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all });
    const overview = state.sheets.find((s) => s.name === "Cluster-Übersicht");
    overview?.formulas?.push(["Notiz der Kämmerei"]);
    const result = await applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all });
    expect(result.backups).toEqual(["Cluster-Übersicht (Sicherung)"]);
    expect(state.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Cluster-Übersicht (Sicherung)",
        "Cluster-Übersicht",
        "Diagramme",
        "Prozessinventar",
      ]),
    );
    expect(state.sheets.find((s) => s.name === "Cluster-Übersicht (Sicherung)")?.formulas?.at(-1)).toEqual([
      "Notiz der Kämmerei",
    ]);
    expect(result.notices.join(" ")).toMatch(/gesichert/);
  });

  it("treats a same-named sheet it did not write as user content", async () => {
    const state = inventoryState();
    state.sheets.push({
      name: "Diagramme",
      charts: [],
      conditionalFormats: [],
      pageLayout: {},
      formulas: [["eigene Grafik"]],
    });
    const result = await applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all });
    expect(result.backups).toEqual(["Diagramme (Sicherung)"]);
  });
});
