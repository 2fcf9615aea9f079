/**
 * @internal Gives the sample inventory real numbers and dates before it is inserted. The sample comes as
 * CSV text ("118500,00", "01.10.2027"); written as text into "@" cells, Excel's SUMIFS gives 0 and MINIFS
 * "–" for it while the pane shows parsed values. A column whose non-empty text cells are all German
 * decimals becomes numbers, one whose cells are all German dates becomes date serials; everything else
 * (IDs, 14-digit LeiKa keys, names, "=SUMME(A1)") stays text.
 */
import type { RawCell } from "../../domain/inventory/types";
import { excelSerialDate } from "../../domain/summary/excelSerialDate";

export interface TypedSample {
  /** Header row first, then data rows with numbers and date serials where the column holds them. */
  readonly rows: RawCell[][];
  /** Number format per column for the data rows ("dd.mm.yyyy", "#,##0.00 €" …; "@" for text). */
  readonly formats: string[];
}

const GERMAN_DECIMAL = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

const germanNumber = (text: string): number => Number(text.replaceAll(".", "").replace(",", "."));

/** Excel serial of a German date, or null when it is no valid date. */
function germanDate(text: string): number | null {
  const match = GERMAN_DATE.exec(text);
  if (match === null) return null;
  const iso = `${match[3]}-${(match[2] ?? "").padStart(2, "0")}-${(match[1] ?? "").padStart(2, "0")}`;
  try {
    return excelSerialDate(iso);
  } catch {
    return null;
  }
}

type ColumnKind = "date" | "number" | "text";

/** What a column holds, from its data cells' text (numbers already typed count as numbers). */
function columnKind(cells: readonly RawCell[]): ColumnKind {
  const texts = cells
    .filter((c): c is string => typeof c === "string" && c.trim() !== "")
    .map((c) => c.trim());
  const numbers = cells.some((c) => typeof c === "number");
  if (texts.length === 0) return numbers ? "number" : "text";
  if (!numbers && texts.every((t) => germanDate(t) !== null)) return "date";
  // 11+ digits without separators are keys (LeiKa, phone numbers), not amounts.
  if (texts.every((t) => GERMAN_DECIMAL.test(t) && !/^\d{11,}$/.test(t))) return "number";
  return "text";
}

function formatFor(kind: ColumnKind, header: string, cells: readonly RawCell[]): string {
  if (kind === "date") return "dd.mm.yyyy";
  if (kind === "text") return "@";
  const decimals = cells.some((c) => typeof c === "string" && c.includes(","));
  if (header.includes("€")) return "#,##0.00 €";
  return decimals ? "#,##0.00" : "0";
}

/** Types the sample's columns; see the module comment. */
export function typeSampleRows(rows: readonly (readonly RawCell[])[]): TypedSample {
  const header = rows[0] ?? [];
  const data = rows.slice(1);
  const width = Math.max(header.length, ...data.map((r) => r.length));
  const kinds: ColumnKind[] = [];
  const formats: string[] = [];
  for (let c = 0; c < width; c += 1) {
    const cells = data.map((r) => r[c] ?? null);
    const kind = columnKind(cells);
    kinds.push(kind);
    formats.push(formatFor(kind, String(header[c] ?? ""), cells));
  }
  const typed = data.map((r) =>
    Array.from({ length: width }, (_, c): RawCell => {
      const cell = r[c] ?? null;
      if (typeof cell !== "string" || cell.trim() === "") return cell;
      if (kinds[c] === "date") return germanDate(cell.trim());
      if (kinds[c] === "number") return germanNumber(cell.trim());
      return cell;
    }),
  );
  return { rows: [[...header], ...typed], formats };
}
