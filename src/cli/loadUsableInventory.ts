import { resolve } from "node:path";
import { parseInventory } from "../domain/inventory/parseInventory";
import type { Inventory } from "../domain/inventory/types";
import { InventoryReadError } from "./InventoryReadError";
import { EXIT_UNUSABLE, type CliIo } from "./io";
import { readInventoryFile, type InventoryFile } from "./readInventoryFile";

/**
 * Reads and parses the inventory file of a command. An unreadable file or an inventory that cannot be
 * clustered is reported on stderr in German and answered with exit code 1; anything else is a bug and
 * is thrown.
 */
export async function loadUsableInventory(
  path: string,
  sheet: string | undefined,
  io: CliIo,
): Promise<{ readonly file: InventoryFile; readonly inventory: Inventory } | { readonly exitCode: number }> {
  let file: InventoryFile;
  try {
    file = await readInventoryFile(resolve(io.cwd, path), sheet === undefined ? {} : { sheet });
  } catch (error) {
    if (error instanceof InventoryReadError) {
      io.stderr(`${error.message}\n`);
      return { exitCode: EXIT_UNUSABLE };
    }
    throw error;
  }
  const inventory = parseInventory(file.grid);
  if (!inventory.usable) {
    const fatal = inventory.issues.find((i) => i.severity === "error");
    io.stderr(
      `Das Prozessinventar ist so nicht verwendbar: ${fatal?.message ?? "Es enthält keine verwendbaren Zeilen."}\n`,
    );
    return { exitCode: EXIT_UNUSABLE };
  }
  return { file, inventory };
}
