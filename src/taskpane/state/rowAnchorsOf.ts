import type { Inventory } from "../../domain/inventory/types";
import type { RowAnchors } from "../../workbook/gateway";

/**
 * The column the adapter re-reads to write by key: the ID column when every process has an ID (IDs
 * survive a sort), else the name column (then rows must not have moved; the adapter checks).
 */
export function rowAnchorsOf(inventory: Inventory): RowAnchors {
  const idColumn = inventory.columns.find((column) => column.role === "id");
  const byId = idColumn !== undefined && inventory.records.every((record) => record.id !== undefined);
  const column = byId ? idColumn : inventory.columns.find((c) => c.role === "name");
  const cells: Record<string, string> = {};
  for (const record of inventory.records) cells[record.key] = byId ? (record.id ?? "") : record.name;
  return { header: column?.header ?? "", cells };
}
