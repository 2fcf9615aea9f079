/**
 * The protocol's `Zeitpunkt`: stamps carry the reviewer's local wall-clock time with its UTC offset
 * (ISO 8601, e.g. `2026-12-04T16:52:36+01:00`); the sheet shows that wall-clock time as an Excel
 * date-time. The domain has no clock and no time zone: the front end passes the instant and its offset.
 */
import type { RawCell } from "../inventory/types";
import { cellText } from "../inventory/cellText";
import { excelSerialDate } from "../summary/excelSerialDate";

/** Number format of the time column (Excel's invariant codes; a German Excel shows TT.MM.JJJJ hh:mm). */
export const PROTOCOL_TIME_FORMAT = "dd.mm.yyyy hh:mm";

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_UNIX_EPOCH = 25_569;
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * Local ISO 8601 timestamp (seconds, with offset) of an instant. `offsetMinutes` is east of UTC, i.e.
 * `-date.getTimezoneOffset()` in the front end.
 */
export function localTimestamp(epochMs: number, offsetMinutes: number): string {
  const local = new Date(Math.floor(epochMs / 1000) * 1000 + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${wallClock(local)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `YYYY-MM-DDTHH:MM:SS` of a Date's UTC fields (the wall-clock time it was shifted to). */
function wallClock(date: Date): string {
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** Local time: with an offset, or none at all (ISO 8601 local time, as a date-time cell reads back). */
const LOCAL_STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[+-]\d{2}:\d{2})?$/;

/**
 * Excel serial (days since 1899-12-30 with the time as fraction) of the local wall-clock time of a stamp
 * with an offset or without any (so an entry read back from a date-time cell is written as one again, e.g.
 * when `report` copies the protocol); null for anything else — a UTC stamp (`…Z`, as older versions
 * wrote) says nothing about the reviewer's local time, so it stays text.
 */
export function protocolTimeSerial(time: string): number | null {
  const match = LOCAL_STAMP.exec(time);
  if (match === null) return null;
  const [, day = "", h = "0", m = "0", s = "0"] = match;
  if (Number(h) > 23 || Number(m) > 59 || Number(s) > 59) return null;
  let date: number;
  try {
    date = excelSerialDate(day);
  } catch {
    return null;
  }
  return date + (Number(h) * 3600 + Number(m) * 60 + Number(s)) / 86_400;
}

/**
 * Reads a `Zeitpunkt` cell back: a date-time (serial, or a Date as ExcelJS gives date-formatted cells)
 * becomes `YYYY-MM-DDTHH:MM:SS` local wall-clock time (the offset is not kept in the cell); text — e.g.
 * the UTC ISO strings of older workbooks — comes back as it is.
 */
export function protocolTimeText(cell: RawCell): string {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return wallClock(roundToSecond(cell.getTime()));
  if (typeof cell === "number" && cell > 60 && cell < 2_958_466) {
    return wallClock(roundToSecond((cell - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY));
  }
  return cellText(cell);
}

function roundToSecond(ms: number): Date {
  return new Date(Math.round(ms / 1000) * 1000);
}
