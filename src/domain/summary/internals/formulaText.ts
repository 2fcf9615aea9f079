/** @internal Building blocks of formula text: cell addresses, literals, inventory column references. */
import { columnLetters } from "../../columnLetter";
import type { InventoryRef } from "../types";

/** A1 address, optionally absolute (`$A$1`) or column-absolute (`$A1`). */
export function a1(row: number, col: number, mode: "relative" | "absolute" | "absCol" = "relative"): string {
  const letters = columnLetters(col);
  switch (mode) {
    case "relative":
      return `${letters}${row}`;
    case "absolute":
      return `$${letters}$${row}`;
    case "absCol":
      return `$${letters}${row}`;
  }
}

/** A formula string literal (quotes doubled). */
export function stringLiteral(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Sheet name quoted for a reference (`'Cluster-Übersicht'!`). */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replaceAll("'", "''")}'!`;
}

/**
 * Reference to a whole inventory column (data rows only) by its grid index.
 * Table columns are always written in the bracketed form `T[[Name]]`, which is valid for every header
 * and lets special characters (spaces, parentheses, €) through; `[ ] # '` are escaped with `'`.
 */
export function inventoryColumnRef(ref: InventoryRef, index: number): string {
  switch (ref.kind) {
    case "table": {
      const header = ref.headers[index];
      if (header === undefined)
        throw new RangeError(`Spalte ${index + 1} fehlt in der Tabelle ${ref.tableName}.`);
      const escaped = header.replace(/['#[\]]/g, (c) => `'${c}`);
      return `${ref.tableName}[[${escaped}]]`;
    }
    case "range": {
      const letters = columnLetters(ref.firstColumn + index + 1);
      return `${sheetPrefix(ref.sheetName)}$${letters}$${ref.firstRow}:$${letters}$${ref.lastRow}`;
    }
  }
}

/**
 * COUNTIFS criterion matching exactly one cluster label. A label is normally referenced by its cell; a
 * label that COUNTIFS would read as an operator (`<`, `>`, `=` at the start) or a wildcard (`*`, `?`, `~`)
 * is written as an escaped literal "=…" instead, so "Kfz*" never counts "Kfz-Zulassung".
 */
export function clusterCriterion(label: string, labelCell: string): string {
  if (!/^[<>=]/.test(label) && !/[*?~]/.test(label)) return labelCell;
  return stringLiteral(`=${label.replace(/[~*?]/g, (c) => `~${c}`)}`);
}
