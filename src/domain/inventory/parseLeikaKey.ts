import { cellError } from "./internals/cellText";
import type { RawCell } from "./types";

/** Outcome of reading a LeiKa key cell. */
export type LeikaKeyResult =
  | { readonly kind: "empty" }
  | { readonly kind: "ok"; readonly value: string }
  /** The key was shown in scientific notation (9.9036E+13) and lost digits on the way into the cell. */
  | { readonly kind: "scientific"; readonly text: string }
  | { readonly kind: "invalid"; readonly text: string };

const VALID_KEY = /^99\d{12}$/;
/** Text that says "there is no key" (rows of services outside the catalogue). */
const NO_KEY = /^(nicht im leika|ohne|keine?|k\.?\s?a\.?|n\/a|-|–|—)$/i;
const SCIENTIFIC_TEXT = /^\d(?:[.,]\d+)?\s*e\s*\+?\s*\d+$/i;

/**
 * A 14-digit key whose digits after the Leistungsgruppierung are all zero names no Leistungsobjekt:
 * it is what 9.9036E+13 turns into (only five significant digits survive).
 */
const looksTruncated = (key: string): boolean => /^99\d{3}0{9}$/.test(key);

/**
 * Reads a LeiKa key from text or a number cell and validates it (`^99\d{12}$`). Spaces, dots between digit
 * groups and Excel's leading apostrophe are ignored. Keys destroyed by scientific notation — the text
 * "9,9036E+13" or a number with only the first five digits left — are reported as `scientific`; a key that
 * lost later digits (99036008070001 → 99036008000000) cannot be told apart from a valid object key.
 */
export function parseLeikaKey(cell: RawCell): LeikaKeyResult {
  if (cell === null || cell === undefined) return { kind: "empty" };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "invalid", text: String(cell) };
    const digits = Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
    if (!VALID_KEY.test(digits)) return { kind: "invalid", text: digits };
    return looksTruncated(digits) ? { kind: "scientific", text: digits } : { kind: "ok", value: digits };
  }
  if (typeof cell === "boolean" || cell instanceof Date) return { kind: "invalid", text: String(cell) };
  if (typeof cell !== "string") return { kind: "invalid", text: cellError(cell) ?? "" };
  const text = cell.trim();
  if (text === "" || NO_KEY.test(text)) return { kind: "empty" };
  if (SCIENTIFIC_TEXT.test(text)) return { kind: "scientific", text };
  const digits = text.replace(/^'/, "").replace(/[\s\u00a0.]/g, "");
  if (!VALID_KEY.test(digits)) return { kind: "invalid", text };
  return looksTruncated(digits) ? { kind: "scientific", text } : { kind: "ok", value: digits };
}
