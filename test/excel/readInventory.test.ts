/**
 * readInventory against Microsoft's own office.js runtime (scripts/internals/officeRecorder.ts): the
 * real proxies serialize every request, a read-only workbook model answers the queries, and Excel on
 * the web's 5 MB limits are enforced per request and per response.
 */
import { readInventory } from "../../src/excel/readInventory";
import { recordingContext } from "../../scripts/internals/officeRecorder";
import {
  workbookResponder,
  type ModelSheet,
  type WorkbookModel,
} from "../../scripts/internals/workbookResponder";

const FIVE_MB = 5 * 1024 * 1024;

const inventoryRows = (n: number, width = 3): (string | number)[][] => [
  ["ID", "Leistung", "Status", ...Array.from({ length: width - 3 }, (_, c) => `Spalte ${c + 4}`)],
  ...Array.from({ length: n }, (_, i) => [
    `P${i + 1}`,
    `Leistung ${i + 1}`,
    "online",
    ...Array.from({ length: width - 3 }, (_, c) => `Wert ${i}-${c}`),
  ]),
];

function run(model: WorkbookModel, options: Parameters<typeof readInventory>[1] = {}) {
  const recorded = recordingContext(workbookResponder(model), { request: FIVE_MB, response: FIVE_MB });
  return { ...recorded, read: () => readInventory(recorded.context, options) };
}

const sheet = (cells: (string | number)[][], extra: Partial<ModelSheet> = {}): ModelSheet => ({
  name: "Prozessinventar",
  cells,
  ...extra,
});

describe("readInventory (real office.js runtime)", () => {
  it("reads a used range in three syncs and reports the user's row numbers", async () => {
    const cells = [[], [], ...inventoryRows(4)];
    const { read } = run({ activeSheet: "Prozessinventar", sheets: [sheet(cells)] });
    const result = await read();
    expect(result?.source).toBe("usedRange");
    expect(result?.syncs).toBe(3);
    expect(result?.grid.firstRow).toBe(3);
    expect(result?.grid.values[1]).toEqual(["P1", "Leistung 1", "online"]);
    expect(result?.address).toBe("Prozessinventar!A3:C7");
  });

  it("uses the active sheet's only table, and the selected one when there are several", async () => {
    const tables = [
      { name: "Alt", row: 0, column: 5, rows: 2, columns: 1 },
      { name: "Prozesse", row: 0, column: 0, rows: 5, columns: 3 },
    ];
    const cells = inventoryRows(4).map((row, r) => [...row, "", "", r < 2 ? "alt" : ""]);
    const several = run(
      { activeSheet: "Prozessinventar", sheets: [sheet(cells, { tables })], selection: ["Prozesse"] },
      { supports: (v) => v === "1.9" },
    );
    expect((await several.read())?.source).toBe("selectedTable");
    const only = run({ activeSheet: "Prozessinventar", sheets: [sheet(cells, { tables: [tables[1]!] })] });
    const result = await only.read();
    expect(result?.source).toBe("onlyTable");
    expect(result?.grid.tableName).toBe("Prozesse");
    expect(result?.grid.values[0]).toEqual(["ID", "Leistung", "Status"]);
  });

  it("falls back to the sheet's table when several areas are selected (Excel refuses getSelectedRange)", async () => {
    const tables = [{ name: "Prozesse", row: 0, column: 0, rows: 5, columns: 3 }];
    const { read, syncs } = run(
      {
        activeSheet: "Prozessinventar",
        sheets: [sheet(inventoryRows(4), { tables })],
        selection: "multiArea",
      },
      { supports: (v) => v === "1.9" },
    );
    const result = await read();
    expect(result?.source).toBe("onlyTable");
    expect(result?.grid.values).toHaveLength(5);
    expect(syncs[0]?.errorCode).toBe("InvalidSelection");
  });

  it("reports hidden rows and merged areas (ExcelApi 1.9/1.13) without extra syncs", async () => {
    const model = {
      activeSheet: "Prozessinventar",
      sheets: [
        sheet(inventoryRows(4), {
          visibleAddress: "Prozessinventar!A1:C2,Prozessinventar!A4:C5",
          mergedAddress: "Prozessinventar!B2:C2",
        }),
      ],
    };
    const result = await run(model, { supports: () => true }).read();
    expect(result?.grid.hiddenRows).toEqual([3]);
    expect(result?.grid.mergedAreas).toEqual(["Prozessinventar!B2:C2"]);
    expect(result?.syncs).toBe(3);
  });

  it("returns null for an empty sheet after one sync", async () => {
    const result = await run({ activeSheet: "Prozessinventar", sheets: [sheet([])] }).read();
    expect(result).toBeNull();
  });

  it("ignores a stray value far right (XFD): reads only the header area's width, in few syncs", async () => {
    const cells = inventoryRows(10_000, 22);
    const model = {
      activeSheet: "Prozessinventar",
      sheets: [sheet(cells, { extra: [{ row: 5000, column: 16_383, value: "verirrt" }] })],
    };
    const { read, syncs } = run(model);
    const result = await read();
    expect(result?.grid.values).toHaveLength(10_001);
    expect(result?.grid.values.every((row) => row.length === 22)).toBe(true);
    expect(result?.syncs).toBeLessThanOrEqual(5);
    expect(Math.max(...syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(4_500_000);
  });

  it("splits big reads by measured response size: every response within the budget, rows in order", async () => {
    const cells = inventoryRows(3_000, 10);
    const tables = [{ name: "Prozesse", row: 0, column: 0, rows: 3_001, columns: 10 }];
    const budget = 200_000;
    const { read, syncs } = run(
      { activeSheet: "Prozessinventar", sheets: [sheet(cells, { tables })] },
      { maxBytesPerSync: budget },
    );
    const result = await read();
    expect(result?.grid.values.map((row) => row[0])).toEqual(cells.map((row) => row[0]));
    expect(syncs.length).toBeGreaterThan(4);
    for (const s of syncs) expect(s.responseBytes).toBeLessThanOrEqual(budget);
  });
});
