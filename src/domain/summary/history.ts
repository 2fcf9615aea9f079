/**
 * The report's memory between committee dates: each run appends a snapshot per Bereich, cluster and the
 * totals (sheet "Verlauf") and one row per process (sheet "Verlauf Prozesse"). Rows of earlier Stichtage
 * are never changed; a run with the same Stichtag replaces that Stichtag's rows (a corrected report).
 * The overview's change columns are formulas over "Verlauf"; "Seit dem letzten Bericht" compares the
 * process rows when the report is made.
 */
import type { Message } from "../messages/types";
import { msg } from "../messages/renderMessage";
import type { ProcessRecord } from "../inventory/types";
import { excelSerialDate } from "./excelSerialDate";
import {
  HISTORY_HEADERS,
  HISTORY_PROCESS_HEADERS,
  HISTORY_SHEET,
  type History,
  type HistoryLevel,
  type HistoryProcess,
  type HistorySnapshot,
  type SinceLastReport,
} from "./historyModel";
import { summaryBereiche } from "./summaryBereiche";
import type { SummaryCluster, SummaryNumbers } from "./types";

export * from "./historyModel";

/** How a process is recognised in the next report: its ID, else its name (compared ignoring case). */
export function processKennung(record: Pick<ProcessRecord, "id" | "name">): string {
  const id = record.id?.trim() ?? "";
  return id === "" ? record.name.trim() : id;
}

const sameText = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("de-DE") === b.toLocaleLowerCase("de-DE");

/** ISO date of an Excel serial number (1900 date system). */
function serialToIso(serial: number): string {
  return new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}

/** A Stichtag cell as read back: a serial number, an ISO date or a German `TT.MM.JJJJ`. */
function stichtagOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return serialToIso(value);
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso =
    german === null ? text : `${german[3]}-${german[2]?.padStart(2, "0")}-${german[1]?.padStart(2, "0")}`;
  try {
    excelSerialDate(iso);
    return iso;
  } catch {
    return undefined;
  }
}

const numberOf = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;
const textOf = (value: unknown): string =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : "";

/** Where each header stands in a read-back header row (case-insensitive), or -1. */
function columnsOf(header: readonly unknown[], names: readonly string[]): number[] {
  const cells = header.map((h) => textOf(h).trim().toLowerCase());
  return names.map((name) => cells.indexOf(name.toLowerCase()));
}

/** Result of reading the history sheets back: the rows, and German notes on rows that were skipped. */
export interface ReadHistory {
  readonly history: History;
  readonly notices: readonly Message[];
}

/**
 * Reads the two history sheets back from their cell values (first row = headers; dates as serial
 * numbers, Date values or text). Rows without a valid Stichtag or level are skipped and reported; the sheets
 * themselves are left as they are.
 */
export function readHistory(
  snapshotRows: readonly (readonly unknown[])[] | undefined,
  processRows: readonly (readonly unknown[])[] | undefined,
): ReadHistory {
  const notices: Message[] = [];
  const snapshots: HistorySnapshot[] = [];
  // A sheet of that name without the Stichtag and Ebene headers is someone else's: nothing to read.
  const ours = (rows: readonly (readonly unknown[])[] | undefined, headers: readonly string[]): boolean =>
    rows !== undefined &&
    rows.length > 0 &&
    columnsOf(rows[0] ?? [], headers.slice(0, 2)).every((i) => i >= 0);
  if (ours(snapshotRows, HISTORY_HEADERS) && snapshotRows !== undefined) {
    const at = columnsOf(snapshotRows[0] ?? [], HISTORY_HEADERS);
    const cell = (row: readonly unknown[], i: number): unknown =>
      at[i] === -1 ? undefined : row[at[i] ?? -1];
    let skipped = 0;
    for (const row of snapshotRows.slice(1)) {
      if (row.every((v) => v === null || v === undefined || v === "")) continue;
      const stichtag = stichtagOf(cell(row, 0));
      const level = textOf(cell(row, 1)).trim();
      const anzahl = numberOf(cell(row, 4));
      if (
        stichtag === undefined ||
        (level !== "Summe" && level !== "Bereich" && level !== "Cluster") ||
        anzahl === null
      ) {
        skipped += 1;
        continue;
      }
      snapshots.push({
        stichtag,
        level,
        name: textOf(cell(row, 2)),
        bereich: textOf(cell(row, 3)),
        anzahl,
        online: numberOf(cell(row, 5)),
        reifegradAvg: numberOf(cell(row, 7)),
        fallzahl: numberOf(cell(row, 8)),
        kostenEinmalig: numberOf(cell(row, 9)),
        kostenLaufend: numberOf(cell(row, 10)),
      });
    }
    if (skipped > 0) notices.push(msg("workflow.historySkipped", { count: skipped, sheet: HISTORY_SHEET }));
  }
  const processes: HistoryProcess[] = [];
  if (ours(processRows, HISTORY_PROCESS_HEADERS) && processRows !== undefined) {
    const at = columnsOf(processRows[0] ?? [], HISTORY_PROCESS_HEADERS);
    const cell = (row: readonly unknown[], i: number): unknown =>
      at[i] === -1 ? undefined : row[at[i] ?? -1];
    for (const row of processRows.slice(1)) {
      const stichtag = stichtagOf(cell(row, 0));
      const kennung = textOf(cell(row, 1)).trim();
      if (stichtag === undefined || kennung === "") continue;
      const online = textOf(cell(row, 4)).trim().toLowerCase();
      processes.push({
        stichtag,
        kennung,
        name: textOf(cell(row, 2)),
        cluster: textOf(cell(row, 3)),
        online: online === "ja" ? true : online === "nein" ? false : null,
      });
    }
  }
  return { history: { snapshots, processes }, notices };
}

/** The latest Stichtag in the history before `stichtag`, or undefined (first report). */
export function previousStichtag(history: History, stichtag: string): string | undefined {
  let previous: string | undefined;
  for (const s of history.snapshots)
    if (s.stichtag < stichtag && (previous === undefined || s.stichtag > previous)) previous = s.stichtag;
  return previous;
}

/** The history with this report's snapshot: rows of other Stichtage as they were, this Stichtag's replaced. */
export function historyWithReport(
  history: History,
  input: {
    readonly stichtag: string;
    readonly clusters: readonly SummaryCluster[];
    readonly records: readonly ProcessRecord[];
  },
  numbers: SummaryNumbers,
): History {
  const { stichtag, clusters } = input;
  const snapshot = (
    level: HistoryLevel,
    name: string,
    bereich: string,
    values: SummaryNumbers["total"],
  ): HistorySnapshot => {
    const n = (v: number | string | undefined): number | null => (typeof v === "number" ? v : null);
    return {
      stichtag,
      level,
      name,
      bereich,
      anzahl: n(values.anzahl) ?? 0,
      online: n(values.online),
      reifegradAvg: n(values.reifegradAvg),
      fallzahl: n(values.fallzahl),
      kostenEinmalig: n(values.kostenEinmalig),
      kostenLaufend: n(values.kostenLaufend),
    };
  };
  const bereiche = summaryBereiche(clusters);
  const rows: HistorySnapshot[] = [snapshot("Summe", "Summe", "", numbers.total)];
  bereiche.forEach((b, i) => rows.push(snapshot("Bereich", b.name, "", numbers.bereiche[i] ?? {})));
  clusters.forEach((c, i) =>
    rows.push(snapshot("Cluster", c.label, c.bereich ?? "", numbers.clusters[i] ?? {})),
  );

  const clusterOf = new Map(clusters.flatMap((c) => c.keys.map((k) => [k, c.label] as const)));
  const processes: HistoryProcess[] = input.records.map((r) => ({
    stichtag,
    kennung: processKennung(r),
    name: r.name,
    cluster: clusterOf.get(r.key) ?? "",
    online: r.status === undefined ? (r.statusRaw === undefined ? null : false) : r.status === "online",
  }));
  return {
    snapshots: [...history.snapshots.filter((s) => s.stichtag !== stichtag), ...rows],
    processes: [...history.processes.filter((p) => p.stichtag !== stichtag), ...processes],
  };
}

/**
 * Compares this report's processes with those of the previous Stichtag, by Kennung (ID, else name,
 * ignoring case). Undefined on a first report or when the previous report kept no process rows.
 */
export function sinceLastReport(
  history: History,
  stichtag: string,
  records: readonly ProcessRecord[],
  hasStatus: boolean,
): SinceLastReport | undefined {
  const previous = previousStichtag(history, stichtag);
  if (previous === undefined) return undefined;
  const before = new Map<string, HistoryProcess>();
  for (const p of history.processes)
    if (p.stichtag === previous) before.set(p.kennung.toLocaleLowerCase("de-DE"), p);
  if (before.size === 0) return undefined;
  const now = new Set<string>();
  let added = 0;
  let newlyOnline = 0;
  for (const r of records) {
    const key = processKennung(r).toLocaleLowerCase("de-DE");
    if (now.has(key)) continue;
    now.add(key);
    const then = before.get(key);
    if (then === undefined) added += 1;
    else if (r.status === "online" && then.online === false) newlyOnline += 1;
  }
  const removed = [...before.keys()].filter((k) => !now.has(k)).length;
  return { previous, newlyOnline: hasStatus ? newlyOnline : null, added, removed };
}

/** The snapshot of one row of the overview at a Stichtag (case-insensitive name, as SUMIFS matches). */
export function snapshotOf(
  history: History,
  stichtag: string,
  level: HistoryLevel,
  name: string,
): HistorySnapshot[] {
  return history.snapshots.filter(
    (s) => s.stichtag === stichtag && s.level === level && sameText(s.name, name),
  );
}
