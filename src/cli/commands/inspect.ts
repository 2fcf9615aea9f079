import { renderMessage } from "../../domain/messages/renderMessage";
import { ROLE_LABELS } from "../../domain/inventory/roleLabels";
import type { Inventory } from "../../domain/inventory/types";
import { parseColumnOverrides, UsageError, type ColumnOverride } from "../commandOptions";
import { loadUsableInventory } from "../loadUsableInventory";
import { EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE, type CliCommand, type CliIo } from "../io";
import { countOf, groupIssues } from "../groupIssues";
import { INPUT_HELP, INPUT_OPTIONS, parseCommandLine } from "../parseCommandLine";
import type { InventoryFile } from "../readInventoryFile";

const HELP = [
  "Aufruf: prozesscluster inspect <inventar.xlsx|inventar.csv> [Optionen]",
  "",
  "Zeigt, was Prozesscluster im Prozessinventar erkennt: Blatt, Kopfzeile, Rolle jeder Spalte mit",
  "Sicherheit, Zahl der Zeilen und alle Hinweise zu einzelnen Zeilen.",
  "",
  ...INPUT_HELP,
  "  --json                   Ergebnis als ein JSON-Objekt ausgeben",
  "",
  "Exit-Code: 0 verwendbar, 1 nicht verwendbar, 2 falscher Aufruf.",
  "",
].join("\n");

/** The `--json` output: one object, row numbers as the user sees them. */
export interface InspectJson {
  readonly sheet: string;
  readonly headerRow: number;
  readonly rows: number;
  readonly columns: readonly {
    readonly header: string;
    readonly role: string | null;
    readonly confidence: number;
  }[];
  readonly issues: readonly {
    readonly row: number | null;
    readonly column: string | null;
    readonly kind: string;
    readonly message: string;
  }[];
}

/** Builds the `--json` object of an inspected inventory. */
export function toInspectJson(file: InventoryFile, inventory: Inventory): InspectJson {
  return {
    sheet: file.sheetName,
    headerRow: inventory.headerRow,
    rows: inventory.records.length,
    columns: inventory.columns.map((c) => ({ header: c.header, role: c.role, confidence: c.confidence })),
    issues: inventory.issues.map((i) => ({
      row: i.row,
      column: i.column,
      kind: i.kind,
      message: renderMessage(i.message, "de"),
    })),
  };
}

const percent = (x: number): string => `${Math.round(x * 100)} %`;

function delimiterText(delimiter: InventoryFile["delimiter"]): string {
  if (delimiter === "none") return "eine Spalte, kein Trennzeichen";
  return `Trennzeichen „${delimiter === "\t" ? "Tab" : (delimiter ?? "?")}“`;
}

function describe(file: InventoryFile, path: string, inventory: Inventory): string {
  const lines: string[] = [];
  const source =
    file.format === "csv" ? `CSV, ${file.encoding ?? "?"}, ${delimiterText(file.delimiter)}` : "Excel";
  lines.push(`Datei:       ${path} (${source})`);
  if (file.format === "xlsx")
    lines.push(
      `Blatt:       ${file.sheetName}${inventory.tableName === undefined ? "" : ` (Tabelle „${inventory.tableName}“)`}`,
    );
  lines.push(`Kopfzeile:   Zeile ${inventory.headerRow}`);
  lines.push(
    `Prozesse:    ${inventory.records.length}${inventory.excludedCount > 0 ? ` (${countOf(inventory.excludedCount, "Zeile", "Zeilen")} ohne Namen ausgeschlossen)` : ""}`,
  );
  lines.push("", "Spalten:");
  const width = Math.max(8, ...inventory.columns.map((c) => c.header.length));
  for (const c of inventory.columns) {
    const role =
      c.role === null
        ? "– nicht erkannt, wird unverändert mitgeführt"
        : `${ROLE_LABELS[c.role]} (${c.role}), ${percent(c.confidence)}`;
    lines.push(`  ${c.header.padEnd(width)}  ${role}`);
  }
  lines.push("");
  if (inventory.issues.length === 0) lines.push("Hinweise:    keine");
  else {
    lines.push(`Hinweise (${inventory.issues.length}):`);
    for (const line of groupIssues(inventory.issues)) lines.push(`  ${line}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Why an inventory cannot be used, as one German sentence for stderr. */
function unusableReason(inventory: Inventory): string {
  const fatal = inventory.issues.find((i) => i.severity === "error");
  return fatal === undefined
    ? "Das Prozessinventar enthält keine verwendbaren Zeilen."
    : renderMessage(fatal.message, "de");
}

/** `prozesscluster inspect <file> [--sheet NAME] [--json]`: prints what was understood of an inventory. */
export const inspectCommand: CliCommand = async (args, io: CliIo) => {
  const parsed = parseCommandLine(args, { ...INPUT_OPTIONS, json: { type: "boolean" } }, HELP, io);
  if ("exitCode" in parsed) return parsed.exitCode;
  if (parsed.positionals.length !== 1) {
    io.stderr(`Bitte genau eine Datei angeben.\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const path = parsed.positionals[0] as string;
  let overrides: ColumnOverride[];
  try {
    overrides = parseColumnOverrides(parsed.values.spalte);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${HELP}`);
    return EXIT_USAGE;
  }
  const loaded = await loadUsableInventory(
    path,
    { sheet: parsed.values.sheet, overrides, allowUnusable: true },
    io,
    HELP,
  );
  if ("exitCode" in loaded) return loaded.exitCode;
  const { file, inventory } = loaded;
  io.stdout(
    parsed.values.json === true
      ? `${JSON.stringify(toInspectJson(file, inventory), null, 2)}\n`
      : describe(file, path, inventory),
  );
  if (!inventory.usable) {
    io.stderr(`Das Prozessinventar ist so nicht verwendbar: ${unusableReason(inventory)}\n`);
    return EXIT_UNUSABLE;
  }
  return EXIT_OK;
};
