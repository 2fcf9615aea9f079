import { renderMessage } from "../../domain/messages/renderMessage";
import { roleLabel } from "../../domain/inventory/roleLabels";
import { COLUMN_ROLES, type ColumnRole } from "../../domain/inventory/types";
import type { Language } from "./strings";

const labels = (language: Language): Readonly<Record<ColumnRole, string>> =>
  Object.fromEntries(COLUMN_ROLES.map((role) => [role, renderMessage(roleLabel(role), language)])) as Record<
    ColumnRole,
    string
  >;

/**
 * Display names of the column roles in the mapping dropdowns, per language: the inventory's message
 * table, so the pane, the CLI and the issue messages use the same words.
 */
export const ROLE_LABELS: Readonly<Record<Language, Readonly<Record<ColumnRole, string>>>> = {
  de: labels("de"),
  en: labels("en"),
};
