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
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    return { exitCode: EXIT_USAGE } as const;
  }
}
