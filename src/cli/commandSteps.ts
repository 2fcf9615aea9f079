/**
 * Steps the `cluster` and `report` commands share: each either yields its value or prints its German
 * message and says which exit code the command ends with, so both commands answer the same mistakes
 * with the same words and codes.
 */
import { resolve } from "node:path";
import { clusterProcesses } from "../domain/clustering/clusterProcesses";
import type { BereichSource, ClusterResult, ClusterStrategy, Granularity } from "../domain/clustering/types";
import type { Inventory } from "../domain/inventory/types";
import { localTimestamp } from "../domain/review/protocolTime";
import {
  parseBereichOption,
  parseCatalogueOption,
  parseColumnOverrides,
  parseGranularityOption,
  parseStrategyOption,
  UsageError,
  type ColumnOverride,
} from "./commandOptions";
import { EXIT_UNUSABLE, EXIT_USAGE, type CliIo } from "./io";
import { loadCatalogue } from "./loadCatalogue";
import {
  applyDecisionsToProposal,
  loadDecisions,
  type AppliedDecisions,
  type LoadedDecisions,
} from "./loadDecisions";
import {
  checkOutput,
  OutputRefusedError,
  writeOutput,
  type CheckedOutput,
  type OutputRequest,
} from "./outputFile";
import { INPUT_OPTIONS, OUTPUT_OPTIONS, optionsOf } from "./parseCommandLine";
import { loadUsableInventory, type LoadedInventory } from "./loadUsableInventory";
import type { InventoryFile } from "./readInventoryFile";

/** A step that did not succeed: its message is printed, the command ends with `exitCode`. */
export interface StepFailed {
  readonly exitCode: number;
}

/** Options of every command that clusters an inventory and writes a file (`cluster`, `report`). */
export const CLUSTERING_OPTIONS = {
  ...INPUT_OPTIONS,
  ...OUTPUT_OPTIONS,
  ...optionsOf("string", "by", "granularity", "bereich", "katalog"),
  ...optionsOf("boolean", "fresh"),
} as const;

/** The parsed values of `CLUSTERING_OPTIONS` that the shared steps read. */
interface ClusteringValues {
  readonly output?: string | undefined;
  readonly ueberschreiben?: boolean | undefined;
  readonly sheet?: string | undefined;
  readonly spalte?: string[] | undefined;
  readonly granularity?: string | undefined;
  readonly by?: string | undefined;
  readonly bereich?: string | undefined;
  readonly katalog?: string | undefined;
  readonly fresh?: boolean | undefined;
}

/** A clustering command's call as far as it is checked before any file is read. */
export interface ClusteringCall<V extends ClusteringValues> {
  /** All parsed option values, the command's own included. */
  readonly values: V;
  readonly input: string;
  readonly output: string;
  readonly granularity: Granularity;
  readonly overrides: ColumnOverride[];
}

/** Runs option parsers; a `UsageError` is printed with the help text and answered with exit code 2. */
export function parseUsage<T>(parse: () => T, io: CliIo, help: string): { readonly value: T } | StepFailed {
  try {
    return { value: parse() };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${help}`);
    return { exitCode: EXIT_USAGE };
  }
}

/** `checkOutput`; a refused output is printed and answered with exit code 2 (nothing is read yet). */
export async function checkOutputStep(
  request: OutputRequest,
  io: CliIo,
): Promise<CheckedOutput | StepFailed> {
  try {
    return await checkOutput(request);
  } catch (error) {
    if (!(error instanceof OutputRefusedError)) throw error;
    io.stderr(`${error.message}\n`);
    return { exitCode: EXIT_USAGE };
  }
}

/**
 * `writeOutput`, then the backup's path on stdout. A failed write is printed; the answer is then
 * exit code 1, otherwise `null`.
 */
export async function writeOutputStep(
  checked: CheckedOutput,
  data: string | Uint8Array,
  options: { readonly output: string; readonly now: Date },
  io: CliIo,
): Promise<StepFailed | null> {
  let backup: string | null;
  try {
    backup = await writeOutput(checked, data, options);
  } catch (error) {
    if (!(error instanceof OutputRefusedError)) throw error;
    io.stderr(`${error.message}\n`);
    return { exitCode: EXIT_UNUSABLE };
  }
  if (backup !== null) io.stdout(`Sicherungskopie der Eingabe: ${backup}\n`);
  return null;
}

/** `--granularity` and `--spalte`, which both commands read before the inventory. */
export function parseTuning(
  values: { readonly granularity?: string | undefined; readonly spalte?: string[] | undefined },
  io: CliIo,
  help: string,
): { readonly value: { granularity: Granularity; overrides: ColumnOverride[] } } | StepFailed {
  return parseUsage(
    () => ({
      granularity: parseGranularityOption(values.granularity),
      overrides: parseColumnOverrides(values.spalte),
    }),
    io,
    help,
  );
}

/** What the engine options (`--by`, `--bereich`, `--katalog`) chose for one inventory. */
export interface EngineChoice {
  readonly strategy: ClusterStrategy;
  readonly bereich: BereichSource;
  readonly useCatalogue: boolean;
}

/** Parses `--by`, `--bereich` and `--katalog` against the inventory (its headers name columns). */
export function parseEngineChoice(
  values: {
    readonly by?: string | undefined;
    readonly bereich?: string | undefined;
    readonly katalog?: string | undefined;
  },
  inventory: Inventory,
  io: CliIo,
  help: string,
): { readonly value: EngineChoice } | StepFailed {
  return parseUsage(
    () => ({
      strategy: parseStrategyOption(values.by, inventory),
      bereich: parseBereichOption(values.bereich, inventory),
      useCatalogue: parseCatalogueOption(values.katalog),
    }),
    io,
    help,
  );
}

/**
 * The files and tuning of a clustering command's parsed command line: exactly one input and `-o`
 * (otherwise `missing` is printed with the help and the answer is exit code 2), then `--granularity`
 * and `--spalte` (`parseTuning`).
 */
export function clusteringCall<V extends ClusteringValues>(
  parsed: { readonly values: V; readonly positionals: readonly string[] },
  missing: string,
  io: CliIo,
  help: string,
): ClusteringCall<V> | StepFailed {
  const values = parsed.values;
  const [input] = parsed.positionals;
  const output = values.output;
  if (parsed.positionals.length !== 1 || input === undefined || output === undefined) {
    io.stderr(`${missing}\n\n${help}`);
    return { exitCode: EXIT_USAGE };
  }
  const tuning = parseTuning(values, io, help);
  if ("exitCode" in tuning) return tuning;
  return { values, input, output, ...tuning.value };
}

/** `checkOutputStep` for the call's input and `-o` (a file ending in `extension`), with `--ueberschreiben`. */
export function checkCallOutput(
  call: ClusteringCall<ClusteringValues>,
  extension: string,
  now: Date,
  io: CliIo,
): Promise<CheckedOutput | StepFailed> {
  const { input, output, values } = call;
  const overwrite = values.ueberschreiben === true;
  return checkOutputStep({ input, output, cwd: io.cwd, extensions: [extension], overwrite, now }, io);
}

/** What `proposeForCall` read and proposed. */
export interface CallProposal {
  readonly loaded: LoadedInventory;
  readonly engine: EngineChoice;
  readonly kept: KeptProposal;
}

/**
 * Reads the call's inventory (`--sheet`, `--spalte`), parses the engine options against it and runs the
 * engine keeping earlier decisions unless `--fresh` (`proposeKeepingDecisions`). `refuse` may end the
 * command for the inventory read, before anything is proposed.
 */
export async function proposeForCall(
  call: ClusteringCall<ClusteringValues>,
  run: {
    readonly now: Date;
    readonly person?: string;
    readonly refuse?: (loaded: LoadedInventory) => StepFailed | null;
  },
  io: CliIo,
  help: string,
): Promise<CallProposal | StepFailed> {
  const loaded = await loadUsableInventory(
    call.input,
    { sheet: call.values.sheet, overrides: call.overrides },
    io,
    help,
  );
  if ("exitCode" in loaded) return loaded;
  const refused = run.refuse?.(loaded) ?? null;
  if (refused !== null) return refused;
  const { file, inventory } = loaded;
  const engine = parseEngineChoice(call.values, inventory, io, help);
  if ("exitCode" in engine) return engine;
  const kept = await proposeKeepingDecisions(
    {
      input: call.input,
      file,
      inventory,
      engine: { ...engine.value, granularity: call.granularity },
      fresh: call.values.fresh === true,
      now: run.now,
      ...(run.person === undefined ? {} : { person: run.person }),
    },
    io.cwd,
  );
  return { loaded, engine: engine.value, kept };
}

/** Input of `proposeKeepingDecisions`. */
export interface ProposalRequest {
  readonly input: string;
  readonly file: InventoryFile;
  readonly inventory: Inventory;
  readonly engine: EngineChoice & { readonly granularity: Granularity };
  /** `--fresh`: earlier decisions are not kept. */
  readonly fresh: boolean;
  /** The run's clock (the CLI owns it): the protocol entry's local time. */
  readonly now: Date;
  /** `--person`, for the protocol entry. */
  readonly person?: string;
}

/** The engine's proposal turned into a review state that keeps earlier decisions. */
export interface KeptProposal {
  readonly applied: AppliedDecisions;
  /** What the input remembered of earlier reviews; `null` with `--fresh`. */
  readonly loaded: LoadedDecisions | null;
  /** The engine's own result (`null` when nothing had to be proposed). */
  readonly proposal: ClusterResult | null;
}

/**
 * Runs the engine with the chosen options and keeps earlier review decisions of the input (its
 * `Cluster` column, and in an .xlsx the Cluster/settings sheets) unless `fresh`.
 */
export async function proposeKeepingDecisions(request: ProposalRequest, cwd: string): Promise<KeptProposal> {
  const { inventory, engine, now, fresh } = request;
  const loaded = fresh ? null : await loadDecisions(request.file.workbook ?? resolve(cwd, request.input));
  let proposal: ClusterResult | null = null;
  const applied = applyDecisionsToProposal(
    inventory.records,
    loaded,
    (records, constraints) => {
      proposal = clusterProcesses(records, {
        strategy: engine.strategy,
        bereich: engine.bereich,
        headers: inventory.headers,
        constraints,
        ...(engine.useCatalogue ? { catalogue: loadCatalogue() } : {}),
        granularity: engine.granularity,
      });
      return proposal;
    },
    {
      // Local wall-clock time with its offset: the protocol shows it as an Excel date-time.
      at: localTimestamp(now.getTime(), -now.getTimezoneOffset()),
      fresh,
      ...(request.person === undefined ? {} : { person: request.person }),
    },
  );
  return { applied, loaded, proposal };
}
