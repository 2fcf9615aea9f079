/**
 * @internal The sheets "Verlauf" (one snapshot row per Stichtag and Bereich, cluster and totals) and
 * "Verlauf Prozesse" (one row per Stichtag and process) as plain values, and the references the
 * change formulas use.
 */
import {
  HISTORY_HEADERS,
  HISTORY_PROCESS_HEADERS,
  HISTORY_PROCESS_SHEET,
  HISTORY_SHEET,
  type History,
  type HistoryProcess,
  type HistorySnapshot,
} from "../historyModel";
import type { PlanCell, PlanSheet, PlanValue } from "../types";
import { a1, sheetPrefix } from "./formulaText";
import { FORMAT_COUNT, FORMAT_DATE, FORMAT_EURO, FORMAT_PERCENT } from "./overviewColumns";
import { printSetup } from "./printSetup";

/** Absolute references to the data rows of the "Verlauf" columns the formulas read. */
export interface HistoryRefs {
  readonly stichtag: string;
  readonly level: string;
  readonly name: string;
  readonly anzahl: string;
  readonly online: string;
  readonly reifegradAvg: string;
}

const textValue = (text: string): PlanValue => ({ kind: "text", text });

function historyRefs(lastRow: number): HistoryRefs {
  const column = (col: number): string =>
    `${sheetPrefix(HISTORY_SHEET)}${a1(2, col, "absolute")}:${a1(Math.max(2, lastRow), col, "absolute")}`;
  return {
    stichtag: column(1),
    level: column(2),
    name: column(3),
    anzahl: column(5),
    online: column(6),
    reifegradAvg: column(8),
  };
}

/** One column of a history sheet: its cell per row (null: empty), number format and width. */
interface HistoryColumn<T> {
  readonly value: (row: T) => PlanValue | null;
  /** For non-text values; text is always written as text ("@"). */
  readonly format?: string;
  readonly width: number;
}

const dateValue = (iso: string): PlanValue => ({ kind: "date", iso });

/** Text, or an empty cell for "". */
const textOrEmpty = (text: string): PlanValue | null => (text === "" ? null : textValue(text));

const numberValue = (value: number | null): PlanValue | null =>
  value === null ? null : { kind: "number", value };

/** The columns of "Verlauf", in the order of `HISTORY_HEADERS`. */
const SNAPSHOT_COLUMNS: readonly HistoryColumn<HistorySnapshot>[] = [
  { value: (s) => dateValue(s.stichtag), format: FORMAT_DATE, width: 12 },
  { value: (s) => textValue(s.level), width: 10 },
  { value: (s) => textOrEmpty(s.name), width: 45 },
  { value: (s) => textOrEmpty(s.bereich), width: 30 },
  { value: (s) => numberValue(s.anzahl), format: FORMAT_COUNT, width: 12 },
  { value: (s) => numberValue(s.online), format: FORMAT_COUNT, width: 11 },
  {
    value: (s) => (s.online === null ? null : numberValue(s.anzahl === 0 ? 0 : s.online / s.anzahl)),
    format: FORMAT_PERCENT,
    width: 11,
  },
  { value: (s) => numberValue(s.reifegradAvg), format: "0.0", width: 11 },
  { value: (s) => numberValue(s.fallzahl), format: FORMAT_COUNT, width: 14 },
  { value: (s) => numberValue(s.kostenEinmalig), format: FORMAT_EURO, width: 14 },
  { value: (s) => numberValue(s.kostenLaufend), format: FORMAT_EURO, width: 14 },
];

/** The columns of "Verlauf Prozesse", in the order of `HISTORY_PROCESS_HEADERS`. */
const PROCESS_COLUMNS: readonly HistoryColumn<HistoryProcess>[] = [
  { value: (p) => dateValue(p.stichtag), format: FORMAT_DATE, width: 12 },
  { value: (p) => textValue(p.kennung), width: 18 },
  { value: (p) => textValue(p.name), width: 50 },
  { value: (p) => textOrEmpty(p.cluster), width: 40 },
  { value: (p) => (p.online === null ? null : textValue(p.online ? "ja" : "nein")), width: 8 },
];

/**
 * A table from row 1: the header row, then one row of value cells per item; null leaves a cell empty,
 * text is written as text ("@"), never as a formula.
 */
function tableCells<T>(
  headers: readonly string[],
  items: readonly T[],
  columns: readonly HistoryColumn<T>[],
): PlanCell[] {
  const cells: PlanCell[] = headers.map((h, i) => ({
    row: 1,
    col: i + 1,
    value: textValue(h),
    style: "header" as const,
  }));
  items.forEach((item, r) =>
    columns.forEach((column, i) => {
      const value = column.value(item);
      if (value === null) return;
      const format = value.kind === "text" ? "@" : column.format;
      cells.push({
        row: r + 2,
        col: i + 1,
        value,
        ...(format === undefined ? {} : { numberFormat: format }),
      });
    }),
  );
  return cells;
}

export function historySheets(
  history: History,
  stichtag: string,
  drucksache: string | undefined,
): { sheets: PlanSheet[]; refs: HistoryRefs } {
  const sheet = <T>(
    name: string,
    headers: readonly string[],
    items: readonly T[],
    columns: readonly HistoryColumn<T>[],
  ): PlanSheet => ({
    name,
    kind: "history",
    cells: tableCells(headers, items, columns),
    columnWidths: columns.map((column) => column.width),
    frozenRows: 1,
    conditionalFormats: [],
    print: printSetup(stichtag, drucksache, { first: 1, last: 1 }),
  });
  return {
    sheets: [
      sheet(HISTORY_SHEET, HISTORY_HEADERS, history.snapshots, SNAPSHOT_COLUMNS),
      sheet(HISTORY_PROCESS_SHEET, HISTORY_PROCESS_HEADERS, history.processes, PROCESS_COLUMNS),
    ],
    refs: historyRefs(history.snapshots.length + 1),
  };
}
