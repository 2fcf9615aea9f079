/** @internal Print layout shared by all report sheets (domain notes §11). */
import type { PlanPrint } from "../types";

/** Escapes text for an Excel header/footer, where "&" starts a code. */
function headerText(text: string): string {
  return text.replaceAll("&", "&&");
}

/** German date `31.12.2025` of an ISO date. */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/** A4 landscape, one page wide, header with the Drucksache number, footer "Stand: … – Seite x von y". */
export function printSetup(
  stichtag: string,
  drucksache: string | undefined,
  titleRows?: { first: number; last: number },
  rowBreaks: readonly number[] = [],
): PlanPrint {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    ...(titleRows === undefined ? {} : { titleRows }),
    ...(rowBreaks.length === 0 ? {} : { rowBreaks }),
    ...(drucksache === undefined || drucksache.trim() === ""
      ? {}
      : { centerHeader: `Anlage zu Drucksache Nr. ${headerText(drucksache.trim())}` }),
    centerFooter: `Stand: ${germanDate(stichtag)} – Seite &P von &N`,
  };
}

/**
 * Width in characters of a text column: its longest text plus a margin, at least `min` and at most `max`
 * (longer texts wrap; see `PlanSheet.wrap`).
 */
export function textColumnWidth(texts: Iterable<string>, min: number, max: number): number {
  let longest = 0;
  for (const t of texts) longest = Math.max(longest, t.length);
  return Math.min(max, Math.max(min, longest + 2));
}
