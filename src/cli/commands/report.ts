import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { renderMessage } from "../../domain/messages/renderMessage";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { attachmentOnly } from "../xlsx/attachmentOnly";
import type { Inventory, ReifegradModell } from "../../domain/inventory/types";
import type { ReviewState } from "../../domain/review/types";
import { convertWithLibreOffice, findSoffice } from "../convertWithLibreOffice";
import { addReviewSheets, reportClustersOf } from "../xlsx/addReviewSheets";
import { parseStichtag, STRATEGY_HELP } from "../commandOptions";
import {
  checkCallOutput,
  CLUSTERING_OPTIONS,
  clusteringCall,
  proposeForCall,
  writeOutputStep,
  type KeptProposal,
  type StepFailed,
} from "../commandSteps";
import type { CheckedOutput } from "../outputFile";
import { recordInventorySheet } from "../xlsx/recordInventorySheet";
import { safeSheetName } from "../xlsx/safeSheetName";
import { CLUSTER_SHEET_NAME, PROTOCOL_SHEET_NAME } from "../../domain/review/reviewSheetTypes";
import type { LoadedInventory } from "../loadUsableInventory";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, type CliCommand, type CliIo } from "../io";
import { INPUT_HELP, optionsOf, OUTPUT_HELP, parseCommandLine } from "../parseCommandLine";
import type { InventoryFile } from "../readInventoryFile";
import { DEFAULT_REVIEW_SETTINGS } from "../../domain/review/settingsSheet";
import { overviewHeadline } from "../../domain/review/overviewHeadline";
import { residentPage } from "../../domain/publication/residentPage";
import { residentPageInput } from "../../domain/publication/residentPageInput";
import { predominantReifegradModell } from "../../domain/inventory/predominantReifegradModell";
import {
  writeReportWorkbook,
  type ReportWorkbook,
  type ReportWorkbookOptions,
} from "../xlsx/writeReportWorkbook";
import { localIsoDate } from "../../domain/localIsoDate";

const HELP = [
  "Aufruf: prozesscluster report <inventar.xlsx|inventar.csv> -o <bericht.xlsx> [Optionen]",
  "",
  "Schreibt den Ausschussbericht: Cluster-Übersicht mit Live-Formeln, Diagramme, das Prozessinventar",
  "(alle Zeilen, eigene Spalten, Formate und Reihenfolge, plus Spalte „Cluster“, als Tabelle „Prozesse“).",
  "Bei einer .xlsx-Eingabe bleiben alle übrigen Blätter der Arbeitsmappe erhalten.",
  "",
  "  -o, --output DATEI       Zieldatei (.xlsx), Pflicht",
  ...OUTPUT_HELP,
  ...INPUT_HELP,
  ...STRATEGY_HELP,
  "  --stichtag DATUM         TT.MM.JJJJ oder JJJJ-MM-TT (Standard: heute)",
  "  --drucksache TEXT        Kopfzeile „Anlage zu Drucksache Nr. …“",
  "  --modell 1.1|2.0         Reifegradmodell (Standard: das im Inventar häufigste, sonst 1.1)",
  "  --anlage                 je Cluster ein Anlageblatt mit den Prozessen",
  "  --pdf                    zusätzlich ein PDF der Anlage (Übersicht, Diagramme, Anlageblätter) in",
  "                           deutschem Zahlenformat, mit LibreOffice (wenn installiert)",
  "  --html DATEI             zusätzlich eine Seite für Einwohner*innen (eine HTML-Datei, ohne Skripte",
  "                           und ohne Verweise auf andere Adressen, zum Veröffentlichen)",
  "  --fresh                  frühere Prüfentscheidungen (Spalte „Cluster“, Blatt „Cluster“) nicht übernehmen",
  "  --person NAME            Name für die Spalte „Person“ im Änderungsprotokoll (Standard: leer)",
  "",
  "Exit-Code: 0 geschrieben, 1 Inventar nicht verwendbar oder nicht schreibbar, 2 falscher Aufruf.",
  "",
].join("\n");

/** Extra sheets for the report, e.g. the review sheets "Cluster-Definitionen" and "Änderungsprotokoll". */
export type ReportSheetsHook = NonNullable<ReportWorkbookOptions["addSheets"]>;

/** Options of `report`: those of every clustering command plus the report's own. */
const REPORT_OPTIONS = {
  ...CLUSTERING_OPTIONS,
  ...optionsOf("string", "stichtag", "drucksache", "modell", "html", "person"),
  ...optionsOf("boolean", "anlage", "pdf"),
} as const;

/** The command line of `report`, checked as far as it can be without reading a file. */
function parseReportCall(args: readonly string[], io: CliIo) {
  const parsed = parseCommandLine(args, REPORT_OPTIONS, HELP, io);
  if ("exitCode" in parsed) return parsed;
  const call = clusteringCall(
    parsed,
    "Bitte genau eine Inventardatei und mit -o die Zieldatei angeben.",
    io,
    HELP,
  );
  if ("exitCode" in call) return call;
  const v = call.values;
  const stichtag = v.stichtag === undefined ? localIsoDate(new Date()) : parseStichtag(v.stichtag);
  if (stichtag === null) {
    io.stderr(`Der Stichtag „${v.stichtag ?? ""}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT).\n`);
    return { exitCode: EXIT_USAGE };
  }
  if (v.modell !== undefined && v.modell !== "1.1" && v.modell !== "2.0") {
    io.stderr(`--modell erwartet 1.1 oder 2.0, nicht „${v.modell}“.\n`);
    return { exitCode: EXIT_USAGE };
  }
  const modell = v.modell as ReifegradModell | undefined;
  return { ...call, stichtag, modell };
}

type ReportCall = Exclude<ReturnType<typeof parseReportCall>, StepFailed>;

/** `--html`: the page's path, which must end in .html and be neither the input nor the report. */
function residentPagePath(
  call: ReportCall,
  checked: CheckedOutput,
  io: CliIo,
): { readonly path: string | undefined } | StepFailed {
  const html = call.values.html;
  if (html === undefined) return { path: undefined };
  const path = resolve(io.cwd, html);
  const ext = extname(path).toLowerCase();
  if (ext !== ".html" && ext !== ".htm") {
    io.stderr(`Die Seite für Einwohner*innen braucht eine Datei mit der Endung .html, nicht „${html}“.\n`);
    return { exitCode: EXIT_USAGE };
  }
  if (path === resolve(io.cwd, call.input) || path === checked.target) {
    io.stderr(`„${html}“ ist die Eingabe oder der Bericht; bitte eine andere Datei für die Seite angeben.\n`);
    return { exitCode: EXIT_USAGE };
  }
  return { path };
}

/**
 * A workbook with parts the report cannot carry over (`droppedParts`) is not overwritten: printed and
 * answered with exit code 1; otherwise `null`.
 */
function refuseLosingParts(file: InventoryFile, checked: CheckedOutput, io: CliIo): StepFailed | null {
  const dropped = file.droppedParts ?? [];
  if (dropped.length === 0 || !checked.replacesInput) return null;
  io.stderr(
    `Die Arbeitsmappe enthält ${dropped.join(", ")}; diese gingen beim Überschreiben verloren. ` +
      `Bitte eine andere Zieldatei angeben – die Eingabe bleibt unverändert.\n`,
  );
  return { exitCode: EXIT_UNUSABLE };
}

/** The review sheets have fixed names; an inventory that lives on a sheet of that name is not overwritten. */
function reviewSheetCollision(file: InventoryFile): string | undefined {
  return [CLUSTER_SHEET_NAME, PROTOCOL_SHEET_NAME].find(
    (name) => name.toLowerCase() === file.sheetName.toLowerCase(),
  );
}

/** The report workbook in memory: summary sheets, the inventory copy, the review sheets, `extraSheets`. */
async function buildReport(
  call: ReportCall,
  { file, inventory }: LoadedInventory,
  kept: KeptProposal,
  extraSheets: ReportSheetsHook | undefined,
) {
  const sourceSheet = file.workbook?.worksheets.find((sheet) => sheet.name === file.sheetName);
  const reviewCollision = reviewSheetCollision(file);
  const reviewSheets = addReviewSheets({
    state: kept.applied.state,
    settings: kept.loaded?.settings ?? DEFAULT_REVIEW_SETTINGS,
    previousProtocol: kept.loaded?.protocol ?? [],
    newEntries: kept.applied.entries,
  });
  return writeReportWorkbook(inventory, reportClustersOf(kept.applied.state), {
    summary: {
      stichtag: call.stichtag,
      reifegradModell: call.modell ?? predominantReifegradModell(inventory),
      ...(call.values.drucksache === undefined ? {} : { drucksache: call.values.drucksache }),
      sheets: { details: call.values.anlage === true },
    },
    base: {
      grid: file.grid,
      ...(file.workbook === undefined ? {} : { workbook: file.workbook }),
      ...(sourceSheet === undefined ? {} : { sheet: sourceSheet }),
    },
    addSheets: async (workbook, context) => {
      if (reviewCollision === undefined) {
        reviewSheets(workbook, context);
        recordInventorySheet(workbook, safeSheetName(file.sheetName));
      }
      await extraSheets?.(workbook, context);
    },
  });
}

/** Writes the page for residents (`--html`); a failed write is printed and answered with exit code 1. */
async function writeResidentPage(
  call: ReportCall,
  path: string,
  inventory: Inventory,
  state: ReviewState,
  io: CliIo,
): Promise<StepFailed | null> {
  const page = residentPage(
    residentPageInput(inventory, state, { stichtag: call.stichtag, reifegradModell: call.modell }),
  );
  try {
    await writeFile(path, page, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "Fehler";
    io.stderr(`Die Seite „${call.values.html}“ kann nicht geschrieben werden (${code}).\n`);
    return { exitCode: EXIT_UNUSABLE };
  }
  io.stdout(`Seite für Einwohner*innen geschrieben: ${call.values.html}\n`);
  return null;
}

/** The closing lines: what was written, the kept decisions and every notice. */
function printReportOutcome(
  call: ReportCall,
  report: ReportWorkbook,
  kept: KeptProposal,
  file: InventoryFile,
  ms: number,
  io: CliIo,
): void {
  const kb = Math.round(report.buffer.length / 1024);
  io.stdout(
    `Bericht geschrieben: ${call.output} (${overviewHeadline(kept.applied.state)}, ${kb} KB, ${ms} ms)\n`,
  );
  if (kept.applied.summary !== null)
    io.stdout(`Prüfentscheidungen: ${renderMessage(kept.applied.summary.message, "de")}\n`);
  for (const notice of report.plan.notices) io.stdout(`Hinweis: ${renderMessage(notice, "de")}\n`);
  if (reviewSheetCollision(file) !== undefined)
    io.stdout(
      `Hinweis: Das Inventar steht auf dem Blatt „${file.sheetName}“; die Prüfblätter „${CLUSTER_SHEET_NAME}“ und „${PROTOCOL_SHEET_NAME}“ wurden deshalb nicht geschrieben.\n`,
    );
  const dropped = file.droppedParts ?? [];
  if (dropped.length > 0)
    io.stdout(
      `Hinweis: Die Eingabe enthält ${dropped.join(", ")}; diese sind im Bericht nicht enthalten. Die Eingabedatei bleibt unverändert.\n`,
    );
}

/** `--pdf`: the attachment's PDF next to the report, when LibreOffice is installed. */
async function writePdfIfPossible(report: ReportWorkbook, output: string, io: CliIo): Promise<void> {
  if (findSoffice() === null) {
    io.stderr("LibreOffice (soffice) ist nicht installiert – es wurde kein PDF erzeugt.\n");
    return;
  }
  const pdf = await writeAttachmentPdf(
    report.buffer,
    // The attachment: overview, charts and annex sheets; "Verlauf" is data kept for the next report.
    report.plan.sheets.filter((sheet) => sheet.kind !== "history").map((sheet) => sheet.name),
    output,
  );
  io.stdout(`PDF der Anlage geschrieben: ${pdf}\n`);
}

/**
 * Builds the `report` command. Earlier review decisions in the input (its `Cluster` column, the
 * `Cluster` definitions and settings sheets) are kept unless `--fresh`; the review sheets are written
 * into the report. `extraSheets` adds further sheets (tests).
 */
export function makeReportCommand(extraSheets?: ReportSheetsHook): CliCommand {
  return async (args, io: CliIo) => {
    const call = parseReportCall(args, io);
    if ("exitCode" in call) return call.exitCode;
    const now = new Date();
    const checked = await checkCallOutput(call, ".xlsx", now, io);
    if ("exitCode" in checked) return checked.exitCode;
    const html = residentPagePath(call, checked, io);
    if ("exitCode" in html) return html.exitCode;
    const started = performance.now();
    const proposed = await proposeForCall(
      call,
      {
        now,
        person: call.values.person?.trim() ?? "",
        refuse: ({ file }) => refuseLosingParts(file, checked, io),
      },
      io,
      HELP,
    );
    if ("exitCode" in proposed) return proposed.exitCode;
    const { loaded, kept } = proposed;
    const { inventory, file } = loaded;
    const report = await buildReport(call, loaded, kept, extraSheets);
    const failed = await writeOutputStep(checked, report.buffer, { output: call.output, now }, io);
    if (failed !== null) return failed.exitCode;
    if (html.path !== undefined) {
      const pageFailed = await writeResidentPage(call, html.path, inventory, kept.applied.state, io);
      if (pageFailed !== null) return pageFailed.exitCode;
    }
    printReportOutcome(call, report, kept, file, Math.round(performance.now() - started), io);
    if (call.values.pdf === true) await writePdfIfPossible(report, checked.target, io);
    return EXIT_OK;
  };
}

/**
 * The PDF of the committee attachment only (overview, charts, annex sheets when asked), in German number
 * and date format, next to `output` with its base name: rendered from a temporary copy in which every
 * other sheet is hidden (`attachmentOnly`), so "Seite x von y" counts the attachment's pages.
 */
async function writeAttachmentPdf(
  buffer: Buffer,
  sheets: readonly string[],
  output: string,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "pc-anlage-"));
  try {
    const copy = join(dir, basename(output));
    await writeFile(copy, await attachmentOnly(buffer, sheets));
    const pdf = await convertWithLibreOffice(copy, dir, "pdf", "soffice", "de-DE");
    const target = join(dirname(output), basename(pdf));
    await copyFile(pdf, target);
    return target;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `prozesscluster report <inventory> -o <bericht.xlsx> …` */
export const reportCommand: CliCommand = makeReportCommand();
