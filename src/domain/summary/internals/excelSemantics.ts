/**
 * @internal JS models of the few Excel behaviours the summary formulas rely on, so
 * `computeSummaryNumbers` gives what Excel and LibreOffice give.
 */
import type { SheetValue } from "../inventorySheetValue";
import type { StatusBucket } from "../types";

export { excelSerialDate as isoToSerial } from "../excelSerialDate";
import { excelSerialDate as isoToSerial } from "../excelSerialDate";

/** Numeric content as SUMIFS/AVERAGEIFS/MINIFS see it (text and blanks are ignored). */
export function numericOf(value: SheetValue): number | undefined {
  if (typeof value === "number") return value;
  if (value !== null && typeof value === "object") return isoToSerial(value.date);
  return undefined;
}

/** Case-insensitive text equality, as COUNTIFS compares a criterion without wildcards. */
export function textEquals(value: SheetValue, text: string): boolean {
  return typeof value === "string" && value.toLowerCase() === text.toLowerCase();
}

/**
 * Status criteria of the status matrix. "Pilot*" also catches "Pilotbetrieb" as users write it; the rest
 * must match whole cells (ignoring case), exactly as `COUNTIFS(…,"online")` does.
 */
export const STATUS_CRITERIA: readonly {
  readonly bucket: Exclude<StatusBucket, "sonstige">;
  readonly criterion: string;
}[] = [
  { bucket: "nicht begonnen", criterion: "nicht begonnen" },
  { bucket: "in Planung", criterion: "in Planung" },
  { bucket: "in Umsetzung", criterion: "in Umsetzung" },
  { bucket: "Pilot", criterion: "Pilot*" },
  { bucket: "online", criterion: "online" },
  { bucket: "zurückgestellt", criterion: "zurückgestellt" },
];

/** Bucket of a status cell under the criteria above. */
export function statusBucketOf(value: SheetValue): StatusBucket {
  if (typeof value !== "string") return "sonstige";
  const lower = value.toLowerCase();
  for (const { bucket, criterion } of STATUS_CRITERIA) {
    const c = criterion.toLowerCase();
    if (c.endsWith("*") ? lower.startsWith(c.slice(0, -1)) : lower === c) return bucket;
  }
  return "sonstige";
}
