import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { renderMessage } from "../../domain/messages/renderMessage";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { attachmentOnly } from "../xlsx/attachmentOnly";
import { clusterProcesses } from "../../domain/clustering/clusterProcesses";
import type { BereichSource, ClusterStrategy, Granularity } from "../../domain/clustering/types";
import type { ReifegradModell } from "../../domain/inventory/types";
import { convertWithLibreOffice, findSoffice } from "../convertWithLibreOffice";
import { applyDecisionsToProposal, loadDecisions } from "../loadDecisions";
import { addReviewSheets, reportClustersOf } from "../xlsx/addReviewSheets";
import {
  parseBereichOption,
  parseCatalogueOption,
  parseColumnOverrides,
  parseGranularityOption,
  parseStichtag,
  parseStrategyOption,
  STRATEGY_HELP,
  UsageError,
  type ColumnOverride,
} from "../commandOptions";
import { checkOutput, OutputRefusedError, writeOutput, type CheckedOutput } from "../outputFile";
import { recordInventorySheet } from "../xlsx/recordInventorySheet";
import { safeSheetName } from "../xlsx/safeSheetName";
import { localTimestamp } from "../../domain/review/protocolTime";
import { CLUSTER_SHEET_NAME, PROTOCOL_SHEET_NAME } from "../../domain/review/reviewSheetTypes";
import { loadUsableInventory } from "../loadUsableInventory";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, type CliCommand, type CliIo } from "../io";
import {
  INPUT_HELP,
  INPUT_OPTIONS,
  OUTPUT_HELP,
  OUTPUT_OPTIONS,
  parseCommandLine,
} from "../parseCommandLine";
import { DEFAULT_REVIEW_SETTINGS } from "../../domain/review/settingsSheet";
import { overviewHeadline } from "../../domain/review/overviewHeadline";
import { residentPage } from "../../domain/publication/residentPage";
import { residentPageInput } from "../../domain/publication/residentPageInput";
import { predominantReifegradModell } from "../../domain/inventory/predominantReifegradModell";
import { writeReportWorkbook, type ReportWorkbookOptions } from "../xlsx/writeReportWorkbook";
import { loadCatalogue } from "../loadCatalogue";
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

/**
 * Builds the `report` command. Earlier review decisions in the input (its `Cluster` column, the
 * `Cluster` definitions and settings sheets) are kept unless `--fresh`; the review sheets are written
 * into the report. `extraSheets` adds further sheets (tests).
 */
export function makeReportCommand(extraSheets?: ReportSheetsHook): CliCommand {
  return async (args, io: CliIo) => {
    const parsed = parseCommandLine(
      args,
      {
        ...INPUT_OPTIONS,
        ...OUTPUT_OPTIONS,
        by: { type: "string" },
        granularity: { type: "string" },
        stichtag: { type: "string" },
        drucksache: { type: "string" },
        modell: { type: "string" },
        anlage: { type: "boolean" },
        pdf: { type: "boolean" },
        fresh: { type: "boolean" },
        bereich: { type: "string" },
        katalog: { type: "string" },
        html: { type: "string" },
        person: { type: "string" },
      },
      HELP,
      io,
    );
    if ("exitCode" in parsed) return parsed.exitCode;
    const v = parsed.values;
    const [input] = parsed.positionals;
    if (parsed.positionals.length !== 1 || input === undefined || v.output === undefined) {
      io.stderr(`Bitte genau eine Inventardatei und mit -o die Zieldatei angeben.\n\n${HELP}`);
      return EXIT_USAGE;
    }
    const stichtag = v.stichtag === undefined ? localIsoDate(new Date()) : parseStichtag(v.stichtag);
    if (stichtag === null) {
      io.stderr(`Der Stichtag „${v.stichtag ?? ""}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT).\n`);
      return EXIT_USAGE;
    }
    let granularity: Granularity;
    let overrides: ColumnOverride[];
    try {
      granularity = parseGranularityOption(v.granularity);
      overrides = parseColumnOverrides(v.spalte);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`${error.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    if (v.modell !== undefined && v.modell !== "1.1" && v.modell !== "2.0") {
      io.stderr(`--modell erwartet 1.1 oder 2.0, nicht „${v.modell}“.\n`);
      return EXIT_USAGE;
    }
    const now = new Date();
    let checked: CheckedOutput;
    try {
      checked = await checkOutput({
        input,
        output: v.output,
        cwd: io.cwd,
        extensions: [".xlsx"],
        overwrite: v.ueberschreiben === true,
        now,
      });
    } catch (error) {
      if (!(error instanceof OutputRefusedError)) throw error;
      io.stderr(`${error.message}\n`);
      return EXIT_USAGE;
    }
    const htmlPath = v.html === undefined ? undefined : resolve(io.cwd, v.html);
    if (htmlPath !== undefined) {
      const ext = extname(htmlPath).toLowerCase();
      if (ext !== ".html" && ext !== ".htm") {
        io.stderr(
          `Die Seite für Einwohner*innen braucht eine Datei mit der Endung .html, nicht „${v.html}“.\n`,
        );
        return EXIT_USAGE;
      }
      if (htmlPath === resolve(io.cwd, input) || htmlPath === checked.target) {
        io.stderr(
          `„${v.html}“ ist die Eingabe oder der Bericht; bitte eine andere Datei für die Seite angeben.\n`,
        );
        return EXIT_USAGE;
      }
    }
    const started = performance.now();
    const loadedInventory = await loadUsableInventory(input, { sheet: v.sheet, overrides }, io, HELP);
    if ("exitCode" in loadedInventory) return loadedInventory.exitCode;
    const { inventory, file } = loadedInventory;
    const dropped = file.droppedParts ?? [];
    if (dropped.length > 0 && checked.replacesInput) {
      io.stderr(
        `Die Arbeitsmappe enthält ${dropped.join(", ")}; diese gingen beim Überschreiben verloren. ` +
          `Bitte eine andere Zieldatei angeben – die Eingabe bleibt unverändert.\n`,
      );
      return EXIT_UNUSABLE;
    }
    let strategy: ClusterStrategy;
    let bereich: BereichSource;
    let useCatalogue: boolean;
    try {
      strategy = parseStrategyOption(v.by, inventory);
      bereich = parseBereichOption(v.bereich, inventory);
      useCatalogue = parseCatalogueOption(v.katalog);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`${error.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    const inputPath = resolve(io.cwd, input);
    const loaded = v.fresh === true ? null : await loadDecisions(file.workbook ?? inputPath);
    const applied = applyDecisionsToProposal(
      inventory.records,
      loaded,
      (records, constraints) =>
        clusterProcesses(records, {
          strategy,
          bereich,
          headers: inventory.headers,
          constraints,
          ...(useCatalogue ? { catalogue: loadCatalogue() } : {}),
          granularity,
        }),
      {
        // Local wall-clock time with its offset: the protocol shows it as an Excel date-time.
        at: localTimestamp(now.getTime(), -now.getTimezoneOffset()),
        person: v.person?.trim() ?? "",
        fresh: v.fresh === true,
      },
    );
    const sourceSheet = file.workbook?.worksheets.find((sheet) => sheet.name === file.sheetName);
    // The review sheets have fixed names; an inventory that lives on a sheet of that name is not overwritten.
    const reviewCollision = [CLUSTER_SHEET_NAME, PROTOCOL_SHEET_NAME].find(
      (name) => name.toLowerCase() === file.sheetName.toLowerCase(),
    );
    const reviewSheets = addReviewSheets({
      state: applied.state,
      settings: loaded?.settings ?? DEFAULT_REVIEW_SETTINGS,
      previousProtocol: loaded?.protocol ?? [],
      newEntries: applied.entries,
    });
    const report = await writeReportWorkbook(inventory, reportClustersOf(applied.state), {
      summary: {
        stichtag,
        reifegradModell: (v.modell as ReifegradModell | undefined) ?? predominantReifegradModell(inventory),
        ...(v.drucksache === undefined ? {} : { drucksache: v.drucksache }),
        sheets: { details: v.anlage === true },
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
    const output = checked.target;
    let backup: string | null;
    try {
      backup = await writeOutput(checked, report.buffer, { output: v.output, now });
    } catch (error) {
      if (!(error instanceof OutputRefusedError)) throw error;
      io.stderr(`${error.message}\n`);
      return EXIT_UNUSABLE;
    }
    if (backup !== null) io.stdout(`Sicherungskopie der Eingabe: ${backup}\n`);
    if (v.html !== undefined) {
      const page = residentPage(
        residentPageInput(inventory, applied.state, {
          stichtag,
          reifegradModell: v.modell as ReifegradModell | undefined,
        }),
      );
      try {
        await writeFile(htmlPath ?? v.html, page, "utf8");
      } catch (error) {
        const code = (error as { code?: string }).code ?? "Fehler";
        io.stderr(`Die Seite „${v.html}“ kann nicht geschrieben werden (${code}).\n`);
        return EXIT_UNUSABLE;
      }
      io.stdout(`Seite für Einwohner*innen geschrieben: ${v.html}\n`);
    }
    const ms = Math.round(performance.now() - started);
    io.stdout(
      `Bericht geschrieben: ${v.output} (${overviewHeadline(applied.state)}, ${Math.round(report.buffer.length / 1024)} KB, ${ms} ms)\n`,
    );
    if (applied.summary !== null)
      io.stdout(`Prüfentscheidungen: ${renderMessage(applied.summary.message, "de")}\n`);
    for (const notice of report.plan.notices) io.stdout(`Hinweis: ${renderMessage(notice, "de")}\n`);
    if (reviewCollision !== undefined)
      io.stdout(
        `Hinweis: Das Inventar steht auf dem Blatt „${file.sheetName}“; die Prüfblätter „${CLUSTER_SHEET_NAME}“ und „${PROTOCOL_SHEET_NAME}“ wurden deshalb nicht geschrieben.\n`,
      );
    if (dropped.length > 0)
      io.stdout(
        `Hinweis: Die Eingabe enthält ${dropped.join(", ")}; diese sind im Bericht nicht enthalten. Die Eingabedatei bleibt unverändert.\n`,
      );
    if (v.pdf === true) {
      if (findSoffice() === null) {
        io.stderr("LibreOffice (soffice) ist nicht installiert – es wurde kein PDF erzeugt.\n");
      } else {
        const pdf = await writeAttachmentPdf(
          report.buffer,
          // The attachment: overview, charts and annex sheets; "Verlauf" is data kept for the next report.
          report.plan.sheets.filter((sheet) => sheet.kind !== "history").map((sheet) => sheet.name),
          output,
        );
        io.stdout(`PDF der Anlage geschrieben: ${pdf}\n`);
      }
    }
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
