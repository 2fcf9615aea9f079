import type { RawCell } from "../types";

/** Error values Excel shows in German and English installations (and LibreOffice). */
const ERROR_CODES: ReadonlySet<string> = new Set([
  "#NV",
  "#N/A",
  "#WERT!",
  "#VALUE!",
  "#DIV/0!",
  "#BEZUG!",
  "#REF!",
  "#NAME?",
  "#ZAHL!",
  "#NUM!",
  "#NULL!",
  "#ÜBERLAUF!",
  "#SPILL!",
  "#CALC!",
  "#BERECHNUNG!",
  "#FELD!",
  "#FIELD!",
  "#GETTING_DATA",
  "#UNKNOWN!",
]);

/**
 * The error code of an error cell (`{ error }` objects from ExcelJS, or error text as Office.js and CSV
 * exports deliver it), else null.
 * @internal
 */
export function cellError(cell: RawCell): string | null {
  if (typeof cell === "string") {
    const text = cell.trim();
    return text.startsWith("#") && ERROR_CODES.has(text.toUpperCase()) ? text : null;
  }
  if (typeof cell === "object" && cell !== null && !(cell instanceof Date)) {
    return typeof cell.error === "string" ? cell.error : "#Fehler";
  }
  return null;
}

/** True for number formats that display a date (Excel codes d, m, y outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === "" || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) || /(^|[^h:])m{3,}/i.test(bare);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** German display form of an ISO date `YYYY-MM-DD`. @internal */
export function isoToGerman(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}.${m ?? ""}.${y ?? ""}`;
}

/** ISO date (UTC calendar day, as ExcelJS and Office give dates) of a Date. @internal */
export function dateToIso(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * ISO date of an Excel 1900-system serial number, or null outside 1..2958465. Serial 60 is Excel's
 * fictitious 29.02.1900, kept for compatibility with Lotus; later serials are shifted by one day.
 * @internal
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return "1900-02-29";
  const days = whole < 60 ? whole : whole - 1;
  // Day 1 = 1900-01-01 = Unix day -25567.
  return dateToIso(new Date((days - 25568) * 86_400_000));
}

/**
 * Display text of a cell as the user would read it: trimmed text, numbers in plain notation, dates as
 * dd.mm.yyyy (Date objects, or serials under a date format), errors as their code, booleans as WAHR/FALSCH.
 * @internal
 */
export function cellText(cell: RawCell, format?: string): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") {
    if (isDateFormat(format)) {
      const iso = serialToIso(cell);
      if (iso !== null) return isoToGerman(iso);
    }
    return Number.isFinite(cell) ? String(cell) : "";
  }
  if (typeof cell === "boolean") return cell ? "WAHR" : "FALSCH";
  if (cell instanceof Date) {
    const iso = dateToIso(cell);
    return iso === null ? "" : isoToGerman(iso);
  }
  return cellError(cell) ?? "";
}
