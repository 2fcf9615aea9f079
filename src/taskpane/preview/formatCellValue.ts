/**
 * A cell's value as a German Excel shows it with the cell's number format: `#,##0` → 1.234,
 * `0.0%` → 28,0%, `#,##0 "€"` → 586.036 €, `dd.mm.yyyy` → 31.12.2026, `@` → the text as is; any other
 * code is shown like Excel's "Standard" format. Text values (e.g. "–" from IFERROR) show as they are.
 *
 * Hand-written on `Intl.NumberFormat` (which rounds half away from zero, as Excel does) for the closed set
 * of codes the report plan writes, instead of a library — measured with `esbuild --bundle --minify`:
 * numfmt 4.0.1 adds 107 KB (34 KB gzip) to the preview, ssf 0.11.2 adds 24.5 KB (7.8 KB gzip) and formats
 * with US separators only ("1,234", "28.0%"), so it would need a second German pass anyway.
 */
import { excelSerialDate } from "../../domain/summary/excelSerialDate";

/** `#,##0`, `0.0`, `0%`, `0.0%`, `#,##0 "€"`: grouping, decimals, percent, a quoted suffix. */
const NUMBER_CODE = /^(#,##)?0(?:\.(0+))?(%)?(?:( ?)"([^"]*)")?$/;
const DATE_CODE = /^dd\.mm\.yyyy$/i;
/** Excel's 1900 date system: serial 25,569 is 1970-01-01. */
const EPOCH_SERIAL = excelSerialDate("1970-01-01");

function formatNumberCode(value: number, match: RegExpExecArray): string {
  const [, grouping, decimals, percent, space, suffix] = match;
  const digits = decimals?.length ?? 0;
  // 15 significant digits first, as Excel stores them, so 0.285 × 100 is 28.5 and not 28.499….
  const scaled = percent === undefined ? value : Number((value * 100).toPrecision(15));
  const text = new Intl.NumberFormat("de-DE", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: grouping !== undefined,
  }).format(scaled);
  return `${text}${percent ?? ""}${space ?? ""}${suffix ?? ""}`;
}

function formatDate(value: number | string): string {
  const iso =
    typeof value === "string"
      ? value
      : new Date(Math.round((value - EPOCH_SERIAL) * 86_400_000)).toISOString().slice(0, 10);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match === null ? String(value) : `${match[3]}.${match[2]}.${match[1]}`;
}

/** Excel's "Standard": up to 10 significant digits, decimal comma, no grouping. */
const general = new Intl.NumberFormat("de-DE", { maximumSignificantDigits: 10, useGrouping: false });

export function formatCellValue(
  value: string | number | boolean | null | undefined,
  numberFormat: string | undefined,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "WAHR" : "FALSCH";
  const code = numberFormat ?? "General";
  if (DATE_CODE.test(code)) return formatDate(value);
  if (typeof value === "string") return value;
  const match = NUMBER_CODE.exec(code);
  if (match !== null) return formatNumberCode(value, match);
  return general.format(value);
}
