import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import { detectHeader } from "../domain/inventory/detectHeader";
import type { RawGrid } from "../domain/inventory/types";
import { InventoryReadError } from "./InventoryReadError";
import type { TextEncodingName } from "./internals/decodeText";
import { readCsvGrid, type CsvDelimiter } from "./internals/readCsvGrid";
import { readXlsxGrid, withTableName } from "./internals/readXlsxGrid";
import { isOwnSheet, recordedInventorySheet } from "./internals/ownSheets";
import { sniffWorkbook, workbookKindMessage } from "./internals/sniffWorkbook";
import { fileErrorMessage } from "./fileErrorMessage";
import { loadExcelJs } from "./loadExcelJs";

/** Options of `readInventoryFile`. */
export interface ReadInventoryOptions {
  /**
   * Worksheet to read (.xlsx only). Default: the sheet the settings sheet records; else, leaving out
   * Prozesscluster's own sheets and visible before hidden, the sheet whose name column is recognised most
   * surely, else the first with a detectable header, else the first.
   */
  readonly sheet?: string;
}

/** An inventory file read into a grid for `parseInventory`. */
export interface InventoryFile {
  readonly grid: RawGrid;
  /** Worksheet name, or the file name for CSV. */
  readonly sheetName: string;
  readonly format: "xlsx" | "csv";
  /** All worksheet names (.xlsx), in workbook order. */
  readonly sheetNames: readonly string[];
  /** .xlsx only: the loaded workbook, so `report` can keep the user's sheets without reading twice. */
  readonly workbook?: ExcelJS.Workbook;
  /** .xlsx only: parts of the file a copy made with ExcelJS would lose (German labels, see `droppedParts`). */
  readonly droppedParts?: readonly string[];
  /** CSV only: detected encoding and delimiter. */
  readonly encoding?: TextEncodingName;
  readonly delimiter?: CsvDelimiter;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new InventoryReadError("unreadable", `„${path}“ ist ein Ordner, keine Datei.`);
    if (!info.isFile()) throw new InventoryReadError("unreadable", `„${path}“ ist keine Datei.`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof InventoryReadError) throw error;
    const code = (error as { code?: string }).code;
    throw new InventoryReadError(
      code === "ENOENT" ? "notFound" : "unreadable",
      fileErrorMessage(error, path, "lesen"),
      {
        cause: error,
      },
    );
  }
}

/**
 * Reads an inventory from an .xlsx (ExcelJS) or .csv file (delimiter ; , or tab; UTF-8 with or without
 * BOM, or Windows-1252). Throws `InventoryReadError` with a German message for missing, empty, damaged
 * or unsupported files and unknown sheet names.
 */
export async function readInventoryFile(
  path: string,
  options: ReadInventoryOptions = {},
): Promise<InventoryFile> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".xlsm" && extension !== ".csv" && extension !== ".txt") {
    const hint =
      extension === ".xls"
        ? " Bitte in Excel als .xlsx speichern."
        : extension === ".ods"
          ? " Bitte in LibreOffice oder Excel als .xlsx speichern."
          : "";
    throw new InventoryReadError(
      "unsupportedFormat",
      `Das Dateiformat „${extension || "(ohne Endung)"}“ wird nicht unterstützt; erwartet wird .xlsx oder .csv.${hint}`,
    );
  }
  const bytes = await readBytes(path);
  if (bytes.length === 0) throw new InventoryReadError("emptyFile", `Die Datei „${path}“ ist leer.`);
  if (extension === ".csv" || extension === ".txt") {
    const read = readCsvGrid(bytes, basename(path));
    return {
      grid: read.grid,
      sheetName: basename(path),
      format: "csv",
      sheetNames: [],
      encoding: read.encoding,
      delimiter: read.delimiter,
    };
  }
  const file = await readXlsx(path, bytes, options);
  const workbook = file.workbook;
  const own =
    workbook === undefined
      ? []
      : workbook.worksheets.filter((s) => isOwnSheet(s, workbook)).map((s) => s.name);
  // JSZip is loaded with it, only for workbooks (CSV and --help start without it, see loadExcelJs).
  const { droppedParts } = await import("./internals/droppedParts");
  return { ...file, droppedParts: await droppedParts(bytes, own) };
}

async function readXlsx(path: string, bytes: Buffer, options: ReadInventoryOptions): Promise<InventoryFile> {
  const kindMessage = workbookKindMessage(sniffWorkbook(bytes), path);
  if (kindMessage !== null) throw new InventoryReadError("unsupportedFormat", kindMessage);
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new InventoryReadError(
      "unreadable",
      `Die Datei „${path}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx).`,
      { cause: error },
    );
  }
  const sheets = workbook.worksheets;
  const sheetNames = sheets.map((s) => s.name);
  if (sheets.length === 0)
    throw new InventoryReadError("emptyFile", `Die Arbeitsmappe „${path}“ enthält keine Tabellenblätter.`);
  if (options.sheet !== undefined) {
    const wanted = options.sheet.toLowerCase();
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted);
    if (sheet === undefined)
      throw new InventoryReadError(
        "sheetNotFound",
        `Das Blatt „${options.sheet}“ gibt es in „${path}“ nicht. Vorhandene Blätter: ${sheetNames.map((n) => `„${n}“`).join(", ")}.`,
      );
    return xlsxResult(sheet, sheetNames, workbook);
  }
  const recorded = recordedInventorySheet(workbook);
  const recordedSheet = recorded === null ? undefined : sheets.find((s) => s.name === recorded);
  if (recordedSheet !== undefined) return xlsxResult(recordedSheet, sheetNames, workbook);
  // Prozesscluster's own sheets are never the inventory; visible sheets come before hidden ones.
  const candidates = sheets.filter((sheet) => !isOwnSheet(sheet, workbook));
  const visible = candidates.filter((sheet) => sheet.state === undefined || sheet.state === "visible");
  return (
    bestSheet(visible, sheetNames, workbook) ??
    bestSheet(
      candidates.filter((s) => !visible.includes(s)),
      sheetNames,
      workbook,
    ) ??
    xlsxResult(visible[0] ?? candidates[0] ?? (sheets[0] as ExcelJS.Worksheet), sheetNames, workbook)
  );
}

function bestSheet(
  sheets: readonly ExcelJS.Worksheet[],
  sheetNames: readonly string[],
  workbook: ExcelJS.Workbook,
): InventoryFile | undefined {
  // Prefer a sheet whose header names the processes: a report written by Prozesscluster starts with
  // its summary sheets, whose headers look like a table too but hold no process names.
  // The sheet whose name column is recognised most surely wins; ties go to the first.
  let best: { readonly file: InventoryFile; readonly nameConfidence: number } | undefined;
  for (const sheet of sheets) {
    const result = xlsxResult(sheet, sheetNames, workbook);
    const header = detectHeader(result.grid);
    if (header === null) continue;
    const nameConfidence = Math.max(
      0,
      ...header.columns.filter((column) => column.role === "name").map((column) => column.confidence),
    );
    if (best === undefined || nameConfidence > best.nameConfidence) best = { file: result, nameConfidence };
  }
  return best?.file;
}

function xlsxResult(
  sheet: ExcelJS.Worksheet,
  sheetNames: readonly string[],
  workbook: ExcelJS.Workbook,
): InventoryFile {
  const grid = readXlsxGrid(sheet);
  const header = detectHeader(grid);
  return {
    grid: header === null ? grid : withTableName(sheet, grid, header.row),
    sheetName: sheet.name,
    format: "xlsx",
    sheetNames,
    workbook,
  };
}
