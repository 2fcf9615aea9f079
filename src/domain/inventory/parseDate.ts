import { cellError, dateToIso, serialToIso } from "./internals/cellText";
import { EMPTY_RESULT, type ParseResult } from "./ParseResult";
import type { RawCell } from "./types";

const pad = (n: number): string => String(n).padStart(2, "0");

/** Last day of a month (1-based month), honouring leap years. */
function lastDay(year: number, month: number): number {
  return [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][month - 1] as number;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > lastDay(year, month))
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years are read as 20xx (planning dates lie in this century). */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * Parses a date cell into an ISO `YYYY-MM-DD` string. Accepts Date objects (ExcelJS, UTC day), Excel
 * serial numbers (1900 system), `31.12.2026`, `31.12.26`, `31/12/2026` (day first, as in Germany),
 * `2026-12-31` (also with a time part), and, for planning columns, coarse terms that name a deadline:
 * `12/2026` or `12.2026` (last day of the month), `Q3 2026` or `3. Quartal 2026` (last day of the
 * quarter) and a bare year `2026` or the number 2026 (31 December). Integers 1900–2199 are read as years,
 * not serials, since serial 2026 (1905) is no plausible plan date.
 */
export function parseDate(cell: RawCell): ParseResult<string> {
  if (cell === null || cell === undefined) return EMPTY_RESULT;
  if (cell instanceof Date) {
    const iso = dateToIso(cell);
    return iso === null ? { kind: "invalid", text: "" } : { kind: "ok", value: iso };
  }
  if (typeof cell === "number") {
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2199) return { kind: "ok", value: `${cell}-12-31` };
    const iso = serialToIso(cell);
    return iso === null ? { kind: "invalid", text: String(cell) } : { kind: "ok", value: iso };
  }
  if (typeof cell === "boolean") return { kind: "invalid", text: String(cell) };
  if (typeof cell !== "string") return { kind: "invalid", text: cellError(cell) ?? "" };
  const text = cell.trim();
  if (text === "" || text === "-" || text === "–" || /^(k\.?\s?a\.?|offen|n\/a)$/i.test(text))
    return EMPTY_RESULT;
  const iso = parseDateText(text);
  return iso === null ? { kind: "invalid", text } : { kind: "ok", value: iso };
}

function parseDateText(text: string): string | null {
  let m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?:[ T].*)?$/.exec(text);
  if (m) return isoOf(fullYear(m[3] ?? ""), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./](\d{4})$/.exec(text);
  if (m) {
    const year = Number(m[2]);
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? isoOf(year, month, lastDay(year, month)) : null;
  }
  m = /^(?:q\s?([1-4])|([1-4])\.?\s*quartal)\s*[/.-]?\s*(\d{4})$/i.exec(text);
  if (m) {
    const quarter = Number(m[1] ?? m[2]);
    const year = Number(m[3]);
    return isoOf(year, quarter * 3, lastDay(year, quarter * 3));
  }
  m = /^(\d{4})$/.exec(text);
  if (m) return isoOf(Number(m[1]), 12, 31);
  if (/^\d+([.,]\d+)?$/.test(text)) {
    // A serial number exported as text (CSV from a sheet without date format).
    const serial = Number(text.replace(",", "."));
    return serial >= 10_000 && serial < 2_958_466 ? serialToIso(serial) : null;
  }
  return null;
}
