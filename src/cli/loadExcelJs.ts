import type ExcelJS from "exceljs";

/**
 * ExcelJS, loaded on first use. Loading it takes longer than the whole start of the bundled CLI (about
 * 0.1–0.15 s of a 0.2 s start on the 2-core build machine, `npm run bench:cli`), so commands that only read
 * CSV or print help or the version never load it; everything else imports its types only.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}
