import { readInventory } from "../../src/excel/readInventory";
import { attachMock, makeMockContext, mockCollection, mockNullable } from "./mockContext";
import { countSyncs } from "./syncCounter";

type Cell = string | number;

/** A mock active sheet whose used range starts at (rowIndex, colIndex) and holds `rows`. */
function mockSheet(
  rows: Cell[][],
  opts: { rowIndex?: number; tables?: string[]; visible?: string | null; merged?: string | null } = {},
) {
  const rowIndex = opts.rowIndex ?? 0;
  // What a range answers about hidden rows and merged cells (ExcelApi 1.9 / 1.13).
  const rangeExtras = {
    getSpecialCellsOrNullObject(this: unknown) {
      return attachMock(this, mockNullable({ address: opts.visible ?? "" }, opts.visible === null));
    },
    getMergedAreasOrNullObject(this: unknown) {
      return attachMock(this, mockNullable({ address: opts.merged ?? "" }, opts.merged == null));
    },
  };
  const columnCount = rows[0]?.length ?? 0;
  const target = (sheet: unknown) =>
    attachMock(sheet, {
      address: `Prozessinventar!A${rowIndex + 1}:C${rowIndex + rows.length}`,
      rowIndex,
      columnIndex: 0,
      rowCount: rows.length,
      columnCount,
      ...rangeExtras,
    });
  const requests: { row: number; count: number }[] = [];
  const sheet = {
    name: "Prozessinventar",
    tables: {
      ...mockCollection((opts.tables ?? []).map((name) => ({ name }))),
      getItem(this: unknown) {
        return { getRange: () => target(this) };
      },
    },
    used: mockNullable(
      {
        address: `Prozessinventar!A${rowIndex + 1}:C${rowIndex + rows.length}`,
        rowIndex,
        columnIndex: 0,
        rowCount: rows.length,
        columnCount,
        ...rangeExtras,
      },
      rows.length === 0,
    ),
    getUsedRangeOrNullObject() {
      return this.used;
    },
    getRangeByIndexes(this: unknown, row: number, _col: number, count: number) {
      requests.push({ row, count });
      const slice = rows.slice(row - rowIndex, row - rowIndex + count);
      const chunk = attachMock(
        this,
        mockNullable({ values: slice, numberFormat: slice.map((r) => r.map(() => "General")) }),
      );
      return { getIntersectionOrNullObject: () => chunk };
    },
  };
  return { sheet, requests };
}

function contextWith(sheetData: ReturnType<typeof mockSheet>["sheet"], selectionTables: string[] = []) {
  return makeMockContext({
    workbook: {
      worksheets: {
        sheet: sheetData,
        getActiveWorksheet() {
          return this.sheet;
        },
      },
      selection: { tables: mockCollection(selectionTables.map((name) => ({ name }))) },
      getSelectedRange(this: { selection: { tables: unknown } }) {
        return { getTables: () => this.selection.tables };
      },
    },
  });
}

const inventoryRows = (n: number): Cell[][] => [
  ["ID", "Leistung", "Status"],
  ...Array.from({ length: n }, (_, i) => [`P${i + 1}`, `Leistung ${i + 1}`, "online"]),
];

describe("readInventory", () => {
  it("reads a used range in two syncs and reports the user's row numbers", async () => {
    const { sheet } = mockSheet(inventoryRows(3), { rowIndex: 2 });
    const { context } = contextWith(sheet);
    const syncs = countSyncs(context);

    const read = await readInventory(context);

    expect(syncs.count).toBe(2);
    expect(read?.syncs).toBe(2);
    expect(read?.source).toBe("usedRange");
    expect(read?.grid.firstRow).toBe(3);
    expect(read?.grid.values).toEqual(inventoryRows(3));
    expect(read?.grid.numberFormats?.[1]).toEqual(["General", "General", "General"]);
  });

  it("uses the active sheet's only table", async () => {
    const { sheet } = mockSheet(inventoryRows(2), { tables: ["Prozesse"] });
    const { context } = contextWith(sheet);
    const syncs = countSyncs(context);

    const read = await readInventory(context);

    expect(read?.source).toBe("onlyTable");
    expect(read?.grid.tableName).toBe("Prozesse");
    expect(syncs.count).toBe(2);
  });

  it("prefers the table the selection is in when the host supports it", async () => {
    const { sheet } = mockSheet(inventoryRows(2), { tables: ["Alt", "Prozesse"] });
    const { context } = contextWith(sheet, ["Prozesse"]);

    const read = await readInventory(context, { supportsSelectionTables: true });

    expect(read?.source).toBe("selectedTable");
    expect(read?.grid.tableName).toBe("Prozesse");
  });

  it("falls back to the used range when the sheet has several tables and none is selected", async () => {
    const { sheet } = mockSheet(inventoryRows(2), { tables: ["A", "B"] });
    const { context } = contextWith(sheet);

    const read = await readInventory(context, { supportsSelectionTables: true });

    expect(read?.source).toBe("usedRange");
    expect(read?.grid.tableName).toBeUndefined();
  });

  it("reports hidden rows and merged areas with the first chunk, without extra syncs (ExcelApi 1.9/1.13)", async () => {
    const { sheet } = mockSheet(inventoryRows(6), {
      visible: "Prozessinventar!A1:C3,Prozessinventar!A6:C7",
      merged: "Prozessinventar!B2:B3",
    });
    const { context } = contextWith(sheet);
    const syncs = countSyncs(context);

    const read = await readInventory(context, { supportsSelectionTables: true, supportsMergedAreas: true });

    expect(read?.grid.hiddenRows).toEqual([4, 5]);
    expect(read?.grid.mergedAreas).toEqual(["Prozessinventar!B2:B3"]);
    expect(syncs.count).toBe(2);
  });

  it("returns null for an empty sheet after one sync", async () => {
    const { sheet } = mockSheet([]);
    const { context } = contextWith(sheet);
    const syncs = countSyncs(context);

    expect(await readInventory(context)).toBeNull();
    expect(syncs.count).toBe(1);
  });

  it("keeps 3,000 rows × 26 columns in two syncs at the default chunk size", async () => {
    const wide = inventoryRows(3000).map((row) => [...row, ...Array.from({ length: 23 }, (_, i) => `x${i}`)]);
    const { sheet, requests } = mockSheet(wide);
    const { context } = contextWith(sheet);
    const syncs = countSyncs(context);

    const read = await readInventory(context);

    expect(syncs.count).toBe(2);
    expect(requests).toHaveLength(1);
    expect(read?.grid.values).toHaveLength(3001);
    expect(read?.grid.values[0]).toHaveLength(26);
  });

  it("reads big inventories in bounded chunks, in order, one sync per further chunk", async () => {
    const { sheet, requests } = mockSheet(inventoryRows(999));
    const { context } = contextWith(sheet);
    const syncs = countSyncs(context);

    const read = await readInventory(context, { maxCellsPerSync: 300 * 3 });

    expect(requests.map((r) => r.count)).toEqual([300, 300, 300, 100]);
    expect(requests.every((r) => r.count * 3 <= 900)).toBe(true);
    expect(syncs.count).toBe(1 + requests.length);
    expect(read?.grid.values).toEqual(inventoryRows(999));
  });
});
