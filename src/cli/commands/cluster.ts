import { resolve } from "node:path";
import { renderMessage } from "../../domain/messages/renderMessage";
import { clusterProcesses } from "../../domain/clustering/clusterProcesses";
import type {
  BereichSource,
  ClusterResult,
  ClusterStrategy,
  Granularity,
} from "../../domain/clustering/types";
import { overviewHeadline } from "../../domain/review/overviewHeadline";
import { loadCatalogue } from "../loadCatalogue";
import { CATALOGUE_COLUMN_HEADERS, catalogueColumns } from "../../domain/catalogue/catalogueColumns";
import { cellText, isDateFormat } from "../../domain/inventory/cellText";
import type { Inventory, ProcessRecord, RawCell } from "../../domain/inventory/types";
import { csvNumber, formatCsv } from "../csv/formatCsv";
import { mergeToolColumns, type ToolColumn } from "../csv/toolColumns";
import { checkOutput, OutputRefusedError, writeOutput, type CheckedOutput } from "../outputFile";
import type { ReviewState } from "../../domain/review/types";
import { localTimestamp } from "../../domain/review/protocolTime";
import { applyDecisionsToProposal, loadDecisions } from "../loadDecisions";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, type CliCommand, type CliIo } from "../io";
import {
  INPUT_HELP,
  INPUT_OPTIONS,
  OUTPUT_HELP,
  OUTPUT_OPTIONS,
  parseCommandLine,
} from "../parseCommandLine";
import {
  parseBereichOption,
  parseCatalogueOption,
  parseColumnOverrides,
  parseGranularityOption,
  parseStrategyOption,
  STRATEGY_HELP,
  UsageError,
  type ColumnOverride,
} from "../commandOptions";
import { loadUsableInventory } from "../loadUsableInventory";
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

/** `prozesscluster cluster <file> -o <out.csv> …`: proposes clusters and writes them next to the input columns. */
export const clusterCommand: CliCommand = async (args, io: CliIo) => {
  const parsed = parseCommandLine(
    args,
    {
      ...INPUT_OPTIONS,
      ...OUTPUT_OPTIONS,
      by: { type: "string" },
      granularity: { type: "string" },
      fresh: { type: "boolean" },
      bereich: { type: "string" },
      katalog: { type: "string" },
      "katalog-spalten": { type: "boolean" },
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
  let granularity: Granularity;
  let overrides: ColumnOverride[];
  try {
    granularity = parseGranularityOption(parsed.values.granularity);
    overrides = parseColumnOverrides(parsed.values.spalte);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const path = parsed.positionals[0] as string;
  const now = new Date();
  let checked: CheckedOutput;
  try {
    checked = await checkOutput({
      input: path,
      output,
      cwd: io.cwd,
      extensions: [".csv"],
      overwrite: parsed.values.ueberschreiben === true,
      now,
    });
  } catch (error) {
    if (!(error instanceof OutputRefusedError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT_USAGE;
  }
  const loadedInventory = await loadUsableInventory(
    path,
    { sheet: parsed.values.sheet, overrides },
    io,
    HELP,
  );
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
  const loaded = fresh ? null : await loadDecisions(file.workbook ?? inputPath);
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
        granularity,
      });
      return proposal;
    },
    { at: localTimestamp(now.getTime(), -now.getTimezoneOffset()), fresh },
  );
  const result = applied.state;
  const columns = clusterToolColumns(assignments(result, proposal));
  if (parsed.values["katalog-spalten"] === true) {
    if (!useCatalogue) {
      io.stderr(
        `--katalog-spalten braucht den OZG-Katalog; bitte nicht zusammen mit --katalog aus angeben.\n`,
      );
      return EXIT_USAGE;
    }
    const mapping = catalogueColumns(inventory.records, loadCatalogue());
    CATALOGUE_COLUMN_HEADERS.forEach((header, i) =>
      columns.push({
        header,
        value: (row) => (row.record === undefined ? "" : (mapping.get(row.record.key)?.[i] ?? "")),
      }),
    );
  }
  const csv = formatCsv(outputRows(file, inventory, columns));
  let backup: string | null;
  try {
    backup = await writeOutput(checked, csv, { output, now });
  } catch (error) {
    if (!(error instanceof OutputRefusedError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT_UNUSABLE;
  }
  if (backup !== null) io.stdout(`Sicherungskopie der Eingabe: ${backup}\n`);
  const used = (proposal as ClusterResult | null)?.granularity;
  io.stdout(
    overviewHeadline(result) +
      (used === undefined ? "" : ` (Feinheit ${used.toFixed(2).replace(".", ",")})`) +
      `. Geschrieben: ${output}\n`,
  );
  const why = (proposal as ClusterResult | null)?.overview?.choice.why;
  if (why !== undefined) io.stdout(`Bereiche: ${why}\n`);
  if (applied.summary !== null)
    io.stdout(`Prüfentscheidungen: ${renderMessage(applied.summary.message, "de")}\n`);
  return EXIT_OK;
};
