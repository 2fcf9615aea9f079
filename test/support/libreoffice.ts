/**
 * LibreOffice support for the report tests: finds soffice, writes a report, recalculates it headless with
 * forced recalculation (see `convertWithLibreOffice`) and reads every formula result back with ExcelJS.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { convertWithLibreOffice, findSoffice } from "../../src/cli/convertWithLibreOffice";

export { convertWithLibreOffice, findSoffice };

/** A formula result as read back: number, string, boolean, an error code or nothing. */
export type ReadResult = number | string | boolean | { readonly error: string } | null;

/** A recalculated report: the workbook and the raw text results LibreOffice stored (`t="str"`). */
export interface Recalculated {
  readonly workbook: ExcelJS.Workbook;
  /** Raw string result of a formula cell, by sheet name and address. */
  readonly textResult: (sheet: string, address: string) => string | undefined;
}

/** Writes `buffer` to `<dir>/in/<name>.xlsx`, recalculates it into `<dir>/out/` and reloads it. */
export async function recalculate(buffer: Buffer, dir: string, name: string): Promise<Recalculated> {
  await mkdir(join(dir, "in"), { recursive: true });
  const input = join(dir, "in", `${name}.xlsx`);
  await writeFile(input, buffer);
  const output = await convertWithLibreOffice(input, join(dir, "out"), "xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  // ExcelJS turns a text result in a date-formatted cell ("–" for "no date") into an Invalid Date, so text
  // results are also read from the XML. LibreOffice writes sheet i as xl/worksheets/sheet<i>.xml.
  const zip = await JSZip.loadAsync(await readFile(output));
  const texts = new Map<string, string>();
  for (const [i, ws] of workbook.worksheets.entries()) {
    const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async("string")) ?? "";
    for (const m of xml.matchAll(
      /<c r="([A-Z]+\d+)"[^>]*t="str"[^>]*>(?:<f[^>]*>[^<]*<\/f>|<f[^>]*\/>)<v>([^<]*)<\/v>/g,
    )) {
      texts.set(
        `${ws.name}!${m[1] ?? ""}`,
        (m[2] ?? "")
          .replaceAll("&lt;", "<")
          .replaceAll("&gt;", ">")
          .replaceAll("&quot;", '"')
          .replaceAll("&amp;", "&"),
      );
    }
  }
  return { workbook, textResult: (sheet, address) => texts.get(`${sheet}!${address}`) };
}

/**
 * The cached result of a formula cell. Uses `cell.result` (platform notes §6: `cell.value.result` turns 0
 * into undefined); dates come back as `Date` for date-formatted cells and are turned into serial numbers.
 */
export function formulaResult(cell: ExcelJS.Cell, recalculated: Recalculated): ReadResult {
  const result: unknown = cell.result;
  if (result instanceof Date) {
    if (Number.isNaN(result.getTime()))
      return recalculated.textResult(cell.worksheet.name, cell.address) ?? null;
    return result.getTime() / 86_400_000 + 25_569;
  }
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result !== null && typeof result === "object" && "error" in result)
    return { error: String(result.error) };
  return null;
}

/** True when a and b agree: numbers within `rel` relative tolerance, everything else strictly. */
export function sameResult(actual: ReadResult, expected: number | string, rel = 1e-9): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(actual - expected) <= rel * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}
