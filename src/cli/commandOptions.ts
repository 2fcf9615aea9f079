/**
 * Options shared by the `cluster` and `report` commands: `--by` and `--granularity`, parsed the same way
 * in both so the commands accept the same words.
 */
import type { BereichSource, ClusterStrategy } from "../domain/clustering/types";
import type { Inventory } from "../domain/inventory/types";

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
 * Parses `--bereich`: auto (default), themenfeld, lebenslage, column:<Header> (alias spalte:<Header>),
 * grob (a coarse cut by subject) or aus (no Bereich level).
 */
export function parseBereichOption(text: string | undefined, inventory: Inventory): BereichSource {
  if (text === undefined || text === "auto") return { kind: "auto" };
  if (text === "themenfeld" || text === "lebenslage") return { kind: text };
  if (text === "grob" || text === "thema") return { kind: "cut" };
  if (text === "aus") return { kind: "off" };
  if (text.startsWith("column:") || text.startsWith("spalte:"))
    return { kind: "column", column: findColumn(text, inventory) };
  throw new UsageError(
    `Unbekannte Angabe „${text}“ für --bereich (auto, themenfeld, lebenslage, grob, column:<Überschrift> oder aus).`,
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

/** Parses `--granularity` (0..1, decimal point or comma); undefined = the strategy's default. */
export function parseGranularityOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const g = Number(text.replace(",", "."));
  if (!Number.isFinite(g) || g < 0 || g > 1)
    throw new UsageError(`--granularity muss eine Zahl von 0 bis 1 sein, nicht „${text}“.`);
  return g;
}
