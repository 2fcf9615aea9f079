import { cellError } from "./internals/cellText";
import { EMPTY_RESULT, type ParseResult } from "./ParseResult";
import type { RawCell } from "./types";

/** Text that means "no value" in a number column. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(["-", "–", "—", "k.a.", "k. a.", "n/a", "n.a.", "?"]);

/**
 * Parses a number cell written the German or English way: `1.234,50 €`, `1,234.50`, `12.500`, `1 234`,
 * `EUR 300`, `45 %` (→ 0.45), `(1.200)` is not accounting-negative but invalid. Numbers pass through.
 *
 * Separators: when both `.` and `,` occur the last one is the decimal separator; a lone `,` is decimal
 * (German); a lone `.` followed by exactly three digits is a thousands separator (German `12.500`), else
 * decimal (`0.5`, `12.75`). Blank cells and placeholders (`-`, `k.A.`) are empty; error cells are invalid.
 */
export function parseNumber(cell: RawCell): ParseResult<number> {
  if (cell === null || cell === undefined) return EMPTY_RESULT;
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { kind: "ok", value: cell } : { kind: "invalid", text: String(cell) };
  }
  if (typeof cell === "boolean" || cell instanceof Date) return { kind: "invalid", text: String(cell) };
  if (typeof cell !== "string") return { kind: "invalid", text: cellError(cell) ?? "" };
  const text = cell.trim();
  if (text === "" || PLACEHOLDERS.has(text.toLowerCase())) return EMPTY_RESULT;
  const value = parseNumberText(text);
  return value === null ? { kind: "invalid", text } : { kind: "ok", value };
}

function parseNumberText(text: string): number | null {
  let body = text.replace(/[\s\u00a0\u202f']/g, "");
  body = body.replace(/^(€|eur|euro)/i, "").replace(/(€|eur|euro)$/i, "");
  let scale = 1;
  if (body.endsWith("%")) {
    scale = 0.01;
    body = body.slice(0, -1);
  }
  let sign = 1;
  if (body.startsWith("-") || body.startsWith("−")) {
    sign = -1;
    body = body.slice(1);
  } else if (body.startsWith("+")) {
    body = body.slice(1);
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(body)) return null;
  const normalised = normaliseSeparators(body);
  if (normalised === null) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? sign * value * scale : null;
}

/** Rewrites digits with `.`/`,` into JavaScript number syntax, or null when the grouping is malformed. */
function normaliseSeparators(body: string): string | null {
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [intPart, fraction, ...rest] = body.split(decimal);
    if (rest.length > 0 || intPart === undefined || fraction === undefined || fraction.includes(group))
      return null;
    return validGrouping(intPart, group) ? `${intPart.split(group).join("")}.${fraction}` : null;
  }
  const separator = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
  if (separator === null) return body;
  const parts = body.split(separator);
  if (parts.length > 2) return validGrouping(body, separator) ? parts.join("") : null;
  const [intPart = "", fraction = ""] = parts;
  const looksGrouped = separator === "." && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
  if (looksGrouped) return `${intPart}${fraction}`;
  if (fraction === "") return null;
  return `${intPart === "" ? "0" : intPart}.${fraction}`;
}

/** `1.234.567` style grouping: first group 1–3 digits, then groups of exactly 3. */
function validGrouping(intPart: string, group: string): boolean {
  const groups = intPart.split(group);
  if (groups.length === 1) return /^\d+$/.test(intPart);
  return groups.every((g, i) => (i === 0 ? /^\d{1,3}$/.test(g) : /^\d{3}$/.test(g)));
}
