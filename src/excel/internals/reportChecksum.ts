/**
 * @internal Checksums of report sheets, comparable across a rename. The report is written under temporary
 * sheet names and renamed at the end; Excel then rewrites sheet references in formulas and may quote
 * them or not (`'Cluster-Übersicht'!B5`, `Diagramme!B5`). The checksum is taken over a canonical form:
 * sheet references unquoted, temporary names replaced by the final ones.
 */
import { gridChecksum } from "../../domain/summary/gridChecksum";

const QUOTED_SHEET = /'((?:[^']|'')+)'!/g;

/** `formula` with quoted sheet references unquoted and `renames` (from → to) applied to references. */
export function canonicalFormula(
  formula: unknown,
  renames: ReadonlyMap<string, string> = new Map(),
): unknown {
  if (typeof formula !== "string" || !formula.startsWith("=")) return formula;
  let text = formula.replace(QUOTED_SHEET, (_, name: string) => `${name.replaceAll("''", "'")}!`);
  for (const [from, to] of renames) text = text.split(`${from}!`).join(`${to}!`);
  return text;
}

/** Checksum of a sheet's formulas in canonical form. */
export function reportChecksum(
  formulas: readonly (readonly unknown[])[],
  renames: ReadonlyMap<string, string> = new Map(),
): string {
  return gridChecksum(formulas.map((row) => row.map((cell) => canonicalFormula(cell, renames))));
}

/**
 * Whether a stored checksum matches the sheet: in canonical form, or as written by earlier versions
 * (plain `gridChecksum` of the formulas), so an upgrade does not turn every report sheet into a backup.
 */
export function checksumMatches(stored: string, formulas: readonly (readonly unknown[])[]): boolean {
  return stored === reportChecksum(formulas) || stored === gridChecksum(formulas);
}

/** A formula with references to the plan's sheets pointed at their temporary names (`'A'!` → `'tmp'!`). */
export function toTemporaryNames(formula: string, temporary: ReadonlyMap<string, string>): string {
  let text = formula;
  for (const [final, temp] of temporary) {
    text = text.split(`'${final.replaceAll("'", "''")}'!`).join(`'${temp.replaceAll("'", "''")}'!`);
  }
  return text;
}
