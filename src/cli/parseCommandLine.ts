import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Options every command that reads an inventory accepts. Add a shared option here once, and its help line
 * to `INPUT_HELP`, so all commands use the same words.
 */
export const INPUT_OPTIONS = {
  sheet: { type: "string" },
  spalte: { type: "string", multiple: true },
} as const satisfies Options;

/** Options of every command that writes a file. */
export const OUTPUT_OPTIONS = {
  output: { type: "string", short: "o" },
  ueberschreiben: { type: "boolean" },
} as const satisfies Options;

/** The options of one kind, by name: `"string"` ones take a value (`--name TEXT`), `"boolean"` ones are switches. */
export function optionsOf<const T extends "string" | "boolean", const N extends string>(
  type: T,
  ...names: N[]
): { readonly [K in N]: { readonly type: T } } {
  return Object.fromEntries(names.map((name) => [name, { type }])) as {
    readonly [K in N]: { readonly type: T };
  };
}

/** Help lines of `INPUT_OPTIONS`, one vocabulary for all commands. */
export const INPUT_HELP = [
  "  --sheet NAME             Tabellenblatt des Inventars (nur .xlsx); sonst das sichtbare Blatt mit",
  "                           der deutlichsten Kopfzeile (nie die eigenen Blätter von Prozesscluster)",
  '  --spalte "ÜBERSCHRIFT=ROLLE"',
  '                           Bedeutung einer Spalte festlegen, z. B. --spalte "Anzahl dig.=fallzahlOnline";',
  "                           mehrfach möglich; die Rollen zeigt „prozesscluster inspect“ in Klammern",
] as const;

/** Help lines of `OUTPUT_OPTIONS` (the file type is named by each command). */
export const OUTPUT_HELP = [
  "  --ueberschreiben         die Eingabedatei selbst als Ausgabe erlauben; vorher wird daneben eine",
  "                           datierte Sicherungskopie angelegt",
] as const;

/**
 * Parses a subcommand's arguments with `node:util` parseArgs plus `-h/--help`. Unknown options print the
 * message with the help text (exit 2); `--help` prints the help (exit 0). Otherwise the parsed values.
 */
export function parseCommandLine<const T extends Options>(
  args: readonly string[],
  options: T,
  help: string,
  io: CliIo,
) {
  try {
    const parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { ...options, help: { type: "boolean", short: "h" } } as T & {
        readonly help: { readonly type: "boolean"; readonly short: "h" };
      },
    });
    if ((parsed.values as { readonly help?: boolean }).help === true) {
      io.stdout(help);
      return { exitCode: EXIT_OK } as const;
    }
    return parsed;
  } catch (error) {
    io.stderr(`${germanMessage(error)}\n\n${help}`);
    return { exitCode: EXIT_USAGE } as const;
  }
}

/** parseArgs speaks English; users get German, with the option named. */
function germanMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const quoted = /'(-[^']*)'/.exec(message)?.[1] ?? "";
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unbekannte Option „${option}“.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take/.test(message)
        ? `Die Option „${option}“ erwartet keinen Wert.`
        : `Die Option „${option}“ braucht einen Wert.`;
    default:
      return `Falscher Aufruf: ${message}`;
  }
}
