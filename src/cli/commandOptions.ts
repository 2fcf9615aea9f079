/**
 * Options shared by the `cluster` and `report` commands: `--by` and `--granularity`, parsed the same way
 * in both so the commands accept the same words.
 */
import type { BereichSource, ClusterStrategy, Granularity } from "../domain/clustering/types";
import { ROLE_LABELS } from "../domain/inventory/roleLabels";
import { COLUMN_ROLES, type ColumnRole, type Inventory } from "../domain/inventory/types";

/** Help lines of `--by` and `--granularity`, the same words in every command. */
export const STRATEGY_HELP = [
  "  --by VERFAHREN           auto (Standard: Namen plus vorhandene Schlüssel und Spalten), text (nur",
  "                           Namen), leika (LeiKa-Objekt, 8 Stellen), leika-gruppe (5 Stellen) oder",
  "                           spalte:<Überschrift> (gleicher Wert einer Spalte; auch column:<Überschrift>)",
  "  --granularity ZAHL       0 = fein … 1 = grob; Standard: passende Einstellung des Verfahrens",
  "  --bereich QUELLE         obere Ebene: auto (Standard: eine Spalte Themenfeld, Fachbereich, Dezernat",
  "                           oder Fachanwendung mit 2–25 Werten, sonst Aufgabenbereiche, ohne Katalog",
  "                           ähnliche Themen), themenfeld, lebenslage (Spalte, sonst OZG-Katalog),",
  "                           aufgabenbereich (Bürgerbüro, Standesamt … nach den Namen; braucht den",
  "                           Katalog), grob (ähnliche Themen), spalte:<Überschrift> oder aus",
  "  --katalog an|aus         OZG-Katalog und Aufgabenbereiche als Fachwissen nutzen (Standard: an;",
  "                           aus = nur Namen und Spalten, für Listen außerhalb der OZG-Welt)",
] as const;

/** Wrong usage: the command prints the message with its help text and exits 2. */
export class UsageError extends Error {}

function foldHeader(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The column a `column:<Header>` option names, by header (ignoring case, spaces, punctuation) or role id. */
function findColumn(option: string, inventory: Inventory): number {
  const wanted = foldHeader(option.slice(option.indexOf(":") + 1));
  const column =
    inventory.columns.find((c) => foldHeader(c.header) === wanted) ??
    inventory.columns.find((c) => c.role !== null && foldHeader(c.role) === wanted);
  if (column === undefined) {
    const known = inventory.columns.map((c) => `„${c.header}“`).join(", ");
    throw new UsageError(
      `Die Spalte „${option.slice(option.indexOf(":") + 1)}“ gibt es nicht. Vorhandene Spalten: ${known}.`,
    );
  }
  return column.index;
}

/**
 * Parses `--bereich`: auto (default), themenfeld, lebenslage, aufgabenbereich (the task areas of
 * municipal and state administration), column:<Header> (alias spalte:<Header>), grob (a coarse cut by subject)
 * or aus (no Bereich level).
 */
export function parseBereichOption(text: string | undefined, inventory: Inventory): BereichSource {
  if (text === undefined || text === "auto") return { kind: "auto" };
  if (text === "themenfeld" || text === "lebenslage") return { kind: text };
  if (text === "aufgabenbereich" || text === "aufgabe") return { kind: "taskArea" };
  if (text === "grob" || text === "thema") return { kind: "cut" };
  if (text === "aus") return { kind: "off" };
  if (text.startsWith("column:") || text.startsWith("spalte:"))
    return { kind: "column", column: findColumn(text, inventory) };
  throw new UsageError(
    `Unbekannte Angabe „${text}“ für --bereich (auto, themenfeld, lebenslage, aufgabenbereich, grob, column:<Überschrift> oder aus).`,
  );
}

/** Parses `--katalog an|aus` (default an): whether the OZG catalogue serves as subject knowledge. */
export function parseCatalogueOption(text: string | undefined): boolean {
  if (text === undefined || text === "an" || text === "ein") return true;
  if (text === "aus") return false;
  throw new UsageError(`--katalog erwartet „an“ oder „aus“, nicht „${text}“.`);
}

/**
 * Parses `--by`: auto (default), text, leika (object, 8 digits), leika-gruppe (5 digits) or
 * column:<Header> (alias spalte:<Header>); headers match ignoring case, spaces and punctuation, or by role id.
 */
export function parseStrategyOption(by: string | undefined, inventory: Inventory): ClusterStrategy {
  if (by === undefined || by === "auto") return { kind: "auto" };
  if (by === "text") return { kind: "text" };
  if (by === "leika" || by === "leika-objekt") return { kind: "leika", level: "object" };
  if (by === "leika-gruppe" || by === "leika-group") return { kind: "leika", level: "group" };
  if (by.startsWith("column:") || by.startsWith("spalte:"))
    return { kind: "column", column: findColumn(by, inventory) };
  throw new UsageError(`Unbekanntes Verfahren „${by}“ für --by.`);
}

/** Parses `--granularity` (0..1, decimal point or comma); absent = null, the strategy's default. */
export function parseGranularityOption(text: string | undefined): Granularity {
  if (text === undefined) return null;
  const g = Number(text.replace(",", "."));
  if (!Number.isFinite(g) || g < 0 || g > 1)
    throw new UsageError(`--granularity muss eine Zahl von 0 bis 1 sein, nicht „${text}“.`);
  return g;
}

/** A `--spalte "Überschrift=Rolle"` assignment; role null = "keine" (column carried through, no role). */
export interface ColumnOverride {
  readonly header: string;
  readonly role: ColumnRole | null;
}

/**
 * Parses the repeatable `--spalte "<Überschrift>=<Rolle>"`. The role is a role name as `inspect` prints it
 * in brackets (e.g. `fallzahlOnline`), its German label (e.g. „davon online“), or `keine`. The last `=`
 * separates, so headers may contain `=`. Throws `UsageError` with the list of role names.
 */
export function parseColumnOverrides(values: readonly string[] | undefined): ColumnOverride[] {
  return (values ?? []).map((value) => {
    const at = value.lastIndexOf("=");
    const header = at < 0 ? "" : value.slice(0, at).trim();
    const roleText = at < 0 ? "" : value.slice(at + 1).trim();
    if (header === "" || roleText === "")
      throw new UsageError(`--spalte erwartet „Überschrift=Rolle“, nicht „${value}“.`);
    if (/^(keine|none|-)$/i.test(roleText)) return { header, role: null };
    const wanted = foldHeader(roleText);
    const role = COLUMN_ROLES.find((r) => foldHeader(r) === wanted || foldHeader(ROLE_LABELS[r]) === wanted);
    if (role === undefined)
      throw new UsageError(
        `Unbekannte Rolle „${roleText}“ in --spalte. Mögliche Rollen: ${COLUMN_ROLES.join(", ")} oder keine.`,
      );
    return { header, role };
  });
}

/** Throws `UsageError` when an assigned header is not a column of the inventory. */
export function checkColumnOverrides(overrides: readonly ColumnOverride[], inventory: Inventory): void {
  const fold = (text: string): string => text.trim().toLowerCase();
  for (const override of overrides) {
    if (!inventory.headers.some((h) => fold(h) === fold(override.header))) {
      const known = inventory.headers.map((h) => `„${h}“`).join(", ");
      throw new UsageError(
        `Die Spalte „${override.header}“ aus --spalte gibt es nicht. Vorhandene Spalten: ${known}.`,
      );
    }
  }
}

/**
 * Parses `--stichtag`: German `31.12.2026` (four-digit year) or ISO `2026-12-31`;
 * returns ISO, or null for text that is no real calendar date.
 */
export function parseStichtag(text: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [y, m, d] =
    german !== null ? [german[3], german[2], german[1]] : iso !== null ? [iso[1], iso[2], iso[3]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return null;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}
