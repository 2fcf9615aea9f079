import Papa from "papaparse";
import { neutraliseCsvCell } from "./neutraliseCsvCell";

/**
 * The CSV text Prozesscluster writes: semicolon, CRLF, UTF-8 with BOM (what German Excel opens directly),
 * every cell neutralised against formula injection. Every cell is text here; numbers are passed in
 * already written with a decimal comma (see `csvNumber`).
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  const safe = rows.map((row) => row.map(neutraliseCsvCell));
  return `\uFEFF${Papa.unparse(safe, { delimiter: ";", newline: "\r\n" })}\r\n`;
}

/** A number as German spreadsheets read it in a `;` CSV: decimal comma, no thousands separator. */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(value).replace(".", ",") : "";
}
