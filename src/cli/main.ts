import { EXIT_USAGE, type CliCommand, type CliIo } from "./io";
import { packageInfo } from "./packageRoot";

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

/** The version in package.json (found from the sources and from the bundle alike, see packageRoot). */
function cliVersion(): string {
  try {
    return packageInfo().version;
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

/**
 * Runs the CLI on this process's arguments and standard streams and sets its exit code. Called by
 * bin/prozesscluster.js (from the bundle) and by `npm run cli` (from the sources, through tsx).
 */
export async function runProcess(): Promise<void> {
  // Output piped into `head` or a closed pager: stop quietly, as Unix tools do, instead of an EPIPE trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  try {
    process.exitCode = await main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
    });
  } catch (error) {
    process.stderr.write(`Unerwarteter Fehler: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  }
}

export { register };
