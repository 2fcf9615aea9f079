import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

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
