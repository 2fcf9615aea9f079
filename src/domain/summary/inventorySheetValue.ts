import type { ColumnRole, ProcessRecord } from "../inventory/types";

/** A value as it stands in the written inventory sheet: text, number, date (ISO) or empty. */
export type SheetValue = string | number | { readonly date: string } | null;

const NUMERIC_ROLES: ReadonlySet<ColumnRole> = new Set([
  "reifegrad",
  "reifegradZiel",
  "fallzahl",
  "fallzahlOnline",
  "kostenEinmalig",
  "kostenLaufend",
]);

const NUMERIC_FIELD = {
  reifegrad: "reifegrad",
  reifegradZiel: "reifegradZiel",
  fallzahl: "fallzahl",
  fallzahlOnline: "fallzahlOnline",
  kostenEinmalig: "kostenEinmalig",
  kostenLaufend: "kostenLaufend",
} as const;

/**
 * The value the report writes into one inventory cell. Parsed numbers and dates are written typed so the
 * summary formulas can compute; a recognised status is written in its normalised spelling; anything the
 * parser could not read (invalid numbers, error cells such as "#NV") stays as its display text, which
 * SUMIFS/AVERAGEIFS ignore — so one broken cell does not turn a whole cluster's sum into an error.
 * `computeSummaryNumbers` reads the same values, which is what makes the formula check meaningful.
 */
export function inventorySheetValue(
  record: ProcessRecord,
  columnIndex: number,
  role: ColumnRole | null,
): SheetValue {
  const text = record.cells[columnIndex] ?? "";
  if (role !== null && NUMERIC_ROLES.has(role)) {
    const field = NUMERIC_FIELD[role as keyof typeof NUMERIC_FIELD];
    const parsed = record[field];
    if (parsed !== undefined) return parsed;
  } else if (role === "termin" && record.termin !== undefined) {
    return { date: record.termin };
  } else if (role === "status" && record.status !== undefined) {
    return record.status;
  } else if (role === "name") {
    return record.name;
  }
  return text === "" ? null : text;
}
