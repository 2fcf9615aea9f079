import { renderMessage } from "../../src/domain/messages/renderMessage";
import { applySummaryPlan } from "../../src/excel/applySummaryPlan";
import { buildSummaryPlan } from "../../src/domain/summary/buildSummaryPlan";
import { inventoryLayout } from "../../src/domain/summary/inventoryLayout";
import type { CellStyleName, SummaryPlan } from "../../src/domain/summary/types";
import { makeInventory, sampleRows } from "../support/summaryInventories";
import { makeMockContext, mockCollection } from "./mockContext";
import { countSyncs } from "./syncCounter";

/** In-memory workbook state the mock context is rebuilt from for every run (like reopening the file). */
interface FakeSheet {
  name: string;
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  charts: {
    type: string;
    source: string;
    title: string;
    colors: string[];
    categoryAxis: { reversePlotOrder?: boolean; position?: string };
  }[];
  conditionalFormats: string[];
  frozenRows?: number;
  /** Ranges set to wrap, and rows autofitted to their text. */
  wrapped?: string[];
  autofitted?: string[];
  /** Cells a page break was added before. */
  pageBreaks?: string[];
  pageLayout: Record<string, unknown>;
  /** Format properties set per range address (`font.bold`, `EdgeBottom.style`, …). */
  styles?: Record<string, Record<string, unknown>>;
}
interface FakeState {
  sheets: FakeSheet[];
  names: { name: string; value: string; visible: boolean; comment?: string }[];
  /** Makes the n-th sync (1-based) of the next run fail, like Excel in cell-edit mode. */
  failAtSync?: number;
}

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Writes a 2-D block into a sparse grid at (row, col), 0-based. */
function put(grid: unknown[][], row: number, col: number, block: unknown[][]) {
  block.forEach((line, r) => {
    const target = (grid[row + r] ??= []);
    line.forEach((value, c) => (target[col + c] = value));
  });
  for (let r = 0; r < grid.length; r += 1) grid[r] ??= [];
}

/** The sheet's formulas as Excel's used range reports them: rectangular, empty cells as "". */
function usedGrid(sheet: FakeSheet): unknown[][] {
  const rows = sheet.formulas ?? [];
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
}

function fakeRange(sheet: FakeSheet, address: string) {
  const recorder = (part: string) =>
    new Proxy<Record<string, unknown>>(
      {},
      {
        set: (_target, property, value) => {
          ((sheet.styles ??= {})[address] ??= {})[`${part}.${String(property)}`] = value;
          return true;
        },
      },
    );
  const format = {
    font: recorder("font"),
    fill: recorder("fill"),
    borders: { getItem: (edge: string) => recorder(edge) },
    columnWidth: 0,
    rowHeight: 0,
    set wrapText(on: boolean) {
      if (on) (sheet.wrapped ??= []).push(address);
    },
  };
  const block = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(address);
  const at = block === null ? null : { row: Number(block[2]) - 1, col: colNumber(block[1] ?? "A") - 1 };
  return {
    address,
    format,
    set numberFormat(v: unknown[][]) {
      if (at !== null) put((sheet.numberFormat ??= []), at.row, at.col, v);
    },
    set formulas(v: unknown[][]) {
      if (at !== null) put((sheet.formulas ??= []), at.row, at.col, v);
    },
    getEntireColumn: () => ({ format: {} }),
    getEntireRow: () => ({
      format: { autofitRows: () => (sheet.autofitted ??= []).push(address) },
    }),
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
      // Excel rewrites references to a renamed sheet in every formula.
      for (const other of state.sheets) {
        if (other.formulas === undefined) continue;
        other.formulas = other.formulas.map((row) =>
          row.map((f) => (typeof f === "string" ? f.split(`'${sheet.name}'!`).join(`'${v}'!`) : f)),
        );
      }
      sheet.name = v;
    },
    delete: () => state.sheets.splice(state.sheets.indexOf(sheet), 1),
    activate: () => undefined,
    getRange: (address: string) => fakeRange(sheet, address),
    getCell: (row: number, col: number) => fakeRange(sheet, `R${row}C${col}`),
    getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => ({
      load: () => undefined,
      get formulas() {
        return usedGrid(sheet)
          .slice(row, row + rows)
          .map((line) => line.slice(col, col + cols));
      },
    }),
    getUsedRangeOrNullObject: () => {
      const grid = usedGrid(sheet);
      return {
        isNullObject: grid.length === 0,
        rowIndex: 0,
        columnIndex: 0,
        rowCount: grid.length,
        columnCount: grid[0]?.length ?? 0,
        formulas: grid,
        load: () => undefined,
      };
    },
    freezePanes: { freezeRows: (n: number) => (sheet.frozenRows = n) },
    horizontalPageBreaks: { add: (cell: string) => (sheet.pageBreaks ??= []).push(cell) },
    pageLayout: Object.assign(sheet.pageLayout, {
      setPrintTitleRows: (rows: string) => (sheet.pageLayout.titleRows = rows),
      headersFooters: { defaultForAllPages: sheet.pageLayout },
    }),
    charts: {
      add: (type: string, source: { address: string }) => {
        const chart = {
          type,
          source: source.address,
          title: "",
          colors: [] as string[],
          categoryAxis: {} as { reversePlotOrder?: boolean; position?: string },
        };
        sheet.charts.push(chart);
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          legend: {},
          axes: { categoryAxis: chart.categoryAxis },
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
            comment: n.comment ?? "",
            delete: () => state.names.splice(state.names.indexOf(n), 1),
          })),
        ),
        add: (name: string, ref: unknown, comment?: string) => {
          if (state.names.some((n) => n.name === name)) throw new Error(`ItemAlreadyExists ${name}`);
          const value = typeof ref === "string" ? ref.slice(2, -1).replaceAll('""', '"') : "range";
          const item = { name, value, visible: true, ...(comment === undefined ? {} : { comment }) };
          state.names.push(item);
          return item;
        },
      },
    },
  });
  const syncs = countSyncs(context);
  const failAt = state.failAtSync;
  delete state.failAtSync;
  if (failAt !== undefined) {
    const counted = context.sync.bind(context);
    context.sync = async () => {
      if (syncs.count + 1 === failAt)
        throw Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });
      return counted();
    };
  }
  return { context, syncs };
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

/** All format properties set on ranges (`A1:C3` addresses) that cover the cell. */
function stylesAt(sheet: FakeSheet | undefined, row: number, col: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [address, sets] of Object.entries(sheet?.styles ?? {})) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(address);
    if (m === null) continue;
    const [r1, r2] = [Number(m[2]), Number(m[4])];
    const [c1, c2] = [colNumber(m[1] ?? ""), colNumber(m[3] ?? "")];
    if (row >= r1 && row <= r2 && col >= c1 && col <= c2) Object.assign(out, sets);
  }
  return out;
}

describe("applySummaryPlan (Office.js)", () => {
  it("styles cells from the domain's palette, with the ExcelJS adapter's borders", async () => {
    const state = inventoryState();
    const { context } = contextFor(state);
    const plan = samplePlan(true);
    await applySummaryPlan(context, plan, { supports: all });
    const cellOf = (style: CellStyleName) => {
      const sheetPlan = plan.sheets.find((p) => p.cells.some((c) => c.style === style));
      const cell = sheetPlan?.cells.find((c) => c.style === style);
      return { sheet: state.sheets.find((s) => s.name === sheetPlan?.name), cell };
    };
    const body = cellOf("body");
    const hair = { style: "Continuous", weight: "Hairline", color: "#BFBFBF" };
    const bodySets = stylesAt(body.sheet, body.cell?.row ?? 0, body.cell?.col ?? 0);
    // A block of body rows also draws the hair lines between its rows.
    for (const [key, value] of Object.entries(bodySets)) {
      const [edge, property] = key.split(".");
      expect(["EdgeBottom", "InsideHorizontal"]).toContain(edge);
      expect(hair[property as keyof typeof hair]).toBe(value);
    }
    expect(Object.keys(bodySets)).toEqual(
      expect.arrayContaining(Object.keys(hair).map((k) => `EdgeBottom.${k}`)),
    );
    const total = cellOf("total");
    expect(stylesAt(total.sheet, total.cell?.row ?? 0, total.cell?.col ?? 0)).toEqual({
      "font.bold": true,
      "EdgeTop.style": "Continuous",
      "EdgeTop.weight": "Thin",
      "EdgeBottom.style": "Double",
    });
    const header = cellOf("header");
    expect(stylesAt(header.sheet, header.cell?.row ?? 0, header.cell?.col ?? 0)).toEqual({
      "font.bold": true,
      "font.color": "#FFFFFF",
      "fill.color": "#1F4E79",
    });
    // Annex body rows go in blocks, not one request per row.
    const annexPlan = plan.sheets.find((p) => /^C\d\d/.test(p.name));
    const annex = state.sheets.find((s) => s.name === annexPlan?.name);
    const bodyRows = new Set(annexPlan?.cells.filter((c) => c.style === "body").map((c) => c.row));
    const blocks = Object.values(annex?.styles ?? {}).filter((sets) => "EdgeBottom.weight" in sets);
    expect(bodyRows.size).toBeGreaterThan(2);
    expect(blocks.length).toBeLessThan(bodyRows.size);
  });

  it("writes formulas in English without _xlfn, charts, names and page layout in at most 6 syncs", async () => {
    const state = inventoryState();
    const { context, syncs } = contextFor(state);
    const result = await applySummaryPlan(context, samplePlan(true), { supports: all });

    expect(syncs.count).toBeLessThanOrEqual(6);
    expect(state.sheets.some((s) => s.name.startsWith("PC~neu~"))).toBe(false);
    const charts = state.sheets.find((s) => s.name === "Diagramme");
    expect((charts?.formulas ?? []).flat().some((f) => String(f).includes("'Cluster-Übersicht'!"))).toBe(
      true,
    );
    const overview = state.sheets.find((s) => s.name === "Cluster-Übersicht");
    const flat = (overview?.formulas ?? []).flat().map(String);
    expect(flat).toContain("=COUNTIFS(Prozesse[[Cluster]],$A11)");
    expect(flat.some((f) => f.includes("MINIFS(") && !f.includes("_xlfn"))).toBe(true);
    expect(flat.some((f) => f.startsWith("=") && f.includes("Stichtag"))).toBe(true);
    const allCharts = state.sheets.flatMap((s) => s.charts);
    expect(allCharts.map((c) => c.type)).toEqual(["BarStacked100", "BarStacked", "ColumnClustered"]);
    expect(allCharts[0]?.title).toBe("Umsetzungsstand je Cluster");
    expect(allCharts[0]?.colors).toHaveLength(7);
    // Horizontal bars read in the table's order (reversed category axis, value axis at the bottom).
    expect(allCharts.map((c) => c.categoryAxis)).toEqual([
      { reversePlotOrder: true, position: "Maximum" },
      { reversePlotOrder: true, position: "Maximum" },
      {},
    ]);
    expect(overview?.conditionalFormats.length).toBeGreaterThanOrEqual(3);
    expect(overview?.frozenRows).toBe(10);
    // Long cluster names wrap and their rows grow, in the overview and on the annex sheets.
    expect(overview?.wrapped).toContainEqual(expect.stringMatching(/^A11:A\d+$/));
    expect(overview?.autofitted).toHaveLength(1);
    // Each chart block on one page: the chart sheet breaks before the blocks that would run over.
    expect(charts?.pageBreaks?.length).toBeGreaterThanOrEqual(1);
    expect(
      state.sheets.filter((s) => s.name.startsWith("C0")).every((s) => (s.wrapped ?? []).length > 0),
    ).toBe(true);
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
    expect(renderMessage(result.notices[0] ?? { code: "common.list" }, "de")).toMatch(/Seitenlayout/);
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
    expect(second.syncs.count).toBeLessThanOrEqual(8);
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
    expect(result.notices.map((n) => renderMessage(n, "de")).join(" ")).toMatch(/gesichert/);
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

  it("a run that fails midway leaves the previous report, its names and checksums as they were", async () => {
    const state = inventoryState();
    await applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all });
    const before = JSON.stringify(state.sheets.map((s) => [s.name, s.formulas]));
    const names = JSON.stringify(state.names);
    for (const failAt of [2, 3, 4, 5, 6]) {
      state.failAtSync = failAt;
      await expect(
        applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all }),
      ).rejects.toThrow();
      const live = state.sheets.filter((s) => !s.name.startsWith("PC~neu~"));
      expect(JSON.stringify(live.map((s) => [s.name, s.formulas]))).toBe(before);
      expect(JSON.stringify(state.names)).toBe(names);
    }
    // The next run replaces the report (no "(Sicherung)") and removes the leftover temporary sheets.
    const result = await applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all });
    expect(result.backups).toEqual([]);
    expect(state.sheets.some((s) => s.name.startsWith("PC~neu~"))).toBe(false);
    expect(JSON.stringify(state.sheets.map((s) => [s.name, s.formulas]))).toBe(before);
  });

  it("never deletes a user's own workbook names Stichtag / Schwelle_*; replaces its own", async () => {
    const state = inventoryState();
    state.names.push({ name: "Stichtag", value: "=Prozessinventar!$Z$1", visible: true });
    const result = await applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all });
    expect(state.names.find((n) => n.name === "Stichtag")).toEqual({
      name: "Stichtag",
      value: "=Prozessinventar!$Z$1",
      visible: true,
    });
    expect(result.notices.map((n) => renderMessage(n, "de")).join(" ")).toMatch(/eigene Namen „Stichtag“/);
    const own = state.names.find((n) => n.name === "Schwelle_Gruen");
    expect(own?.comment).toBe("Prozesscluster");
    await applySummaryPlan(contextFor(state).context, samplePlan(), { supports: all });
    expect(state.names.filter((n) => n.name === "Schwelle_Gruen")).toHaveLength(1);
  });
});
