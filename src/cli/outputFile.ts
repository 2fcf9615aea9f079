import { copyFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileErrorMessage } from "./fileErrorMessage";

/** An output the command may not write; the message is German and names the files. */
export class OutputRefusedError extends Error {
  override readonly name = "OutputRefusedError";
}

/** What a command needs to know to write its output safely. */
export interface OutputRequest {
  /** Input path as the user typed it (resolved against `cwd`). */
  readonly input: string;
  /** Output path as the user typed it. */
  readonly output: string;
  readonly cwd: string;
  /** Extensions (lower case, with dot) the command writes, e.g. [".csv"]; the first is named in messages. */
  readonly extensions: readonly string[];
  /** `--ueberschreiben`: the output may be the input; a dated backup is written first. */
  readonly overwrite: boolean;
  /** Clock for the backup name (the CLI owns the clock). */
  readonly now: Date;
}

/** A checked output: where to write, and the backup made of the input, if any. */
export interface CheckedOutput {
  readonly target: string;
  /** True when the output is the input file itself (only with `--ueberschreiben`). */
  readonly replacesInput: boolean;
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // A new file: its folder's real path decides (symlinked folders, "./x" vs "x").
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/**
 * Checks an output path before anything is computed: the extension must fit the command, and an output
 * that is the input (same real path) is refused unless `overwrite`. Throws `OutputRefusedError`.
 */
export async function checkOutput(request: OutputRequest): Promise<CheckedOutput> {
  const target = resolve(request.cwd, request.output);
  const extension = extname(target).toLowerCase();
  if (!request.extensions.includes(extension)) {
    throw new OutputRefusedError(
      `Die Ausgabedatei „${request.output}“ muss auf ${request.extensions.join(" oder ")} enden, damit sie zum Inhalt passt.`,
    );
  }
  const same = (await realOrResolved(target)) === (await realOrResolved(resolve(request.cwd, request.input)));
  if (same && !request.overwrite) {
    throw new OutputRefusedError(
      `Die Ausgabedatei „${request.output}“ ist die Eingabedatei. Bitte eine andere Ausgabedatei angeben ` +
        `oder --ueberschreiben setzen (dann wird vorher eine Sicherungskopie angelegt).`,
    );
  }
  return { target, replacesInput: same };
}

/** `name.Sicherung-2026-12-04_17-18-12.xlsx` next to `path`. */
export function backupPath(path: string, now: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}_${p(now.getHours())}-${p(now.getMinutes())}-${p(now.getSeconds())}`;
  const extension = extname(path);
  return join(dirname(path), `${basename(path, extension)}.Sicherung-${stamp}${extension}`);
}

/**
 * Writes the output: first the backup of the input when the output replaces it, then the bytes to a
 * temporary file next to the target, renamed into place, so a failed write never leaves half a file
 * where the user's file was. Throws `OutputRefusedError` with a German message on any failure.
 * Returns the backup path, if one was written.
 */
export async function writeOutput(
  checked: CheckedOutput,
  data: string | Uint8Array,
  options: { readonly output: string; readonly now: Date },
): Promise<string | null> {
  let backup: string | null = null;
  if (checked.replacesInput) {
    backup = backupPath(checked.target, options.now);
    try {
      await copyFile(checked.target, backup);
    } catch (error) {
      throw new OutputRefusedError(
        `Die Sicherungskopie kann nicht angelegt werden: ${fileErrorMessage(error, backup, "schreiben")} Es wurde nichts geschrieben.`,
      );
    }
  }
  const temporary = join(dirname(checked.target), `.${basename(checked.target)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, checked.target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    // The temporary name is an implementation detail: the message names the file the user asked for.
    throw new OutputRefusedError(fileErrorMessage(error, options.output, "schreiben"));
  }
  return backup;
}
