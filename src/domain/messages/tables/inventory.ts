import type { MessageTable } from "../types";

/** Codes of this area, prefixed "inventory.". */
type InventoryCode = never;

/** Issues and notes of reading an inventory. */
export const inventoryMessages: MessageTable<InventoryCode> = {
  de: {},
  en: {},
};
