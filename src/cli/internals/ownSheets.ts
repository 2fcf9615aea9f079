/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies. */
import type ExcelJS from "exceljs";
import { SUMMARY_SHEET_NAMES } from "../../domain/summary/buildSummaryPlan";
import {
  CLUSTER_SHEET_HEADER,
  CLUSTER_SHEET_NAME,
  PROTOCOL_SHEET_HEADER,
  PROTOCOL_SHEET_NAME,
  SETTINGS_SHEET_NAME,
} from "../../domain/review/reviewSheetTypes";
import { toRawCell } from "./readXlsxGrid";

/** Section of the settings sheet in which the report records the inventory's sheet (read by the CLI only). */
export const INVENTORY_SHEET_SECTION = "Inventarblatt";

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function firstRowTexts(sheet: ExcelJS.Worksheet): string[] {
  const row = sheet.getRow(1);
  const texts: string[] = [];
  for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
    const value = toRawCell(row.getCell(c).value);
    texts.push(typeof value === "string" ? value.trim() : "");
  }
  return texts;
}

function startsWithHeader(sheet: ExcelJS.Worksheet, header: readonly string[]): boolean {
  const texts = firstRowTexts(sheet);
  return header.every((h, i) => same(texts[i] ?? "", h));
}

/** The first row holds every header, in any order (older `Cluster` sheets have the ID first). */
function hasAllHeaders(sheet: ExcelJS.Worksheet, header: readonly string[]): boolean {
  const texts = firstRowTexts(sheet);
  return header.every((h) => texts.some((text) => same(text, h)));
}

/** The inventory sheet the settings sheet names (written by `report`), or null. @internal */
export function recordedInventorySheet(workbook: ExcelJS.Workbook): string | null {
  const settings = workbook.worksheets.find((s) => same(s.name, SETTINGS_SHEET_NAME));
  if (settings === undefined) return null;
  let found: string | null = null;
  settings.eachRow((row) => {
    const section = toRawCell(row.getCell(1).value);
    const value = toRawCell(row.getCell(2).value);
    if (
      typeof section === "string" &&
      same(section.trim(), INVENTORY_SHEET_SECTION) &&
      typeof value === "string"
    )
      found = value;
  });
  return found;
}

/**
 * True for sheets Prozesscluster wrote itself, which are never read as the inventory: the settings
 * sheet; the review's `Cluster` and `Änderungsprotokoll` sheets when they carry their own header; and,
 * in a workbook that has the settings sheet, the report's overview, chart and annex sheets. A sheet the
 * settings record as the inventory is never an own sheet, whatever its name.
 * @internal
 */
export function isOwnSheet(sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook): boolean {
  const recorded = recordedInventorySheet(workbook);
  if (recorded !== null && same(recorded, sheet.name)) return false;
  if (same(sheet.name, SETTINGS_SHEET_NAME)) return true;
  if (same(sheet.name, CLUSTER_SHEET_NAME)) return hasAllHeaders(sheet, CLUSTER_SHEET_HEADER);
  if (same(sheet.name, PROTOCOL_SHEET_NAME)) return startsWithHeader(sheet, PROTOCOL_SHEET_HEADER);
  const hasSettings = workbook.worksheets.some((s) => same(s.name, SETTINGS_SHEET_NAME));
  if (!hasSettings) return false;
  if (SUMMARY_SHEET_NAMES.some((name) => same(name, sheet.name))) return true;
  // Annex sheets of the report: "C01 Label", "C02 …".
  return recorded !== null && /^C\d{2,} /.test(sheet.name);
}
