import { writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { clusterProcesses } from "../../domain/clustering/clusterProcesses";
import type { BereichSource, ClusterStrategy } from "../../domain/clustering/types";
import type { Inventory, ReifegradModell } from "../../domain/inventory/types";
import { convertWithLibreOffice, findSoffice } from "../convertWithLibreOffice";
import { applyDecisionsToProposal, loadDecisions } from "../loadDecisions";
import { addReviewSheets, reportClustersOf } from "../xlsx/addReviewSheets";
import {
  parseBereichOption,
  parseCatalogueOption,
  parseGranularityOption,
  parseStrategyOption,
  UsageError,
} from "../commandOptions";
import { loadUsableInventory } from "../loadUsableInventory";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "../io";
import type { CliCommand } from "../main";
import { parseCommandLine } from "../parseCommandLine";
import { DEFAULT_REVIEW_SETTINGS } from "../../domain/review/settingsSheet";
import { overviewHeadline } from "../../domain/review/overviewHeadline";
import { residentPage } from "../../domain/publication/residentPage";
import { writeReportWorkbook, type ReportWorkbookOptions } from "../xlsx/writeReportWorkbook";
import { loadCatalogue } from "../loadCatalogue";

const HELP = [
  "Aufruf: prozesscluster report <inventar.xlsx|inventar.csv> -o <bericht.xlsx> [Optionen]",
  "",
  "Schreibt den Ausschussbericht: Cluster-Übersicht mit Live-Formeln, Diagramme, das Prozessinventar",
  "(eigene Spalten und Reihenfolge, plus Spalte „Cluster“, als Tabelle „Prozesse“).",
  "",
  "  -o, --output DATEI    Zieldatei (.xlsx), Pflicht",
  "  --by ART              auto (Standard), text, leika, leika-gruppe oder column:<Überschrift>",
  "  --granularity ZAHL    0 = fein … 1 = grob (Standard: automatisch)",
  "  --bereich QUELLE      obere Ebene: auto (Standard), themenfeld, lebenslage, grob, column:<Überschrift>",
  "                        oder aus",
  "  --katalog an|aus      OZG-Katalog als Fachwissen nutzen (Standard: an)",
  "  --stichtag DATUM      JJJJ-MM-TT (Standard: heute)",
  "  --drucksache TEXT     Kopfzeile „Anlage zu Drucksache Nr. …“",
  "  --modell 1.1|2.0      Reifegradmodell (Standard: das im Inventar häufigste, sonst 1.1)",
  "  --anlage              je Cluster ein Anlageblatt mit den Prozessen",
  "  --sheet NAME          Tabellenblatt des Inventars (nur .xlsx)",
  "  --pdf                 zusätzlich PDF mit LibreOffice erzeugen (wenn installiert)",
  "  --html DATEI          zusätzlich eine Seite für Einwohner*innen (eine HTML-Datei, ohne Skripte und",
  "                        ohne Verweise auf andere Adressen, zum Veröffentlichen)",
  "  --fresh               frühere Prüfentscheidungen (Spalte „Cluster“, Blatt „Cluster“) nicht übernehmen",
  "",
  "Exit-Code: 0 geschrieben, 1 Inventar nicht verwendbar, 2 falscher Aufruf.",
  "",
].join("\n");

/** Extra sheets for the report, e.g. the review sheets "Cluster-Definitionen" and "Änderungsprotokoll". */
export type ReportSheetsHook = NonNullable<ReportWorkbookOptions["addSheets"]>;

/** Today as ISO date in local time (the CLI may read the clock; the domain may not). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function modelOf(inventory: Inventory): ReifegradModell {
  const v2 = inventory.records.filter((r) => r.reifegradModell === "2.0").length;
  const v1 = inventory.records.filter((r) => r.reifegradModell === "1.1").length;
  return v2 > v1 ? "2.0" : "1.1";
}

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
        output: { type: "string", short: "o" },
        by: { type: "string" },
        granularity: { type: "string" },
        stichtag: { type: "string" },
        drucksache: { type: "string" },
        modell: { type: "string" },
        anlage: { type: "boolean" },
        sheet: { type: "string" },
        pdf: { type: "boolean" },
        fresh: { type: "boolean" },
        bereich: { type: "string" },
        katalog: { type: "string" },
        html: { type: "string" },
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
    const stichtag = v.stichtag ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(stichtag)) {
      io.stderr(`Der Stichtag „${stichtag}“ ist kein Datum der Form JJJJ-MM-TT.\n`);
      return EXIT_USAGE;
    }
    let granularity: number | undefined;
    try {
      granularity = parseGranularityOption(v.granularity);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`${error.message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    if (v.modell !== undefined && v.modell !== "1.1" && v.modell !== "2.0") {
      io.stderr(`--modell erwartet 1.1 oder 2.0, nicht „${v.modell}“.\n`);
      return EXIT_USAGE;
    }
    const started = performance.now();
    const loadedInventory = await loadUsableInventory(input, v.sheet, io);
    if ("exitCode" in loadedInventory) return loadedInventory.exitCode;
    const { inventory } = loadedInventory;
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
    const loaded = v.fresh === true ? null : await loadDecisions(inputPath);
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
          ...(granularity === undefined ? {} : { granularity }),
        }),
      { at: new Date().toISOString(), fresh: v.fresh === true },
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
        reifegradModell: (v.modell as ReifegradModell | undefined) ?? modelOf(inventory),
        ...(v.drucksache === undefined ? {} : { drucksache: v.drucksache }),
        sheets: { details: v.anlage === true },
      },
      addSheets: async (workbook, context) => {
        reviewSheets(workbook);
        await extraSheets?.(workbook, context);
      },
    });
    const output = resolve(io.cwd, v.output);
    await writeFile(output, report.buffer);
    if (v.html !== undefined) {
      const page = residentPage({
        inventory,
        clusters: report.clusters,
        options: {
          stichtag,
          reifegradModell: (v.modell as ReifegradModell | undefined) ?? modelOf(inventory),
        },
      });
      await writeFile(resolve(io.cwd, v.html), page, "utf8");
      io.stdout(`Seite für Einwohner*innen geschrieben: ${v.html}\n`);
    }
    const ms = Math.round(performance.now() - started);
    io.stdout(
      `Bericht geschrieben: ${v.output} (${overviewHeadline(applied.state)}, ${Math.round(report.buffer.length / 1024)} KB, ${ms} ms)\n`,
    );
    if (applied.summary !== null) io.stdout(`Prüfentscheidungen: ${applied.summary.text}\n`);
    for (const notice of report.plan.notices) io.stdout(`Hinweis: ${notice}\n`);
    if (v.pdf === true) {
      if (findSoffice() === null) {
        io.stderr("LibreOffice (soffice) ist nicht installiert – es wurde kein PDF erzeugt.\n");
      } else {
        const pdf = await convertWithLibreOffice(output, dirname(output), "pdf");
        io.stdout(`PDF geschrieben: ${pdf}\n`);
      }
    }
    return EXIT_OK;
  };
}

/** `prozesscluster report <inventory> -o <bericht.xlsx> …` */
export const reportCommand: CliCommand = makeReportCommand();
