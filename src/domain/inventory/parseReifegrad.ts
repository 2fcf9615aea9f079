import { parseNumber } from "./parseNumber";
import type { RawCell, ReifegradModell } from "./types";

/** Outcome of reading a Reifegrad level. */
export type ReifegradResult =
  | { readonly kind: "empty" }
  | { readonly kind: "ok"; readonly value: number }
  /** A number outside the model's scale, or not a whole level; `max` is the model's highest level. */
  | { readonly kind: "outOfRange"; readonly text: string; readonly max: number }
  | { readonly kind: "invalid"; readonly text: string };

/** Highest level of each maturity model; without a known model the 2.0 scale is the widest valid one. */
export function maxReifegrad(model: ReifegradModell | undefined): number {
  switch (model) {
    case "1.1":
      return 4;
    case "2.0":
    case undefined:
      return 7;
  }
}

/**
 * Reads a Reifegrad level (`3`, `"3"`, `"Stufe 3"`, `"3 - Online-Leistung"`) and checks it against the
 * model: 0–4 for model 1.1, 0–7 for 2.0 (also when the model is unknown, the wider scale).
 */
export function parseReifegrad(cell: RawCell, model: ReifegradModell | undefined): ReifegradResult {
  const max = maxReifegrad(model);
  const source =
    typeof cell === "string"
      ? (/^\s*(?:stufe|level|rg)?\s*(-?\d+(?:[.,]\d+)?)\b/i.exec(cell)?.[1] ?? cell)
      : cell;
  const parsed = parseNumber(source);
  switch (parsed.kind) {
    case "empty":
      return parsed;
    case "invalid":
      return { kind: "invalid", text: typeof cell === "string" ? cell.trim() : parsed.text };
    case "ok":
      return Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= max
        ? { kind: "ok", value: parsed.value }
        : { kind: "outOfRange", text: String(parsed.value).replace(".", ","), max };
  }
}

/**
 * Reads a Reifegradmodell cell: "1.1", "1,1", "1", "2.0", "2", "OZG-Reifegradmodell 2.0", "RGM 2.0".
 * Returns null for anything else (the caller reports it).
 */
export function parseReifegradModell(text: string): ReifegradModell | null {
  const m = /(\d)(?:[.,](\d))?\s*$/.exec(text.trim());
  if (m === null) return null;
  const major = m[1];
  const minor = m[2] ?? (major === "1" ? "1" : "0");
  if (major === "1" && minor === "1") return "1.1";
  if (major === "2" && minor === "0") return "2.0";
  return null;
}
