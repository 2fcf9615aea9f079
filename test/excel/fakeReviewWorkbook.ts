/**
 * A small in-memory worksheet model behind an office-addin-mock context, for adapter tests that need
 * real cell storage (the mock only models load/sync of plain properties). It enforces the Office.js
 * discipline the adapters must follow: `isNullObject` and loaded properties are readable only after a
 * `context.sync()` that followed the `load`, so a forgotten load or sync fails the test.
 */
import type { RawCell } from "../../src/domain/inventory/types";
import { makeMockContext } from "./mockContext";

type Cell = { value: RawCell; format: string; formula?: string; bold?: boolean };

export interface FakeSheet {
  name: string;
  visibility: string;
  /** 0-based columns hidden through `range.getEntireColumn().columnHidden`. */
  readonly hiddenColumns: Set<number>;
  /** 0-based column → width in points set through `getEntireColumn().format.columnWidth`. */
  readonly columnWidths: Map<number, number>;
  readonly cells: Map<string, Cell>;
}

export interface FakeWorkbook {
  readonly sheets: FakeSheet[];
  /** Values of a sheet from A1 to its last used cell. */
  grid(name: string): RawCell[][];
  cell(name: string, row: number, column: number): Cell | undefined;
  addSheet(name: string, rows?: readonly (readonly RawCell[])[]): FakeSheet;
  removeSheet(name: string): void;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export function makeFakeReviewContext(): { context: Excel.RequestContext; workbook: FakeWorkbook } {
  const env = { syncs: 0 };
  const sheets: FakeSheet[] = [];
  const find = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  const guard = (createdAt: number, what: string) => {
    if (env.syncs <= createdAt) throw new Error(`${what} gelesen ohne vorheriges context.sync()`);
  };

  function nullObject(createdAt: number) {
    return {
      get isNullObject() {
        guard(createdAt, "isNullObject");
        return true;
      },
      load: () => undefined,
    };
  }

  function range(sheet: FakeSheet, r0: number, c0: number, rows: number, cols: number) {
    let loadedAt: number | null = null;
    const loaded = (what: string) => {
      if (loadedAt === null) throw new Error(`${what} gelesen ohne load`);
      guard(loadedAt, what);
    };
    const createdAt = env.syncs;
    const each = (fn: (r: number, c: number) => void) => {
      for (let r = 0; r < rows; r += 1) for (let c = 0; c < cols; c += 1) fn(r0 + r, c0 + c);
    };
    const at = (r: number, c: number): Cell => {
      const key = `${r},${c}`;
      const existing = sheet.cells.get(key);
      if (existing !== undefined) return existing;
      const fresh: Cell = { value: "", format: "General" };
      sheet.cells.set(key, fresh);
      return fresh;
    };
    return {
      get isNullObject() {
        guard(createdAt, "isNullObject");
        return false;
      },
      load() {
        loadedAt = env.syncs;
        return this;
      },
      get values(): RawCell[][] {
        loaded("values");
        return Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => sheet.cells.get(`${r0 + r},${c0 + c}`)?.value ?? ""),
        );
      },
      set values(values: RawCell[][]) {
        each((r, c) => {
          const cell = at(r, c);
          cell.value = values[r - r0]?.[c - c0] ?? "";
          delete cell.formula;
        });
      },
      set numberFormat(formats: string[][]) {
        each((r, c) => (at(r, c).format = formats[r - r0]?.[c - c0] ?? "General"));
      },
      set formulas(formulas: string[][]) {
        each((r, c) => (at(r, c).formula = formulas[r - r0]?.[c - c0] ?? ""));
      },
      get rowIndex() {
        loaded("rowIndex");
        return r0;
      },
      get columnIndex() {
        loaded("columnIndex");
        return c0;
      },
      get rowCount() {
        loaded("rowCount");
        return rows;
      },
      get columnCount() {
        loaded("columnCount");
        return cols;
      },
      format: {
        font: {
          set bold(bold: boolean) {
            each((r, c) => (at(r, c).bold = bold));
          },
        },
      },
      getEntireColumn() {
        return {
          set columnHidden(hidden: boolean) {
            for (let c = c0; c < c0 + cols; c += 1)
              if (hidden) sheet.hiddenColumns.add(c);
              else sheet.hiddenColumns.delete(c);
          },
          format: {
            set columnWidth(points: number) {
              for (let c = c0; c < c0 + cols; c += 1) sheet.columnWidths.set(c, points);
            },
          },
        };
      },
      clear() {
        // Iterate the stored cells, not the range: a whole-sheet range has 17 billion cells.
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(",").map(Number) as [number, number];
          if (r >= r0 && r < r0 + rows && c >= c0 && c < c0 + cols) sheet.cells.delete(key);
        }
      },
      getUsedRangeOrNullObject() {
        let top = Infinity,
          left = Infinity,
          bottom = -1,
          right = -1;
        for (const [key, cell] of sheet.cells) {
          const [r, c] = key.split(",").map(Number) as [number, number];
          if (
            cell.value === "" ||
            cell.value === null ||
            r < r0 ||
            r >= r0 + rows ||
            c < c0 ||
            c >= c0 + cols
          )
            continue;
          top = Math.min(top, r);
          left = Math.min(left, c);
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
        return bottom < 0
          ? nullObject(env.syncs)
          : range(sheet, top, left, bottom - top + 1, right - left + 1);
      },
    };
  }

  function sheetObject(sheet: FakeSheet) {
    const createdAt = env.syncs;
    return {
      get isNullObject() {
        guard(createdAt, "isNullObject");
        return false;
      },
      get name() {
        return sheet.name;
      },
      set visibility(value: string) {
        sheet.visibility = value;
      },
      getRange(address?: string) {
        if (address === undefined) return range(sheet, 0, 0, MAX_ROWS, MAX_COLUMNS);
        const whole = /^(\d+):(\d+)$/.exec(address);
        if (whole === null) throw new Error(`Adresse ${address} wird vom Fake nicht unterstützt`);
        return range(sheet, Number(whole[1]) - 1, 0, Number(whole[2]) - Number(whole[1]) + 1, MAX_COLUMNS);
      },
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => range(sheet, r, c, rows, cols),
      getUsedRangeOrNullObject() {
        return range(sheet, 0, 0, MAX_ROWS, MAX_COLUMNS).getUsedRangeOrNullObject();
      },
    };
  }

  const worksheets = {
    getItemOrNullObject: (name: string) => {
      const sheet = find(name);
      return sheet === undefined ? nullObject(env.syncs) : sheetObject(sheet);
    },
    getItem: (name: string) => {
      const sheet = find(name);
      if (sheet === undefined) throw new Error(`ItemNotFound: ${name}`);
      return sheetObject(sheet);
    },
    add: (name: string) => sheetObject(addSheet(name)),
  };

  function addSheet(name: string, rows: readonly (readonly RawCell[])[] = []): FakeSheet {
    if (find(name) !== undefined) throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet: FakeSheet = {
      name,
      visibility: "Visible",
      hiddenColumns: new Set(),
      columnWidths: new Map(),
      cells: new Map(),
    };
    rows.forEach((row, r) =>
      row.forEach((value, c) => sheet.cells.set(`${r},${c}`, { value, format: "General" })),
    );
    sheets.push(sheet);
    return sheet;
  }

  const { context } = makeMockContext({ workbook: { worksheets } });
  const sync = context.sync.bind(context);
  context.sync = async () => {
    env.syncs += 1;
    return sync();
  };

  const workbook: FakeWorkbook = {
    sheets,
    addSheet,
    removeSheet: (name) => {
      const index = sheets.findIndex((s) => s.name === name);
      if (index >= 0) sheets.splice(index, 1);
    },
    cell: (name, row, column) => find(name)?.cells.get(`${row - 1},${column}`),
    grid(name) {
      const sheet = find(name);
      if (sheet === undefined) return [];
      const grid: RawCell[][] = [];
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (cell.value === "") continue;
        while (grid.length <= r) grid.push([]);
        const row = grid[r] ?? [];
        while (row.length < c) row.push("");
        row[c] = cell.value;
        grid[r] = row;
      }
      return grid.map((row) => Array.from(row, (v) => v ?? ""));
    },
  };
  return { context, workbook };
}
