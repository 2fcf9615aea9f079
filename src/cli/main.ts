import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXIT_USAGE, type CliIo } from "./io";

/** A subcommand: receives the arguments after its name. */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Record<string, { readonly run: () => Promise<CliCommand>; readonly summary: string }> = {};

/** Registers a subcommand (lazy import keeps start-up fast). */
function register(name: string, summary: string, run: () => Promise<CliCommand>): void {
  commands[name] = { run, summary };
}

// Subcommands are registered here, one line each.
register(
  "inspect",
  "Zeigt, was im Prozessinventar erkannt wird (Spalten, Zeilen, Hinweise)",
  async () => (await import("./commands/inspect")).inspectCommand,
);
register(
  "report",
  "Schreibt den Ausschussbericht (Übersicht mit Formeln, Diagramme, Inventar)",
  async () => (await import("./commands/report")).reportCommand,
);
register(
  "cluster",
  "Schlägt Cluster vor und schreibt sie mit Begründung als CSV",
  async () => (await import("./commands/cluster")).clusterCommand,
);

const usage = (): string =>
  [
    "Aufruf: prozesscluster <Befehl> [Optionen]",
    "",
    "Befehle:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    "",
    "prozesscluster <Befehl> --help zeigt die Optionen eines Befehls; --version die Version.",
    "",
  ].join("\n");

/** The version in package.json (the CLI runs from the project folder, see bin/prozesscluster.js). */
function cliVersion(): string {
  try {
    const text = readFileSync(join(__dirname, "..", "..", "package.json"), "utf8");
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === "string" ? version : "unbekannt";
  } catch {
    return "unbekannt";
  }
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`prozesscluster ${cliVersion()}\n`);
    return 0;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    io.stderr(`Unbekannter Befehl „${name}“.\n\n${usage()}`);
    return EXIT_USAGE;
  }
  const run = await command.run();
  return run(rest, io);
}

export { register };
