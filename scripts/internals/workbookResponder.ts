/**
 * A read-only workbook model that answers the recording office.js runtime's queries (see
 * `officeRecorder.ts`): sheets with cell values, tables, the active sheet and the selection. It knows
 * the members the adapters read with — `Worksheets`, `GetActiveWorksheet`, `GetItem(OrNullObject)`,
 * `Tables`, `GetRange`, `GetRangeByIndexes`, `GetUsedRangeOrNullObject`, `GetSelectedRange`,
 * `GetTables`, `Names` — and answers everything else as "no data". Sheets the adapter adds keep the
 * `Values`/`Formulas` written into them, so reading a new report back is measured with real content;
 * writes to the model's own sheets are recorded, not applied.
 */
import type { RecordedQuery, Responder } from "./officeRecorder";

type Cell = string | number | boolean | null;

export interface ModelTable {
  readonly name: string;
  /** 0-based position and size of the whole table range, header row included. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface ModelSheet {
  readonly name: string;
  /** Rows from A1 (ragged rows allowed). */
  readonly cells: readonly (readonly Cell[])[];
  /** Single cells outside `cells`, e.g. a stray value in column XFD. */
  readonly extra?: readonly { readonly row: number; readonly column: number; readonly value: Cell }[];
  readonly tables?: readonly ModelTable[];
  /** Address of the visible cells (`getSpecialCells("Visible")`); absent: none reported. */
  readonly visibleAddress?: string;
  /** Address of the merged areas (`getMergedAreas`); absent: none. */
  readonly mergedAddress?: string;
}

export interface WorkbookModel {
  readonly sheets: readonly ModelSheet[];
  readonly activeSheet: string;
  /** Tables the selection lies in, or "multiArea" (Excel then refuses `getSelectedRange`). */
  readonly selection?: readonly string[] | "multiArea";
  /** Workbook-level names. */
  readonly names?: readonly { readonly name: string; readonly value: string }[];
}

interface Rect {
  readonly kind: "rect";
  readonly sheet: ModelSheet;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}
type Resolved =
  | { readonly kind: "workbook" }
  | { readonly kind: "sheets" }
  | { readonly kind: "sheet"; readonly sheet: ModelSheet }
  | { readonly kind: "tables"; readonly tables: readonly ModelTable[]; readonly sheet: ModelSheet | null }
  | { readonly kind: "table"; readonly table: ModelTable; readonly sheet: ModelSheet }
  | { readonly kind: "selection" }
  | { readonly kind: "names" }
  | { readonly kind: "address"; readonly address: string }
  | Rect
  | null
  | undefined;

const cellAt = (sheet: ModelSheet, row: number, column: number): Cell => {
  const value = sheet.cells[row]?.[column];
  if (value !== undefined && value !== null) return value;
  return sheet.extra?.find((e) => e.row === row && e.column === column)?.value ?? "";
};

/** Bounding box of the non-empty cells inside `rect`, or null. */
function usedWithin(rect: Rect): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const see = (r: number, c: number, value: Cell) => {
    if (value === "" || value === null) return;
    if (r < rect.row || r >= rect.row + rect.rows || c < rect.column || c >= rect.column + rect.columns)
      return;
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  rect.sheet.cells.forEach((line, r) => line.forEach((value, c) => see(r, c, value)));
  for (const e of rect.sheet.extra ?? []) see(e.row, e.column, e.value);
  if (bottom < 0) return null;
  return {
    kind: "rect",
    sheet: rect.sheet,
    row: top,
    column: left,
    rows: bottom - top + 1,
    columns: right - left + 1,
  };
}

const letters = (column: number): string => {
  let n = column + 1;
  let text = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    text = String.fromCharCode(65 + rest) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
};

function parseAddress(sheet: ModelSheet, address: string): Rect {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows !== null) {
    const first = Number(rows[1]) - 1;
    return {
      kind: "rect",
      sheet,
      row: first,
      column: 0,
      rows: Number(rows[2]) - first,
      columns: SHEET_SIZE.columns,
    };
  }
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(
    address.slice(address.lastIndexOf("!") + 1),
  );
  if (match === null) throw new Error(`Adresse ${address} wird vom Modell nicht unterstützt`);
  const col = (text: string) =>
    [...text.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(match[1] ?? "A");
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] === undefined ? c1 : col(match[3]);
  const r2 = match[4] === undefined ? r1 : Number(match[4]) - 1;
  return { kind: "rect", sheet, row: r1, column: c1, rows: r2 - r1 + 1, columns: c2 - c1 + 1 };
}

const SHEET_SIZE = { rows: 1_048_576, columns: 16_384 };

/** Resolves an object path against the model, step by step. */
function resolve(
  model: WorkbookModel,
  added: Map<string, ModelSheet>,
  path: readonly string[],
  args: readonly (readonly unknown[])[],
): Resolved {
  let at: Resolved = { kind: "workbook" };
  const findSheet = (name: unknown) =>
    model.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase()) ??
    added.get(String(name).toLowerCase()) ??
    null;
  for (let i = 1; i < path.length; i += 1) {
    const step = path[i];
    const a = args[i] ?? [];
    if (at === null || at === undefined) return at;
    const from: NonNullable<Resolved> = at;
    if (step === "Worksheets" && from.kind === "workbook") at = { kind: "sheets" };
    else if (step === "Names" && from.kind === "workbook") at = { kind: "names" };
    else if (step === "Add" && from.kind === "sheets") {
      // A sheet the adapter adds: empty here (writes are recorded, not applied).
      const name = String(a[0]);
      const sheet = added.get(name.toLowerCase()) ?? { name, cells: [] };
      added.set(name.toLowerCase(), sheet);
      at = { kind: "sheet", sheet };
    } else if (step === "GetActiveWorksheet" && from.kind === "sheets")
      at = sheetOrNull(findSheet(model.activeSheet));
    // `getItem(name)` is serialised as an indexer: a path step without a name.
    else if ((step === "GetItem" || step === "" || step === "GetItemOrNullObject") && from.kind === "sheets")
      at = sheetOrNull(findSheet(a[0]));
    else if (step === "Tables" && from.kind === "sheet")
      at = { kind: "tables", tables: from.sheet.tables ?? [], sheet: from.sheet };
    else if ((step === "GetItem" || step === "") && from.kind === "tables") {
      const table = from.tables.find((t) => t.name === a[0]);
      const sheet = model.sheets.find((s) => s.tables?.includes(table as ModelTable));
      at = table === undefined || sheet === undefined ? null : { kind: "table", table, sheet };
    } else if (step === "GetRange" && from.kind === "table") {
      const { table, sheet } = from;
      at = {
        kind: "rect",
        sheet,
        row: table.row,
        column: table.column,
        rows: table.rows,
        columns: table.columns,
      };
    } else if (step === "GetRange" && from.kind === "sheet")
      at =
        a[0] === undefined
          ? { kind: "rect", sheet: from.sheet, row: 0, column: 0, ...SHEET_SIZE }
          : parseAddress(from.sheet, String(a[0]));
    else if (step === "GetRangeByIndexes" && from.kind === "sheet") {
      const [row, column, rows, columns] = a.map(Number) as [number, number, number, number];
      at = { kind: "rect", sheet: from.sheet, row, column, rows, columns };
    } else if (step === "GetUsedRangeOrNullObject" && from.kind === "sheet")
      at = usedWithin({ kind: "rect", sheet: from.sheet, row: 0, column: 0, ...SHEET_SIZE });
    else if (step === "GetUsedRangeOrNullObject" && from.kind === "rect") at = usedWithin(from);
    // office.js splits big value writes into row blocks: range.getRow(i).getBoundingRect(range.getRow(j)).
    else if (step === "GetRow" && from.kind === "rect")
      at = { ...from, row: from.row + Number(a[0]), rows: 1 };
    else if (step === "GetBoundingRect" && from.kind === "rect") {
      const other = a[0] as { path?: string[]; args?: unknown[][] } | undefined;
      const to = other?.path === undefined ? undefined : resolve(model, added, other.path, other.args ?? []);
      if (to?.kind !== "rect") at = undefined;
      else {
        const top = Math.min(from.row, to.row);
        const left = Math.min(from.column, to.column);
        const bottom = Math.max(from.row + from.rows, to.row + to.rows);
        const right = Math.max(from.column + from.columns, to.column + to.columns);
        at = {
          kind: "rect",
          sheet: from.sheet,
          row: top,
          column: left,
          rows: bottom - top,
          columns: right - left,
        };
      }
    } else if (step === "GetSelectedRange" && from.kind === "workbook") {
      if (model.selection === "multiArea")
        throw Object.assign(new Error("InvalidSelection"), { code: "InvalidSelection" });
      at = { kind: "selection" };
    } else if (step === "GetTables" && from.kind === "selection") {
      const names = model.selection === undefined || model.selection === "multiArea" ? [] : model.selection;
      const tables = model.sheets.flatMap((s) => s.tables ?? []).filter((t) => names.includes(t.name));
      at = { kind: "tables", tables, sheet: null };
    } else if (step === "GetSpecialCellsOrNullObject" && from.kind === "rect")
      at =
        from.sheet.visibleAddress === undefined
          ? null
          : { kind: "address", address: from.sheet.visibleAddress };
    else if (step === "GetMergedAreasOrNullObject" && from.kind === "rect")
      at =
        from.sheet.mergedAddress === undefined
          ? null
          : { kind: "address", address: from.sheet.mergedAddress };
    else at = undefined;
  }
  return at;
}

const sheetOrNull = (sheet: ModelSheet | null): Resolved =>
  sheet === null ? null : { kind: "sheet", sheet };

function grid(rect: Rect): Cell[][] {
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.columns }, (_, c) => cellAt(rect.sheet, rect.row + r, rect.column + c)),
  );
}

function rectValue(rect: Rect, select: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const cells = select.some((s) => ["values", "formulas", "text", "numberFormat"].includes(s))
    ? grid(rect)
    : [];
  for (const property of select) {
    if (property === "rowIndex") out.RowIndex = rect.row;
    else if (property === "columnIndex") out.ColumnIndex = rect.column;
    else if (property === "rowCount") out.RowCount = rect.rows;
    else if (property === "columnCount") out.ColumnCount = rect.columns;
    else if (property === "address")
      out.Address = `${rect.sheet.name}!${letters(rect.column)}${rect.row + 1}:${letters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
    else if (property === "values" || property === "formulas")
      out[property === "values" ? "Values" : "Formulas"] = cells;
    else if (property === "text") out.Text = cells.map((row) => row.map((v) => String(v ?? "")));
    else if (property === "numberFormat") out.NumberFormat = cells.map((row) => row.map(() => "General"));
  }
  return out;
}

/** Stores a written 2-D block into an added sheet (whose `cells` the responder owns). */
function writeInto(rect: Rect, value: unknown): void {
  if (!Array.isArray(value)) return;
  const cells = rect.sheet.cells as Cell[][];
  (value as unknown[][]).forEach((line, r) => {
    const row = (cells[rect.row + r] ??= []);
    line.forEach((cell, c) => (row[rect.column + c] = (cell as Cell) ?? ""));
  });
  for (let r = 0; r < cells.length; r += 1) cells[r] ??= [];
}

/** A responder answering reads from `model`. */
export function workbookResponder(model: WorkbookModel): Responder {
  const added = new Map<string, ModelSheet>();
  return (query: RecordedQuery) => {
    const target = resolve(model, added, query.path, query.args);
    if (query.kind === "set") {
      const name = query.select[0];
      if (
        target?.kind === "rect" &&
        [...added.values()].includes(target.sheet) &&
        (name === "Formulas" || name === "Values")
      )
        writeInto(target, query.value);
      return undefined;
    }
    if (query.kind === "instantiate") return target === null ? null : undefined;
    if (target === null || target === undefined) return undefined;
    switch (target.kind) {
      case "rect":
        return rectValue(target, query.select);
      case "sheets":
        return { _Items: model.sheets.map((s) => ({ Name: s.name, Visibility: "Visible" })) };
      case "sheet":
        return { Name: target.sheet.name };
      case "tables":
        return { _Items: target.tables.map((t) => ({ Name: t.name })) };
      case "address":
        return { Address: target.address };
      case "names":
        return { _Items: (model.names ?? []).map((n) => ({ Name: n.name, Value: n.value, Comment: "" })) };
      default:
        return undefined;
    }
  };
}
