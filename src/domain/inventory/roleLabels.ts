import { msg, renderMessage } from "../messages/renderMessage";
import type { Message } from "../messages/types";
import { COLUMN_ROLES, type ColumnRole } from "./types";

/** The label of a column role as a message ("Fallzahl p.a." / "Cases"). */
export function roleLabel(role: ColumnRole): Message {
  return msg(`inventory.role.${role}`);
}

/** German label of each column role, for the CLI and the workbook (the pane renders `roleLabel`). */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = Object.fromEntries(
  COLUMN_ROLES.map((role) => [role, renderMessage(roleLabel(role), "de")]),
) as Record<ColumnRole, string>;
