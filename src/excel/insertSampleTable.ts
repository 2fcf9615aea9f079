import type { RawCell } from "../domain/inventory/types";
import { excelSerialDate } from "../domain/summary/excelSerialDate";

export const SAMPLE_SHEET_NAME = "Prozessinventar";
export const SAMPLE_TABLE_NAME = "Prozesse";

export interface InsertedSample {
  readonly sheetName: string;
  readonly tableName: string;
}

/**
 * Inserts the sample inventory (header row first) as an Excel table on a new sheet and activates it.
 * Never touches existing sheets: if "Prozessinventar" exists, the next free name "Prozessinventar (2)" …
 * is used, and the table name likewise. Two syncs: one to learn the names in use, one to write.
 */
export async function insertSampleTable(
  context: Excel.RequestContext,
  rows: readonly (readonly RawCell[])[],
  /** Number format per column for the data rows (e.g. "dd.mm.yyyy", "#,##0.00 €"); text cells get "@". */
  columnFormats: readonly string[] = [],
): Promise<InsertedSample> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const sheetName = freeName(
    SAMPLE_SHEET_NAME,
    sheets.items.map((s) => s.name),
  );
  const tableName = freeName(
    SAMPLE_TABLE_NAME,
    tables.items.map((t) => t.name),
    "_",
  );
  const width = rows[0]?.length ?? 0;
  const sheet = sheets.add(sheetName);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
  // Text cells as text: LeiKa keys must not become 9.9E+13, names starting with "=" not formulas.
  range.numberFormat = rows.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      if (r === 0 || typeof cell === "string") return "@";
      if (cell instanceof Date) return columnFormats[c] ?? "dd.mm.yyyy";
      return columnFormats[c] ?? "General";
    }),
  );
  // Text goes in as plain values into "@" cells (set above, before the values), as in every other adapter:
  // Excel keeps "=SUMME(A1)" or "0049" in a text-formatted cell as text.
  range.values = rows.map((row) => Array.from({ length: width }, (_, c) => plainCell(row[c])));
  const table = sheet.tables.add(range, true);
  table.name = tableName;
  range.format.autofitColumns();
  sheet.freezePanes.freezeRows(1);
  sheet.activate();
  await context.sync();
  return { sheetName, tableName };
}

/** `base`, else `base (2)`, `base (3)` … (tables: `base_2` …), compared case-insensitively like Excel. */
function freeName(base: string, taken: readonly string[], separator: " " | "_" = " "): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = separator === " " ? `${base} (${n})` : `${base}_${n}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** A cell value Office.js accepts in `range.values`; dates as Excel serials (a real date, not text). */
function plainCell(value: RawCell): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerialDate(value.toISOString().slice(0, 10));
  return value.error;
}
