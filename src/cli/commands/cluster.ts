import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import Papa from "papaparse";
import { clusterProcesses } from "../../domain/clustering/clusterProcesses";
import type { BereichSource, ClusterResult, ClusterStrategy } from "../../domain/clustering/types";
import { cellText } from "../../domain/inventory/internals/cellText";
import type { Inventory } from "../../domain/inventory/types";
import type { ReviewState } from "../../domain/review/types";
import { applyDecisionsToProposal, loadDecisions } from "../loadDecisions";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, type CliIo } from "../io";
import type { CliCommand } from "../main";
import { parseCommandLine } from "../parseCommandLine";
import {
  parseBereichOption,
  parseCatalogueOption,
  parseGranularityOption,
  parseStrategyOption,
  UsageError,
} from "../commandOptions";
import { loadUsableInventory } from "../loadUsableInventory";
import { overviewHeadline } from "../../domain/review/overviewHeadline";
import type { InventoryFile } from "../readInventoryFile";
import { loadCatalogue } from "../loadCatalogue";

const HELP = [
  "Aufruf: prozesscluster cluster <datei.xlsx|datei.csv> -o <ausgabe.csv> [--sheet NAME]",
  "                              [--by auto|text|leika|leika-gruppe|column:<Spaltenkopf>] [--granularity 0..1]",
  "                              [--bereich auto|themenfeld|lebenslage|grob|column:<Spaltenkopf>|aus]",
  "",
  "Schlägt eine Übersicht in zwei Ebenen vor – Bereiche und darin Cluster – und schreibt eine CSV-Datei",
  "mit allen Spalten der Eingabe in der ursprünglichen Zeilenfolge und vier weiteren Spalten: „Bereich“,",
  "„Bereich-Begründung“, „Cluster“ (Name) und „Cluster-Begründung“. Frühere Prüfentscheidungen (Spalte",
  "„Cluster“, in .xlsx auch die Blätter „Cluster“ und die Einstellungen) bleiben erhalten; --fresh",
  "ignoriert sie.",
  "",
  "  -o, --output DATEI   Ausgabedatei (.csv, Semikolon, UTF-8 mit BOM für Excel)",
  "  --sheet NAME         Tabellenblatt (nur .xlsx)",
  "  --by VERFAHREN       auto (Standard: Namen plus vorhandene Schlüssel und Spalten), text (nur",
  "                       Namen), leika (LeiKa-Objekt, 8 Stellen), leika-gruppe (5 Stellen) oder",
  "                       column:<Spaltenkopf> (gleicher Wert einer Spalte)",
  "  --granularity G      0 = fein … 1 = grob; Standard: passende Einstellung des Verfahrens",
  "  --bereich QUELLE     obere Ebene: auto (Standard: eine Spalte Themenfeld, Fachbereich, Dezernat oder",
  "                       Fachanwendung mit 2–25 Werten, sonst ähnliche Themen), themenfeld, lebenslage",
  "                       (Spalte, sonst OZG-Katalog), grob (ähnliche Themen), column:<Spaltenkopf> oder",
  "                       aus (keine Bereiche)",
  "  --katalog an|aus     OZG-Katalog als Fachwissen nutzen (Standard: an; aus = nur Namen und Spalten,",
  "                       für Listen außerhalb der OZG-Welt)",
  "  --fresh              frühere Prüfentscheidungen nicht übernehmen",
  "",
  "Exit-Code: 0 geschrieben, 1 Eingabe nicht verwendbar, 2 falscher Aufruf.",
  "",
].join("\n");

/** What the CSV says of one process. */
interface Assigned {
  readonly label: string;
  readonly reason: string;
  readonly bereich: string;
  readonly bereichReason: string;
}

/** Cluster name and reason per process key: the review state decides, the engine's reasons explain. */
function assignments(state: ReviewState, proposal: ClusterResult | null): Map<string, Assigned> {
  const memberReason = new Map<string, string>();
  const clusterReason = new Map<string, string>();
  for (const c of proposal?.clusters ?? []) {
    for (const key of c.keys) {
      const member = c.memberReasons[key];
      memberReason.set(
        key,
        c.singleton || member === undefined || member === c.reason
          ? c.reason
          : `${c.reason}. Dieser Prozess: ${member}`,
      );
      clusterReason.set(key, c.reason);
    }
  }
  const byKey = new Map<string, Assigned>();
  for (const process of Object.values(state.processes)) {
    const cluster = state.clusters[process.clusterId];
    if (cluster === undefined) continue;
    const decided = [
      cluster.locked ? "Cluster gesperrt" : "",
      process.pinned ? "Prozess angeheftet" : "",
      process.manual ? "von Hand zugeordnet" : "",
    ].filter((text) => text !== "");
    const reason =
      decided.length > 0
        ? `Prüfentscheidung: ${decided.join(", ")}`
        : (memberReason.get(process.key) ?? (cluster.reason || clusterReason.get(process.key) || ""));
    byKey.set(process.key, {
      label: cluster.name,
      reason,
      bereich: cluster.bereich,
      bereichReason: cluster.bereichReason,
    });
  }
  return byKey;
}

/**
 * Header, data rows and the extra columns, in the grid's row order (rows without a name stay, unassigned).
 * An existing `Cluster` column is filled in place rather than repeated.
 */
function outputRows(
  file: InventoryFile,
  inventory: Inventory,
  byKey: ReadonlyMap<string, Assigned>,
): string[][] {
  const byRow = new Map(inventory.records.map((r) => [r.row, r] as const));
  const width = inventory.headers.length;
  const grid = file.grid;
  const clusterColumn = inventory.columns.find((column) => column.role === "cluster")?.index;
  const extraHeaders =
    clusterColumn === undefined
      ? ["Bereich", "Bereich-Begründung", "Cluster", "Cluster-Begründung"]
      : ["Bereich", "Bereich-Begründung", "Cluster-Begründung"];
  const out: string[][] = [[...inventory.headers, ...extraHeaders]];
  const headerIndex = inventory.headerRow - grid.firstRow;
  for (let i = headerIndex + 1; i < grid.values.length; i++) {
    const userRow = grid.firstRow + i;
    const record = byRow.get(userRow);
    const raw = grid.values[i] ?? [];
    const cells = Array.from(
      { length: width },
      (_, c) => record?.cells[c] ?? cellText(raw[c], grid.numberFormats?.[i]?.[c]),
    );
    if (record === undefined && cells.every((c) => c.trim() === "")) continue;
    const assigned = record === undefined ? undefined : byKey.get(record.key);
    const reason = assigned?.reason ?? "ohne Prozessnamen: nicht zugeordnet";
    const bereich = [assigned?.bereich ?? "", assigned?.bereichReason ?? ""];
    if (clusterColumn === undefined) out.push([...cells, ...bereich, assigned?.label ?? "", reason]);
    else
      out.push([
        ...cells.map((cell, c) => (c === clusterColumn ? (assigned?.label ?? cell) : cell)),
        ...bereich,
        reason,
      ]);
  }
  return out;
}

/** `prozesscluster cluster <file> -o <out.csv> …`: proposes clusters and writes them next to the input columns. */
export const clusterCommand: CliCommand = async (args, io: CliIo) => {
  const parsed = parseCommandLine(
    args,
    {
      output: { type: "string", short: "o" },
      sheet: { type: "string" },
      by: { type: "string" },
      granularity: { type: "string" },
      fresh: { type: "boolean" },
      bereich: { type: "string" },
      katalog: { type: "string" },
    },
    HELP,
    io,
  );
  if ("exitCode" in parsed) return parsed.exitCode;
  const output = parsed.values.output;
  if (parsed.positionals.length !== 1 || output === undefined) {
    io.stderr(`Bitte genau eine Eingabedatei und mit -o die Ausgabedatei angeben.\n\n${HELP}`);
    return EXIT_USAGE;
  }
  let granularity: number | undefined;
  try {
    granularity = parseGranularityOption(parsed.values.granularity);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const path = parsed.positionals[0] as string;
  const loadedInventory = await loadUsableInventory(path, parsed.values.sheet, io);
  if ("exitCode" in loadedInventory) return loadedInventory.exitCode;
  const { file, inventory } = loadedInventory;
  let strategy: ClusterStrategy;
  let bereich: BereichSource;
  let useCatalogue: boolean;
  try {
    strategy = parseStrategyOption(parsed.values.by, inventory);
    bereich = parseBereichOption(parsed.values.bereich, inventory);
    useCatalogue = parseCatalogueOption(parsed.values.katalog);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  // Earlier review decisions (the Cluster column, and in an .xlsx the Cluster/settings sheets) are kept.
  const fresh = parsed.values.fresh === true;
  const inputPath = resolve(io.cwd, path);
  const loaded = fresh ? null : await loadDecisions(inputPath);
  let proposal: ClusterResult | null = null;
  const applied = applyDecisionsToProposal(
    inventory.records,
    loaded,
    (records, constraints) => {
      proposal = clusterProcesses(records, {
        strategy,
        bereich,
        headers: inventory.headers,
        constraints,
        ...(useCatalogue ? { catalogue: loadCatalogue() } : {}),
        ...(granularity === undefined ? {} : { granularity }),
      });
      return proposal;
    },
    { at: new Date().toISOString(), fresh },
  );
  const result = applied.state;
  const csv = Papa.unparse(outputRows(file, inventory, assignments(result, proposal)), {
    delimiter: ";",
    newline: "\r\n",
  });
  const target = resolve(io.cwd, output);
  try {
    await writeFile(target, `\uFEFF${csv}\r\n`, "utf8");
  } catch (error) {
    io.stderr(
      `Die Ausgabedatei „${output}“ kann nicht geschrieben werden (${(error as { code?: string }).code ?? "Fehler"}).\n`,
    );
    return EXIT_UNUSABLE;
  }
  const used = (proposal as ClusterResult | null)?.granularity;
  io.stdout(
    overviewHeadline(result) +
      (used === undefined ? "" : ` (Feinheit ${used.toFixed(2).replace(".", ",")})`) +
      `. Geschrieben: ${output}\n`,
  );
  const why = (proposal as ClusterResult | null)?.overview?.choice.why;
  if (why !== undefined) io.stdout(`Bereiche: ${why}\n`);
  if (applied.summary !== null) io.stdout(`Prüfentscheidungen: ${applied.summary.text}\n`);
  return EXIT_OK;
};
