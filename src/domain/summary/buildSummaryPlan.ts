import type { ColumnRole, ProcessRecord } from "../inventory/types";
import type { Message } from "../messages/types";
import { msg } from "../messages/renderMessage";
import { chartSheet, CHART_SHEET } from "./internals/chartSheet";
import { detailSheets } from "./internals/detailSheets";
import { isoToSerial, statusBucketOf } from "./internals/excelSemantics";
import { inventoryColumnRef } from "./internals/formulaText";
import { OVERVIEW_SHEET, overviewSheet } from "./internals/overviewSheet";
import { inventoryLayout } from "./inventoryLayout";
import { computeSummaryNumbers } from "./computeSummaryNumbers";
import {
  HISTORY_PROCESS_SHEET,
  HISTORY_SHEET,
  historyWithReport,
  previousStichtag,
  sinceLastReport,
} from "./history";
import { historySheets } from "./internals/historySheets";
import { germanDate } from "./internals/printSetup";
import { inventorySheetValue } from "./inventorySheetValue";
import type { PlanSheet, SummaryInput, SummaryPlan } from "./types";

/** Default overview title. */
export const DEFAULT_SUMMARY_TITLE = "Umsetzungsstand der Verwaltungsdigitalisierung – Cluster-Übersicht";

/** Names of every sheet the report may own; adapters replace exactly these (plus detail sheets). */
export const SUMMARY_SHEET_NAMES: readonly string[] = [
  OVERVIEW_SHEET,
  CHART_SHEET,
  HISTORY_SHEET,
  HISTORY_PROCESS_SHEET,
];

/**
 * Builds the declarative committee report: the `Cluster-Übersicht` with live KPI formulas per cluster, the
 * chart data sheet `Diagramme` with its charts, optional annex sheets, named cells and print layout.
 * Pure; both adapters (Office.js, ExcelJS) apply the result unchanged.
 * @throws RangeError for an invalid Stichtag, empty or duplicate (ignoring case) cluster labels.
 */
export function buildSummaryPlan(input: SummaryInput): SummaryPlan {
  const { inventory, clusters, options, inventoryRef } = input;
  isoToSerial(options.stichtag); // validates the date
  checkClusterLabels(clusters);
  const layout = inventoryLayout(inventory);
  const has = (role: ColumnRole): boolean => layout.roleIndex[role] !== undefined;
  const col = (role: ColumnRole): string => {
    const index = layout.roleIndex[role];
    if (index === undefined) throw new RangeError(`Die Spalte für „${role}“ fehlt im Inventar.`);
    return inventoryColumnRef(inventoryRef, index);
  };
  const drucksache = options.drucksache;
  const history = historyPart(input);
  const overview = overviewSheet({
    clusters,
    title: options.title ?? DEFAULT_SUMMARY_TITLE,
    stichtag: options.stichtag,
    drucksache,
    reifegradModell: options.reifegradModell,
    thresholdGreen: options.thresholdGreen ?? 0.8,
    thresholdRed: options.thresholdRedNotStarted ?? 0.5,
    has,
    col,
    bereichCol: () => inventoryColumnRef(inventoryRef, layout.bereichIndex),
    ...(history?.change === undefined ? {} : { change: history.change }),
  });
  const sheets: PlanSheet[] = [overview.sheet];
  const charts = [];
  if (options.sheets?.chartData ?? true) {
    const chart = chartSheet({
      clusters,
      has,
      col,
      levels: options.reifegradModell === "2.0" ? 8 : 5,
      stichtag: options.stichtag,
      drucksache,
      withCharts: options.charts ?? true,
      overviewColumns: overview.metricColumns,
      overviewClusterRow: overview.clusterRow,
      overviewTotalRow: overview.totalRow,
      ...(history === undefined ? {} : { trend: history.trend }),
      ...(overview.bereiche.length === 0
        ? {}
        : {
            bereiche: {
              names: overview.bereiche.map((b) => b.name),
              overviewRow: overview.bereiche.map((b) => b.row),
              col: () => inventoryColumnRef(inventoryRef, layout.bereichIndex),
            },
          }),
    });
    sheets.push(chart.sheet);
    charts.push(...chart.charts);
  }
  const byKey = new Map<string, ProcessRecord>(inventory.records.map((r) => [r.key, r]));
  if (options.sheets?.details ?? false) {
    sheets.push(
      ...detailSheets(clusters, byKey, layout.roleIndex, options.stichtag, drucksache, [
        ...SUMMARY_SHEET_NAMES,
        inventory.sheetName ?? "",
      ]),
    );
  }
  sheets.push(...(history?.sheets ?? []));
  const historyNotice =
    history === undefined ? [] : [historyText(options.stichtag, history.change?.previous)];
  return {
    sheets,
    names: overview.names,
    charts,
    notices: [...notices(input, layout.roleIndex), ...historyNotice],
  };
}

/** Every cluster needs a label, unique ignoring case (the formulas match labels that way). */
function checkClusterLabels(clusters: SummaryInput["clusters"]): void {
  const seen = new Set<string>();
  for (const c of clusters) {
    const key = c.label.trim().toLowerCase();
    if (key === "") throw new RangeError("Ein Cluster hat keine Bezeichnung.");
    if (seen.has(key))
      throw new RangeError(
        `Die Cluster-Bezeichnung „${c.label}“ kommt mehrfach vor (Groß-/Kleinschreibung zählt nicht).`,
      );
    seen.add(key);
  }
}

/** What the report did with the Verlauf, in one sentence. */
function historyText(stichtag: string, previous: string | undefined): Message {
  const now = { date: germanDate(stichtag), sheet: HISTORY_SHEET };
  return previous === undefined
    ? msg("workflow.historyFirst", now)
    : msg("workflow.historySince", { ...now, previous: germanDate(previous) });
}

/**
 * With a history: the "Verlauf" sheets with this report's snapshot appended, the comparison with the
 * previous Stichtag (if any) and the Stichtage for the trend chart.
 */
function historyPart(input: SummaryInput) {
  if (input.history === undefined) return undefined;
  const { stichtag } = input.options;
  const numbers = computeSummaryNumbers(input);
  const next = historyWithReport(
    input.history,
    { stichtag, clusters: input.clusters, records: input.inventory.records },
    numbers,
  );
  const { sheets, refs } = historySheets(next, stichtag, input.options.drucksache);
  const previous = previousStichtag(input.history, stichtag);
  const hasStatus = input.inventory.columns.some((c) => c.role === "status");
  return {
    sheets,
    trend: { refs, stichtage: [...new Set(next.snapshots.map((s) => s.stichtag))].sort() },
    change:
      previous === undefined
        ? undefined
        : {
            refs,
            previous,
            since: sinceLastReport(input.history, stichtag, input.inventory.records, hasStatus),
          },
  };
}

/** Notes on data the formulas will not count the way a reader might expect. */
function notices(input: SummaryInput, roleIndex: Readonly<Partial<Record<ColumnRole, number>>>): Message[] {
  const out: Message[] = [];
  const { records } = input.inventory;
  const statusIndex = roleIndex.status;
  if (statusIndex !== undefined) {
    const odd = records
      .map((r) => inventorySheetValue(r, statusIndex, "status"))
      .filter((v): v is string => typeof v === "string" && statusBucketOf(v) === "sonstige");
    if (odd.length > 0) {
      const examples = [...new Set(odd)]
        .slice(0, 3)
        .map((v) => `„${v}“`)
        .join(", ");
      out.push(
        msg("workflow.oddStatuses", { count: odd.length, examples, bucket: "sonstige / ohne Angabe" }),
      );
    }
  }
  const otherModel = records.filter(
    (r) => r.reifegradModell !== undefined && r.reifegradModell !== input.options.reifegradModell,
  ).length;
  if (otherModel > 0) {
    out.push(msg("workflow.otherModel", { count: otherModel, modell: input.options.reifegradModell }));
  }
  const assigned = new Set(input.clusters.flatMap((c) => c.keys));
  const unassigned = records.filter((r) => !assigned.has(r.key)).length;
  if (unassigned > 0) out.push(msg("workflow.unassigned", { count: unassigned }));
  return out;
}
