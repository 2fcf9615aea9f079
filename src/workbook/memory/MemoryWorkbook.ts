import type { PlanChart } from "../../domain/summary/types";

/**
 * An in-memory workbook for the browser preview and the end-to-end tests: sheets of cells with values,
 * formulas and number formats, plus tables and charts. Formulas are stored, not computed: a formula
 * cell's `value` is what the domain computed for it (`computeSummaryNumbers`, proved equal to the
 * formulas by the LibreOffice recalculation test), or `null` when nothing is known.
 */

/** A cell; `formula` is stored without the leading "=". */
export interface MemoryCell {
  readonly value: string | number | boolean | null;
  readonly formula?: string;
  readonly numberFormat?: string;
}

export interface MemoryTable {
  readonly name: string;
  readonly sheetName: string;
  /** 1-based row of the header. */
  readonly headerRow: number;
  /** 0-based sheet column of the first table column. */
  readonly firstColumn: number;
  readonly columnCount: number;
  /** Number of data rows below the header. */
  readonly rowCount: number;
}

/**
 * A chart over cells of `dataSheet`, like `PlanChart`: series names in `headerRow`, categories in
 * `categoryCol`, values in `firstSeriesCol..lastSeriesCol` of rows `firstRow..lastRow` (1-based).
 */
export interface MemoryChart extends Omit<PlanChart, "type" | "placement"> {
  readonly sheetName: string;
  readonly type: string;
}

export interface MemorySheet {
  readonly name: string;
  visible: boolean;
  /** 0-based columns hidden from view (e.g. the `Cluster` sheet's internal ID). */
  hiddenColumns: ReadonlySet<number>;
  /** Key `${row}:${column}` with 1-based row and 0-based column. */
  readonly cells: Map<string, MemoryCell>;
}

/** Plain snapshot for assertions (`window.__prozesscluster.snapshot()` in the e2e tests). */
export interface WorkbookSnapshot {
  readonly activeSheet: string;
  readonly selection: { readonly sheetName: string; readonly row: number; readonly column: number } | null;
  readonly sheets: readonly {
    readonly name: string;
    readonly visible: boolean;
    readonly hiddenColumns: readonly number[];
    readonly rows: (string | number | boolean | null)[][];
    readonly formulas: Record<string, string>;
  }[];
  readonly tables: readonly MemoryTable[];
  readonly charts: readonly MemoryChart[];
}

const cellKey = (row: number, column: number) => `${row}:${column}`;

export class MemoryWorkbook {
  private readonly sheetList: MemorySheet[] = [];
  private readonly listeners = new Set<() => void>();
  tables: MemoryTable[] = [];
  charts: MemoryChart[] = [];
  activeSheet = "";
  selection: { sheetName: string; row: number; column: number } | null = null;
  /** Increases on every change; lets React subscribe with `useSyncExternalStore`. */
  version = 0;

  get sheets(): readonly MemorySheet[] {
    return this.sheetList;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Call after a batch of changes (one per gateway call, like one `context.sync`). */
  commit(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheetList.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** Returns the sheet, creating it (appended, visible) when missing. */
  ensureSheet(name: string): MemorySheet {
    const found = this.sheet(name);
    if (found !== undefined) return found;
    const created: MemorySheet = { name, visible: true, hiddenColumns: new Set(), cells: new Map() };
    this.sheetList.push(created);
    if (this.activeSheet === "") this.activeSheet = name;
    return created;
  }

  deleteSheet(name: string): void {
    const index = this.sheetList.findIndex((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (index < 0) return;
    this.sheetList.splice(index, 1);
    this.tables = this.tables.filter((table) => table.sheetName !== name);
    this.charts = this.charts.filter((chart) => chart.sheetName !== name);
    if (this.activeSheet === name) this.activeSheet = this.sheetList[0]?.name ?? "";
  }

  cellAt(sheetName: string, row: number, column: number): MemoryCell | undefined {
    return this.sheet(sheetName)?.cells.get(cellKey(row, column));
  }

  setCell(sheetName: string, row: number, column: number, cell: MemoryCell): void {
    const sheet = this.ensureSheet(sheetName);
    if (cell.value === null && cell.formula === undefined) sheet.cells.delete(cellKey(row, column));
    else sheet.cells.set(cellKey(row, column), cell);
  }

  /** 1-based last row and 0-based last column with content; `null` for an empty sheet. */
  usedRange(sheetName: string): { readonly lastRow: number; readonly lastColumn: number } | null {
    const sheet = this.sheet(sheetName);
    if (sheet === undefined || sheet.cells.size === 0) return null;
    let lastRow = 0;
    let lastColumn = 0;
    for (const key of sheet.cells.keys()) {
      const [row, column] = key.split(":").map(Number) as [number, number];
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
    }
    return { lastRow, lastColumn };
  }

  /** Replaces a table's definition (same name) or adds it. */
  putTable(table: MemoryTable): void {
    this.tables = [...this.tables.filter((t) => t.name !== table.name), table];
  }

  snapshot(): WorkbookSnapshot {
    return {
      activeSheet: this.activeSheet,
      selection: this.selection,
      tables: this.tables,
      charts: this.charts,
      sheets: this.sheetList.map((sheet) => {
        const used = this.usedRange(sheet.name);
        const rows: (string | number | boolean | null)[][] = [];
        const formulas: Record<string, string> = {};
        for (let row = 1; row <= (used?.lastRow ?? 0); row += 1) {
          const line: (string | number | boolean | null)[] = [];
          for (let column = 0; column <= (used?.lastColumn ?? -1); column += 1) {
            const cell = sheet.cells.get(cellKey(row, column));
            line.push(cell?.value ?? null);
            if (cell?.formula !== undefined) formulas[cellKey(row, column)] = cell.formula;
          }
          rows.push(line);
        }
        const hiddenColumns = [...sheet.hiddenColumns].sort((a, b) => a - b);
        return { name: sheet.name, visible: sheet.visible, hiddenColumns, rows, formulas };
      }),
    };
  }
}

export { columnLetter } from "../../domain/columnLetter";
