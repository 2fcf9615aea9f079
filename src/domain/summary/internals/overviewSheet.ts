/** @internal The `Cluster-Übersicht` sheet: headline block, one KPI row per cluster, totals row. */
import type { ColumnRole } from "../../inventory/types";
import type {
  PlanCell,
  PlanConditionalFormat,
  PlanName,
  PlanSheet,
  SummaryCluster,
  SummaryMetric,
} from "../types";
import { a1, clusterCriterion } from "./formulaText";
import {
  ampelAvailable,
  ampelRuleText,
  NAME_GREEN,
  NAME_RED,
  NAME_STICHTAG,
  OVERVIEW_COLUMNS,
  type OverviewColumn,
} from "./overviewColumns";
import { germanDate, printSetup } from "./printSetup";

export const OVERVIEW_SHEET = "Cluster-Übersicht";
/** Row of the KPI header; cluster rows follow. */
export const OVERVIEW_HEADER_ROW = 10;

export interface OverviewParams {
  readonly clusters: readonly SummaryCluster[];
  readonly title: string;
  readonly stichtag: string;
  readonly drucksache: string | undefined;
  readonly reifegradModell: "1.1" | "2.0";
  readonly thresholdGreen: number;
  readonly thresholdRed: number;
  readonly has: (role: ColumnRole) => boolean;
  readonly col: (role: ColumnRole) => string;
}

export interface OverviewResult {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  /** Column (1-based) of each KPI present, for the chart data sheet. */
  readonly metricColumns: ReadonlyMap<SummaryMetric, number>;
  /** Row of cluster i is `firstClusterRow + i`. */
  readonly firstClusterRow: number;
}

const text = (
  row: number,
  col: number,
  value: string,
  style: PlanCell["style"],
  userText = false,
): PlanCell => ({
  row,
  col,
  value: { kind: "text", text: value },
  ...(style === undefined ? {} : { style }),
  // User-supplied text gets the text format so "=foo" can never become a formula.
  ...(userText ? { numberFormat: "@" } : {}),
});

const MODEL_TEXT = {
  "1.1": "OZG-Reifegradmodell 1.1 (Stufen 0–4); OZG-konform ab Stufe 3",
  "2.0": "OZG-Reifegradmodell 2.0 (Stufen 0–7); OZG-konform ab Stufe 3",
} as const;

/**
 * The "Umfang" line: "246 Teilprozesse → 8 Bereiche, 23 Cluster" (without Bereiche: "246 Teilprozesse in
 * 23 Clustern"). Processes and clusters count live from the table; the Bereiche are fixed by the review.
 */
function headlineFormula(clusters: readonly SummaryCluster[], total: string, countRange: string): string {
  const live = clusters.length === 0 ? "0" : `COUNTIF(${countRange},">0")`;
  const bereiche = overviewBereichCount(clusters);
  if (bereiche === null) return `${total}&" Teilprozesse in "&${live}&" Clustern"`;
  return `${total}&" Teilprozesse → ${bereicheText(bereiche)}, "&${live}&" Cluster"`;
}

/** "1 Bereich", "8 Bereiche": the formula and `computeSummaryNumbers` say it alike. @internal */
export function bereicheText(count: number): string {
  return `${count} ${count === 1 ? "Bereich" : "Bereiche"}`;
}

/** Number of distinct Bereiche of clusters with members, or null when no cluster has a Bereich. @internal */
export function overviewBereichCount(clusters: readonly SummaryCluster[]): number | null {
  if (!clusters.some((c) => c.bereich !== undefined)) return null;
  return new Set(
    clusters.filter((c) => c.keys.length > 0).map((c) => (c.bereich ?? "").toLocaleLowerCase("de-DE")),
  ).size;
}

export function overviewSheet(p: OverviewParams): OverviewResult {
  const columns: OverviewColumn[] = OVERVIEW_COLUMNS.filter(
    (c) => c.requires.every((role) => p.has(role)) && (c.metric !== "ampel" || ampelAvailable(p.has)),
  );
  const metricColumns = new Map<SummaryMetric, number>(columns.map((c, i) => [c.metric, i + 2]));
  const first = OVERVIEW_HEADER_ROW + 1;
  const totalRow = first + p.clusters.length;
  const cells: PlanCell[] = [];

  // Headline block.
  cells.push(text(1, 1, p.title, "title", true));
  cells.push(text(2, 1, "Stichtag:", "label"));
  cells.push({
    row: 2,
    col: 2,
    value: { kind: "date", iso: p.stichtag },
    numberFormat: "dd.mm.yyyy",
    style: "label",
  });
  cells.push(text(3, 1, "Zähleinheit:", "label"));
  cells.push(text(3, 2, "Teilprozesse = Zeilen des Prozessinventars (nicht OZG-Leistungsbündel)", "body"));
  cells.push(text(4, 1, "Reifegradmodell:", "label"));
  cells.push(text(4, 2, MODEL_TEXT[p.reifegradModell], "body"));
  cells.push(text(5, 1, "Umfang:", "label"));
  const countCol = metricColumns.get("anzahl") ?? 2;
  const countRange = `${a1(first, countCol)}:${a1(Math.max(first, totalRow - 1), countCol)}`;
  cells.push({
    row: 5,
    col: 2,
    value: {
      kind: "formula",
      formula: headlineFormula(p.clusters, a1(totalRow, countCol), countRange),
    },
    style: "label",
    meaning: { metric: "headline", cluster: null },
  });
  cells.push(text(6, 1, "Ampel-Regel:", "label"));
  cells.push(text(6, 2, ampelRuleText(p.has, germanDate(p.stichtag)), "body"));
  cells.push(text(7, 1, "Schwelle grün:", "label"));
  cells.push({
    row: 7,
    col: 2,
    value: { kind: "number", value: p.thresholdGreen },
    numberFormat: "0%",
    style: "label",
  });
  cells.push(text(8, 1, "Schwelle rot (nicht begonnen):", "label"));
  cells.push({
    row: 8,
    col: 2,
    value: { kind: "number", value: p.thresholdRed },
    numberFormat: "0%",
    style: "label",
  });

  // KPI header and rows.
  cells.push(text(OVERVIEW_HEADER_ROW, 1, "Cluster", "header"));
  columns.forEach((c, i) => cells.push(text(OVERVIEW_HEADER_ROW, i + 2, c.header, "header")));
  const rows = [
    ...p.clusters.map((c, i) => ({ label: c.label, index: i as number | null })),
    { label: "Summe", index: null },
  ];
  rows.forEach((r, i) => {
    const row = first + i;
    const style = r.index === null ? "total" : "body";
    cells.push(text(row, 1, r.label, style, r.index !== null));
    const scope = {
      col: p.col,
      has: p.has,
      criterion: r.index === null ? `"<>"` : clusterCriterion(r.label, a1(row, 1, "absCol")),
      cell: (metric: SummaryMetric) => {
        const col = metricColumns.get(metric);
        return col === undefined ? undefined : a1(row, col);
      },
    };
    columns.forEach((c, j) =>
      cells.push({
        row,
        col: j + 2,
        value: { kind: "formula", formula: c.formula(scope) },
        numberFormat: c.numberFormat,
        style,
        meaning: { metric: c.metric, cluster: r.index },
      }),
    );
  });
  cells.push(
    text(
      totalRow + 2,
      1,
      "Alle Kennzahlen sind Formeln über das Prozessinventar und aktualisieren sich, wenn dort Status, Termine oder Cluster geändert werden. „Summe“ umfasst alle Prozesse mit einem Cluster.",
      "note",
    ),
  );

  const conditionalFormats: PlanConditionalFormat[] = [];
  const ampelCol = metricColumns.get("ampel");
  if (ampelCol !== undefined) {
    const area = { firstRow: first, firstCol: ampelCol, lastRow: totalRow, lastCol: ampelCol };
    const ref = a1(first, ampelCol);
    conditionalFormats.push({ area, formula: `${ref}="rot"`, fill: "FFC7CE", fontColor: "9C0006" });
    conditionalFormats.push({ area, formula: `${ref}="gelb"`, fill: "FFEB9C", fontColor: "9C5700" });
    conditionalFormats.push({ area, formula: `${ref}="grün"`, fill: "C6EFCE", fontColor: "006100" });
  }
  for (const metric of ["onlineQuote", "konform"] as const) {
    const col = metricColumns.get(metric);
    if (col === undefined) continue;
    const ref = a1(first, col);
    conditionalFormats.push({
      area: { firstRow: first, firstCol: col, lastRow: totalRow, lastCol: col },
      formula: `AND(ISNUMBER(${ref}),${ref}>=${NAME_GREEN})`,
      fill: "C6EFCE",
      fontColor: "006100",
    });
  }

  const sheet: PlanSheet = {
    name: OVERVIEW_SHEET,
    kind: "overview",
    cells,
    columnWidths: [50, ...columns.map((c) => c.width)],
    frozenRows: OVERVIEW_HEADER_ROW,
    conditionalFormats,
    print: printSetup(p.stichtag, p.drucksache, { first: OVERVIEW_HEADER_ROW, last: OVERVIEW_HEADER_ROW }),
  };
  const names: PlanName[] = [
    { name: NAME_STICHTAG, sheet: OVERVIEW_SHEET, row: 2, col: 2 },
    { name: NAME_GREEN, sheet: OVERVIEW_SHEET, row: 7, col: 2 },
    { name: NAME_RED, sheet: OVERVIEW_SHEET, row: 8, col: 2 },
  ];
  return { sheet, names, metricColumns, firstClusterRow: first };
}
