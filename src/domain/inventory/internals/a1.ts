export { columnLetter } from "../../columnLetter";

/** A rectangular block in sheet coordinates: 1-based rows, 0-based columns, inclusive. @internal */
export interface SheetArea {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly address: string;
}

function parseCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (m === null) return null;
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}

/** Parses "B3:D5" (or a single cell, optionally with a sheet prefix) into an area, or null. @internal */
export function parseA1Area(address: string): SheetArea | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = bare.split(":");
  const a = from === undefined ? null : parseCell(from);
  const b = to === undefined ? null : parseCell(to);
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
    address: bare.toUpperCase(),
  };
}
