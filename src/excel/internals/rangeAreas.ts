/**
 * @internal Reading the `address` of an `Excel.RangeAreas` ("Blatt!A1:V10,Blatt!A12:V251"): its areas,
 * and the rows they cover. Sheet names may be quoted and contain commas ("'Inventar, 2026'!A1:B2").
 */

/** Splits a RangeAreas address into its areas, keeping quoted sheet names whole. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (current.trim() !== "") areas.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") areas.push(current.trim());
  return areas;
}

/** First and last 1-based row of an area ("A12:V251", "B7", "12:251"), or null if unreadable. */
export function areaRows(area: string): readonly [number, number] | null {
  const bare = area.slice(area.lastIndexOf("!") + 1).replaceAll("$", "");
  const match = /^[A-Z]*(\d+)(?::[A-Z]*(\d+))?$/i.exec(bare);
  if (match === null) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return [Math.min(first, last), Math.max(first, last)];
}

/**
 * Rows of `firstRow..lastRow` (1-based, inclusive) not covered by any visible area: the hidden rows.
 * `visibleAddress` null means no visible cell at all.
 */
export function hiddenRowsOf(firstRow: number, lastRow: number, visibleAddress: string | null): number[] {
  const visible = new Set<number>();
  for (const area of visibleAddress === null ? [] : splitAreas(visibleAddress)) {
    const rows = areaRows(area);
    if (rows === null) continue;
    for (let row = Math.max(rows[0], firstRow); row <= Math.min(rows[1], lastRow); row += 1) visible.add(row);
  }
  const hidden: number[] = [];
  for (let row = firstRow; row <= lastRow; row += 1) if (!visible.has(row)) hidden.push(row);
  return hidden;
}
