/** Where the CLI writes; injected so tests can capture output without spawning a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/** A subcommand: receives the arguments after its name (in its own module, loaded lazily by main). */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;

/** Exit codes: 0 usable, 1 input not usable (German message on stderr), 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 1;
export const EXIT_USAGE = 2;
