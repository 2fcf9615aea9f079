import { resolve } from "node:path";
import { parseInventory } from "../domain/inventory/parseInventory";
import { renderMessage } from "../domain/messages/renderMessage";
import type { Inventory } from "../domain/inventory/types";
import { checkColumnOverrides, type ColumnOverride, UsageError } from "./commandOptions";
import { InventoryReadError } from "./InventoryReadError";
import { EXIT_UNUSABLE, EXIT_USAGE, type CliIo } from "./io";
import { readInventoryFile, type InventoryFile } from "./readInventoryFile";

/** What a command read: the file and its parsed inventory. */
export interface LoadedInventory {
  readonly file: InventoryFile;
  readonly inventory: Inventory;
}

/** Options of `loadUsableInventory`. */
export interface LoadInventoryOptions {
  /** `--sheet`; default: chosen by `readInventoryFile`. */
  readonly sheet?: string | undefined;
  /** `--spalte` assignments; default none. */
  readonly overrides?: readonly ColumnOverride[];
  /** Also return unusable inventories (inspect prints them); default false. */
  readonly allowUnusable?: boolean;
}

/**
 * Reads and parses the inventory file of a command. An unreadable file or an inventory that cannot be
 * clustered is reported on stderr in German and answered with exit code 1; a `--spalte` header that is not
 * in the sheet with exit code 2 (with `help`); anything else is a bug and is thrown.
 */
export async function loadUsableInventory(
  path: string,
  options: LoadInventoryOptions,
  io: CliIo,
  help = "",
): Promise<LoadedInventory | { readonly exitCode: number }> {
  let file: InventoryFile;
  try {
    file = await readInventoryFile(
      resolve(io.cwd, path),
      options.sheet === undefined ? {} : { sheet: options.sheet },
    );
  } catch (error) {
    if (error instanceof InventoryReadError) {
      io.stderr(`${error.message}\n`);
      return { exitCode: EXIT_UNUSABLE };
    }
    throw error;
  }
  const overrides = options.overrides ?? [];
  const inventory = parseInventory(file.grid, overrides.length === 0 ? {} : { roleOverrides: overrides });
  try {
    checkColumnOverrides(overrides, inventory);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n${help === "" ? "" : `\n${help}`}`);
    return { exitCode: EXIT_USAGE };
  }
  if (!inventory.usable && options.allowUnusable !== true) {
    const fatal = inventory.issues.find((i) => i.severity === "error");
    io.stderr(
      `Das Prozessinventar ist so nicht verwendbar: ${fatal === undefined ? "Es enthält keine verwendbaren Zeilen." : renderMessage(fatal.message, "de")}\n`,
    );
    return { exitCode: EXIT_UNUSABLE };
  }
  return { file, inventory };
}
