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

/**
 * A table from row 1: the header row, then one row of value cells per item; null leaves a cell empty,
 * text is written as text ("@"), never as a formula.
 */
function tableCells<T>(
  headers: readonly string[],
  items: readonly T[],
  valuesOf: (item: T) => readonly (PlanValue | null)[],
  formats: readonly string[],
): PlanCell[] {
  const cells: PlanCell[] = headers.map((h, i) => ({
    row: 1,
    col: i + 1,
    value: textValue(h),
    style: "header" as const,
  }));
  items.forEach((item, r) =>
    valuesOf(item).forEach((value, i) => {
      if (value === null) return;
      const format = value.kind === "text" ? "@" : formats[i];
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

const numberValue = (value: number | null): PlanValue | null =>
  value === null ? null : { kind: "number", value };

export function historySheets(
  history: History,
  stichtag: string,
  drucksache: string | undefined,
): { sheets: PlanSheet[]; refs: HistoryRefs } {
  const snapshotFormats = [
    FORMAT_DATE,
    "@",
    "@",
    "@",
    FORMAT_COUNT,
    FORMAT_COUNT,
    FORMAT_PERCENT,
    "0.0",
    FORMAT_COUNT,
    FORMAT_EURO,
    FORMAT_EURO,
  ];
  const snapshotCells = tableCells(
    HISTORY_HEADERS,
    history.snapshots,
    (s) => [
      { kind: "date", iso: s.stichtag },
      textValue(s.level),
      s.name === "" ? null : textValue(s.name),
      s.bereich === "" ? null : textValue(s.bereich),
      { kind: "number", value: s.anzahl },
      numberValue(s.online),
      s.online === null ? null : { kind: "number", value: s.anzahl === 0 ? 0 : s.online / s.anzahl },
      numberValue(s.reifegradAvg),
      numberValue(s.fallzahl),
      numberValue(s.kostenEinmalig),
      numberValue(s.kostenLaufend),
    ],
    snapshotFormats,
  );
  const processCells = tableCells(
    HISTORY_PROCESS_HEADERS,
    history.processes,
    (p) => [
      { kind: "date", iso: p.stichtag },
      textValue(p.kennung),
      textValue(p.name),
      p.cluster === "" ? null : textValue(p.cluster),
      p.online === null ? null : textValue(p.online ? "ja" : "nein"),
    ],
    [FORMAT_DATE],
  );
  const sheet = (name: string, cells: PlanCell[], widths: number[]): PlanSheet => ({
    name,
    kind: "history",
    cells,
    columnWidths: widths,
    frozenRows: 1,
    conditionalFormats: [],
    print: printSetup(stichtag, drucksache, { first: 1, last: 1 }),
  });
  return {
    sheets: [
      sheet(HISTORY_SHEET, snapshotCells, [12, 10, 45, 30, 12, 11, 11, 11, 14, 14, 14]),
      sheet(HISTORY_PROCESS_SHEET, processCells, [12, 18, 50, 40, 8]),
    ],
    refs: historyRefs(history.snapshots.length + 1),
  };
}
