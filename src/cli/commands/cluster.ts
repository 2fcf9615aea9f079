import type { ClusterResult } from "../../domain/clustering/types";
import { overviewHeadline } from "../../domain/review/overviewHeadline";
import { loadCatalogue } from "../loadCatalogue";
import { CATALOGUE_COLUMN_HEADERS, catalogueColumns } from "../../domain/catalogue/catalogueColumns";
import { cellText, isDateFormat } from "../../domain/inventory/cellText";
import type { Inventory, ProcessRecord, RawCell } from "../../domain/inventory/types";
import { csvNumber, formatCsv } from "../csv/formatCsv";
import { mergeToolColumns, type ToolColumn } from "../csv/toolColumns";
import type { ReviewState } from "../../domain/review/types";
import { renderMessage } from "../../domain/messages/renderMessage";
import type { Message } from "../../domain/messages/types";
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "../io";
import { INPUT_HELP, optionsOf, OUTPUT_HELP, parseCommandLine } from "../parseCommandLine";
import { STRATEGY_HELP } from "../commandOptions";
import {
  checkCallOutput,
  CLUSTERING_OPTIONS,
  clusteringCall,
  proposeForCall,
  writeOutputStep,
  type KeptProposal,
} from "../commandSteps";
import type { InventoryFile } from "../readInventoryFile";

const HELP = [
  "Aufruf: prozesscluster cluster <inventar.xlsx|inventar.csv> -o <ausgabe.csv> [Optionen]",
  "",
  "Schlägt eine Übersicht in zwei Ebenen vor – Bereiche und darin Cluster – und schreibt eine CSV-Datei",
  "mit allen Spalten der Eingabe in der ursprünglichen Zeilenfolge und vier weiteren Spalten: „Bereich“,",
  "„Bereich-Begründung“, „Cluster“ (Name) und „Cluster-Begründung“ (auf der eigenen Ausgabe werden",
  "diese Spalten ersetzt, nicht wiederholt).",
  "Frühere Prüfentscheidungen (Spalte „Cluster“, in .xlsx auch die Blätter „Cluster“ und die",
  "Einstellungen) bleiben erhalten; --fresh ignoriert sie.",
  "",
  "  -o, --output DATEI       Ausgabedatei (.csv; Semikolon, Dezimalkomma, UTF-8 mit BOM für Excel)",
  ...OUTPUT_HELP,
  ...INPUT_HELP,
  ...STRATEGY_HELP,
  "  --katalog-spalten        zusätzlich die Spalten „OZG-Leistung (Katalog)“, „Lebenslage (Katalog)“",
  "                           und „Themenfeld (Katalog)“: die Zuordnung jeder Zeile zum OZG-Katalog",
  "  --fresh                  frühere Prüfentscheidungen nicht übernehmen",
  "",
  "Exit-Code: 0 geschrieben, 1 Eingabe nicht verwendbar oder nicht schreibbar, 2 falscher Aufruf.",
  "",
].join("\n");

/** The command line and the CSV speak German. */
function german(message: Message): string {
  return renderMessage(message, "de");
}

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
    const reason = german(c.reason);
    for (const key of c.keys) {
      const raw = c.memberReasons[key];
      const member = raw === undefined ? undefined : german(raw);
      memberReason.set(
        key,
        c.singleton || member === undefined || member === reason
          ? reason
          : `${reason}. Dieser Prozess: ${member}`,
      );
      clusterReason.set(key, reason);
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
        : (memberReason.get(process.key) ?? (german(cluster.reason) || clusterReason.get(process.key) || ""));
    byKey.set(process.key, {
      label: cluster.name,
      reason,
      bereich: cluster.bereich,
      bereichReason: german(cluster.bereichReason),
    });
  }
  return byKey;
}

/** One output row: the record it shows (undefined for rows without a name). */
type OutputRow = { readonly record: ProcessRecord | undefined };

/** The columns `cluster` adds; on its own output it replaces them (see `mergeToolColumns`). */
function clusterToolColumns(byKey: ReadonlyMap<string, Assigned>): ToolColumn<OutputRow>[] {
  const assigned = (row: OutputRow) => (row.record === undefined ? undefined : byKey.get(row.record.key));
  return [
    { header: "Bereich", value: (row) => assigned(row)?.bereich ?? "" },
    { header: "Bereich-Begründung", value: (row) => assigned(row)?.bereichReason ?? "" },
    { header: "Cluster", value: (row, existing) => assigned(row)?.label ?? existing },
    {
      header: "Cluster-Begründung",
      value: (row) => assigned(row)?.reason ?? "ohne Prozessnamen: nicht zugeordnet",
    },
  ];
}

/** Display text of an input cell; numbers with a decimal comma, as the `;` CSV's readers expect. */
function outputCell(raw: RawCell, format: string | undefined, display: string | undefined): string {
  if (typeof raw === "number" && !isDateFormat(format)) return csvNumber(raw);
  return display ?? cellText(raw, format);
}

/**
 * Header, data rows and the tool's columns, in the grid's row order (rows without a name stay,
 * unassigned; the table ends where the inventory ends).
 */
function outputRows(
  file: InventoryFile,
  inventory: Inventory,
  columns: readonly ToolColumn<OutputRow>[],
): string[][] {
  const byRow = new Map(inventory.records.map((r) => [r.row, r] as const));
  const width = inventory.headers.length;
  const grid = file.grid;
  const clusterColumn = inventory.columns.find((column) => column.role === "cluster")?.index;
  const headerIndex = inventory.headerRow - grid.firstRow;
  const lastIndex = (inventory.lastRow ?? grid.firstRow + grid.values.length - 1) - grid.firstRow;
  const rows: { row: OutputRow; cells: string[] }[] = [];
  for (let i = headerIndex + 1; i <= lastIndex; i++) {
    const record = byRow.get(grid.firstRow + i);
    const raw = grid.values[i] ?? [];
    const cells = Array.from({ length: width }, (_, c) =>
      outputCell(raw[c], grid.numberFormats?.[i]?.[c], record?.cells[c]),
    );
    if (record === undefined && cells.every((c) => c.trim() === "")) continue;
    rows.push({ row: { record }, cells });
  }
  return mergeToolColumns(inventory.headers, rows, columns, (column) =>
    column.header === "Cluster" ? clusterColumn : undefined,
  );
}

/** The OZG catalogue columns (`--katalog-spalten`): each row's mapping to the catalogue. */
function catalogueToolColumns(inventory: Inventory): ToolColumn<OutputRow>[] {
  const mapping = catalogueColumns(inventory.records, loadCatalogue());
  return CATALOGUE_COLUMN_HEADERS.map((header, i) => ({
    header,
    value: (row: OutputRow) => (row.record === undefined ? "" : (mapping.get(row.record.key)?.[i] ?? "")),
  }));
}

/** The closing lines: headline with the granularity used, the Bereich choice, the kept decisions. */
function printOutcome(kept: KeptProposal, output: string, io: CliIo): void {
  const used = kept.proposal?.granularity;
  io.stdout(
    overviewHeadline(kept.applied.state) +
      (used === undefined ? "" : ` (Feinheit ${used.toFixed(2).replace(".", ",")})`) +
      `. Geschrieben: ${output}\n`,
  );
  const why = kept.proposal?.overview?.choice.why;
  if (why !== undefined) io.stdout(`Bereiche: ${german(why)}\n`);
  if (kept.applied.summary !== null)
    io.stdout(`Prüfentscheidungen: ${renderMessage(kept.applied.summary.message, "de")}\n`);
}

/** `prozesscluster cluster <file> -o <out.csv> …`: proposes clusters and writes them next to the input columns. */
export const clusterCommand: CliCommand = async (args, io: CliIo) => {
  const parsed = parseCommandLine(
    args,
    { ...CLUSTERING_OPTIONS, ...optionsOf("boolean", "katalog-spalten") },
    HELP,
    io,
  );
  if ("exitCode" in parsed) return parsed.exitCode;
  const call = clusteringCall(
    parsed,
    "Bitte genau eine Eingabedatei und mit -o die Ausgabedatei angeben.",
    io,
    HELP,
  );
  if ("exitCode" in call) return call.exitCode;
  const now = new Date();
  const checked = await checkCallOutput(call, ".csv", now, io);
  if ("exitCode" in checked) return checked.exitCode;
  const proposed = await proposeForCall(call, { now }, io, HELP);
  if ("exitCode" in proposed) return proposed.exitCode;
  const { loaded, engine, kept } = proposed;
  const columns = clusterToolColumns(assignments(kept.applied.state, kept.proposal));
  if (call.values["katalog-spalten"] === true) {
    if (!engine.useCatalogue) {
      io.stderr(
        `--katalog-spalten braucht den OZG-Katalog; bitte nicht zusammen mit --katalog aus angeben.\n`,
      );
      return EXIT_USAGE;
    }
    columns.push(...catalogueToolColumns(loaded.inventory));
  }
  const csv = formatCsv(outputRows(loaded.file, loaded.inventory, columns));
  const failed = await writeOutputStep(checked, csv, { output: call.output, now }, io);
  if (failed !== null) return failed.exitCode;
  printOutcome(kept, call.output, io);
  return EXIT_OK;
};
