import type { ProcessRecord } from "../../inventory/types";
import { normalizeWord } from "../normalizeName";
import type { BereichSource } from "./types";

/** Roles whose column can carry the Bereiche, in the order `auto` tries them. */
export const BEREICH_COLUMN_ROLES = ["themenfeld", "fachbereich", "dezernat", "fachanwendung"] as const;
export type BereichRole = (typeof BEREICH_COLUMN_ROLES)[number];

/**
 * A grouping column is usable by `auto` with this many distinct values: 5–25 make a readable overview
 * (issue "Sachebene", item 6), so such a column is preferred; one with 2–4 values is taken only when
 * no column has 5–25 …
 */
export const AUTO_PREFERRED_MIN_VALUES = 5;
export const AUTO_MIN_VALUES = 2;
export const AUTO_MAX_VALUES = 25;
/** … and when at least this share of the processes has a value. */
const AUTO_MIN_FILLED = 0.5;

/** The column `auto` takes the Bereiche from: its role, each row's value and how many values it has. */
export interface AutoColumn {
  readonly role: BereichRole;
  readonly values: readonly (string | undefined)[];
  readonly distinct: number;
}

/** The grouping column `auto` prefers (see the constants above), or undefined when none is usable. */
export function autoBereichColumn(rows: readonly (ProcessRecord | undefined)[]): AutoColumn | undefined {
  const candidates = BEREICH_COLUMN_ROLES.map((role) => {
    const values = rows.map((r) => present(r?.[role]));
    const filled = values.filter((v) => v !== undefined).length;
    const distinct = new Set(values.flatMap((v) => (v === undefined ? [] : [normalizeWord(v)]))).size;
    const usable = filled >= AUTO_MIN_FILLED * Math.max(1, rows.length) && distinct <= AUTO_MAX_VALUES;
    return { role, values, distinct, usable };
  });
  const chosen =
    candidates.find((c) => c.usable && c.distinct >= AUTO_PREFERRED_MIN_VALUES) ??
    candidates.find((c) => c.usable && c.distinct >= AUTO_MIN_VALUES);
  return chosen === undefined
    ? undefined
    : { role: chosen.role, values: chosen.values, distinct: chosen.distinct };
}

/**
 * Each row's Bereich when the Bereiche come from the sheet itself (a column, or `auto` choosing one,
 * or the sheet's own Themenfeld / Lebenslage column); undefined when they come from the catalogue or
 * a cut, or there are none. These are the user's own groups: a cluster never spans two of them
 * (`ClusterModel.partition`). Blank cells are undefined.
 */
export function sheetBereichValues(
  rows: readonly (ProcessRecord | undefined)[],
  source: BereichSource = { kind: "auto" },
): readonly (string | undefined)[] | undefined {
  switch (source.kind) {
    case "column":
      return rows.map((r) => present(r?.cells[source.column]));
    case "themenfeld":
    case "lebenslage": {
      const sheet = rows.map((r) => present(r?.[source.kind]));
      return sheet.some((v) => v !== undefined) ? sheet : undefined;
    }
    case "auto":
      return autoBereichColumn(rows)?.values;
    case "taskArea":
    case "cut":
    case "off":
      return undefined;
    default: {
      const never: never = source;
      throw new TypeError(`Unbekannte Bereichsquelle: ${JSON.stringify(never)}`);
    }
  }
}

/** The trimmed value, undefined when blank. */
export function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}
