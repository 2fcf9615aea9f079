/** The `Änderungsprotokoll` sheet: appended, never rewritten, so it can go to the committee as an annex. */
import type { RawCell } from "../inventory/types";
import { cellText } from "../inventory/cellText";
import { findHeader, headerKey } from "./internals/cellText";
import { PROTOCOL_TIME_FORMAT, protocolTimeSerial, protocolTimeText } from "./protocolTime";
import { PROTOCOL_SHEET_HEADER, type ReviewSheetCell } from "./reviewSheetTypes";
import type { ProtocolEntry } from "./types";

/** The header row, to write once when the sheet is new. */
export function protocolHeaderRow(): ReviewSheetCell[] {
  return [...PROTOCOL_SHEET_HEADER];
}

/**
 * Rows for entries, in order; the adapter appends them below the last used row. A `time` with a
 * local offset becomes a date-time in the reviewer's wall-clock time; any other text stays text.
 */
export function protocolRows(entries: readonly ProtocolEntry[]): ReviewSheetCell[][] {
  return entries.map((e) => [timeCell(e.time), e.action, e.process, e.from, e.to, e.person]);
}

function timeCell(time: string): ReviewSheetCell {
  const serial = protocolTimeSerial(time);
  return serial === null ? time : { serial, numberFormat: PROTOCOL_TIME_FORMAT };
}

/**
 * Reads entries back (for display and tests); tolerates a moved header and empty rows. A date-time
 * `Zeitpunkt` reads as local `YYYY-MM-DDTHH:MM:SS`, older UTC text as it was written.
 */
export function readProtocolSheet(values: readonly (readonly RawCell[])[]): ProtocolEntry[] {
  const header = findHeader(values, ["Zeitpunkt", "Aktion"]);
  if (header === undefined) return [];
  const get = (row: readonly RawCell[], name: string): string => {
    const index = header.columns.get(headerKey(name));
    if (index === undefined) return "";
    return name === "Zeitpunkt" ? protocolTimeText(row[index]) : cellText(row[index]);
  };
  const entries: ProtocolEntry[] = [];
  for (const row of values.slice(header.row + 1)) {
    const e = {
      time: get(row, "Zeitpunkt"),
      action: get(row, "Aktion"),
      process: get(row, "Prozess"),
      from: get(row, "von"),
      to: get(row, "nach"),
      person: get(row, "Person"),
    };
    if (Object.values(e).some((text) => text !== "")) entries.push(e);
  }
  return entries;
}
