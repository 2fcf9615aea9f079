import type { ColumnRole, Inventory } from "../inventory/types";

/** Where the report finds each role in the written inventory, and the table's column names. */
export interface InventoryLayout {
  /** Grid column index of the first column of each mapped role. */
  readonly roleIndex: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Grid column index of the `Cluster` column: an existing cluster column, else appended at the end. */
  readonly clusterIndex: number;
  /**
   * Grid column index of the `Bereich` column: a column headed "Bereich" without a role of its own (the
   * add-in wrote it before), else appended after the cluster column. A user's own "Bereich" column with
   * a role (e.g. taken as Fachbereich) is never overwritten; the appended one is then "Bereich (Übersicht)".
   */
  readonly bereichIndex: number;
  /**
   * Column names of the written table, by grid column index, including the cluster column: the
   * inventory's own headers, made non-empty and unique ignoring case (Excel tables require both).
   */
  readonly headers: readonly string[];
}

/** Header name of the appended cluster column. */
export const CLUSTER_HEADER = "Cluster";
/** Header name of the appended Bereich column (and its fallback when the user has a "Bereich" of their own). */
export const BEREICH_HEADER = "Bereich";
const BEREICH_FALLBACK_HEADER = "Bereich (Übersicht)";

/**
 * Header of the add-in's Bereich column in this inventory: "Bereich", unless the user has a column of
 * that name with a meaning of its own (a role, e.g. read as Fachbereich): then "Bereich (Übersicht)",
 * so the user's column is never written over.
 */
export function bereichColumnHeader(inventory: Pick<Inventory, "headers" | "columns">): string {
  const named = inventory.headers.findIndex((h) => h.trim().toLowerCase() === BEREICH_HEADER.toLowerCase());
  if (named < 0) return BEREICH_HEADER;
  const role = inventory.columns.find((c) => c.index === named)?.role ?? null;
  return role === null ? BEREICH_HEADER : BEREICH_FALLBACK_HEADER;
}

/**
 * Resolves the column layout both the xlsx writer and the summary formulas use, so they cannot disagree.
 * An existing column with role `cluster` (or headed "Cluster") is reused instead of adding a second one.
 */
export function inventoryLayout(inventory: Inventory): InventoryLayout {
  const roleIndex: Partial<Record<ColumnRole, number>> = {};
  for (const column of inventory.columns) {
    if (column.role !== null && roleIndex[column.role] === undefined) roleIndex[column.role] = column.index;
  }
  const width = Math.max(inventory.headers.length, ...inventory.columns.map((c) => c.index + 1));
  let clusterIndex = roleIndex.cluster;
  if (clusterIndex === undefined) {
    const byName = inventory.headers.findIndex(
      (h) => h.trim().toLowerCase() === CLUSTER_HEADER.toLowerCase(),
    );
    clusterIndex = byName >= 0 ? byName : width;
  }
  roleIndex.cluster = clusterIndex;
  const named = inventory.headers.findIndex((h) => h.trim().toLowerCase() === BEREICH_HEADER.toLowerCase());
  const bereichHeader = bereichColumnHeader(inventory);
  const reusable = named >= 0 && named !== clusterIndex && bereichHeader === BEREICH_HEADER;
  const appendAt = Math.max(width, clusterIndex + 1);
  const bereichIndex = reusable ? named : appendAt;
  const count = Math.max(appendAt, bereichIndex + 1);
  const headers: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const own =
      i === clusterIndex && i >= inventory.headers.length
        ? CLUSTER_HEADER
        : i === bereichIndex && i >= inventory.headers.length
          ? bereichHeader
          : (inventory.headers[i] ?? "").trim();
    const base = own === "" ? `Spalte ${i + 1}` : own;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    headers.push(name);
  }
  return { roleIndex, clusterIndex, bereichIndex, headers };
}
