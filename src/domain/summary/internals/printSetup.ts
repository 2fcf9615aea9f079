/** @internal Print layout shared by all report sheets (domain notes §11). */
import type { PlanPrint } from "../types";

/** A4 landscape as the print setup lays it out (points): printable height, default row and header row. */
const PRINTED = { heightPt: 480, rowPt: 15, headerRowPt: 48 } as const;

/**
 * Rows of a table a printed page surely holds below its repeated (tall) header row: counted at Excel's
 * default row height and without the shrink of "one page wide", so it never overestimates — LibreOffice's
 * lower rows and a shrunk wide sheet only leave a page a little less full.
 */
export const SURE_ROWS_PER_PAGE =
  Math.floor(PRINTED.heightPt / PRINTED.rowPt) - Math.ceil(PRINTED.headerRowPt / PRINTED.rowPt);

/**
 * Page breaks that keep groups of rows together (e.g. a Bereich's subtotal row and its clusters): the
 * groups, given by their first rows in order and the table's last row, fill a page while they surely
 * fit (`perPage`) and the next group starts the next page, so no heading ends a page with its rows on
 * the next. A group longer than a page starts a page and runs over as it must. Returns the rows to
 * break before (never the first group's).
 */
export function groupPageBreaks(
  starts: readonly number[],
  last: number,
  perPage: number = SURE_ROWS_PER_PAGE,
): number[] {
  const breaks: number[] = [];
  let used = 0;
  starts.forEach((start, k) => {
    const size = (starts[k + 1] ?? last + 1) - start;
    if (used > 0 && used + size > perPage) {
      breaks.push(start);
      used = 0;
    }
    // A page a group filled to the last row counts as full, so the next group breaks explicitly.
    used = (used + size) % perPage || perPage;
  });
  return breaks;
}

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
