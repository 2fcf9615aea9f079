/** @internal When a `Cluster` cell of the inventory is a reviewer's decision rather than what the add-in wrote. */
import { nameKey } from "./stateAccess";

/**
 * Whether the cell text `cell` (trimmed) is a hand edit: it is not empty and differs from the cluster name
 * written there last (`written`; compared by name key) and from the process's previous cluster id. With
 * nothing written before (`written` undefined: a new process, or no history) any non-empty cell counts.
 */
export function isHandEdit(
  cell: string,
  written: string | undefined,
  previousClusterId: string | undefined,
): boolean {
  if (cell === "") return false;
  if (written === undefined) return true;
  return nameKey(cell) !== nameKey(written) && cell !== previousClusterId;
}
