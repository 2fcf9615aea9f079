/**
 * @internal Where each process is now. Review writes go by key, not by the row numbers of the last read:
 * a sort or an inserted row by the user (or a co-author) in the meantime must not put cluster names
 * next to other processes. The anchor column (the ID column, else the name column) is read again in the
 * same batch; this decides each process's current row, or refuses.
 */

/** The anchor column's text per process key when the inventory was read, and the rows it was in. */
export interface AnchorsAtRead {
  readonly cells: Readonly<Record<string, string>>;
  /** Process key → 1-based row at reading. */
  readonly rows: Readonly<Record<string, number>>;
}

export type RowResolution =
  | { readonly ok: true; readonly rows: ReadonlyMap<string, number>; readonly moved: boolean }
  | { readonly ok: false; readonly reason: "missing" | "ambiguous"; readonly key: string };

/** How cell text is compared: whitespace collapsed and trimmed, numbers in plain notation. */
export function anchorText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/\s+/g, " ").trim();
}

/**
 * Resolves each key to its current 1-based row. `current[i]` is the anchor cell of row `firstRow + i`.
 * 1. Nothing moved (every anchor is still in its row): the rows of the read.
 * 2. Else, when every anchor text is unique both at reading and now: the row where it is now (a sort).
 * 3. Else: refused — a process is missing (deleted rows) or cannot be told apart (duplicate anchors).
 */
export function resolveRowsByKey(
  anchors: AnchorsAtRead,
  current: readonly unknown[],
  firstRow: number,
): RowResolution {
  const at = (row: number) => anchorText(current[row - firstRow]);
  const keys = Object.keys(anchors.rows);
  const unchanged = keys.every((key) => at(anchors.rows[key] ?? 0) === anchorText(anchors.cells[key]));
  if (unchanged) return { ok: true, rows: new Map(keys.map((k) => [k, anchors.rows[k] ?? 0])), moved: false };

  const now = new Map<string, number[]>();
  current.forEach((value, i) => {
    const text = anchorText(value);
    if (text !== "") now.set(text, [...(now.get(text) ?? []), firstRow + i]);
  });
  const seen = new Set<string>();
  const rows = new Map<string, number>();
  for (const key of keys) {
    const text = anchorText(anchors.cells[key]);
    const found = now.get(text) ?? [];
    if (found.length === 0) return { ok: false, reason: "missing", key };
    if (text === "" || found.length > 1 || seen.has(text)) return { ok: false, reason: "ambiguous", key };
    seen.add(text);
    rows.set(key, found[0] ?? 0);
  }
  return { ok: true, rows, moved: true };
}
