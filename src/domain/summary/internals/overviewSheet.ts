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
  FORMAT_COUNT,
  FORMAT_DATE,
  OVERVIEW_COLUMNS,
  type FormulaScope,
  type OverviewColumn,
} from "./overviewColumns";
import { germanDate, groupPageBreaks, printSetup, textColumnWidth } from "./printSetup";
import type { SinceLastReport } from "../historyModel";
import {
  NO_BEREICH_LABEL,
  overviewBereichCount,
  summaryBereiche,
  type SummaryBereich,
} from "../summaryBereiche";
import { changeColumns, NAME_PREVIOUS } from "./changeColumns";
import type { HistoryRefs } from "./historySheets";

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
  /** Inventory column reference of the Bereich column (only used when clusters have Bereiche). */
  readonly bereichCol: () => string;
  /** The comparison with the previous report, when "Verlauf" has an earlier Stichtag. */
  readonly change?: {
    readonly refs: HistoryRefs;
    readonly previous: string;
    readonly since: SinceLastReport | undefined;
  };
}

export interface OverviewResult {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  /** Column (1-based) of each KPI present, for the chart data sheet. */
  readonly metricColumns: ReadonlyMap<SummaryMetric, number>;
  /** Row of cluster i (index into the clusters) in the cluster table. */
  readonly clusterRow: readonly number[];
  /** Row of the totals ("Summe"). */
  readonly totalRow: number;
  /** Row of the cluster table's header (a page starts here when there are Bereiche). */
  readonly clusterTableRow: number;
  /** The Bereiche (names as the inventory spells them) and their rows on page 1; empty without. */
  readonly bereiche: readonly { readonly name: string; readonly row: number }[];
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
 * 23 Clustern"), all counted live: Bereiche and clusters with at least one process. With Bereiche the
 * cluster table also holds each Bereich's subtotal row, which equals its row on page 1; so the clusters
 * are the table's filled rows minus page 1's filled Bereich rows.
 */
function headlineFormula(total: string, ranges: HeadlineRanges): string {
  const filled = (range: string | null): string => (range === null ? "0" : `COUNTIF(${range},">0")`);
  if (ranges.bereiche === null) return `${total}&" Teilprozesse in "&${filled(ranges.table)}&" Clustern"`;
  const bereiche = filled(ranges.bereiche);
  const clusters = `${filled(ranges.table)}-${bereiche}`;
  return `${total}&" Teilprozesse → "&${bereiche}&IF(${bereiche}=1," Bereich, "," Bereiche, ")&(${clusters})&" Cluster"`;
}

/** Count ranges of the headline: the cluster table's counts, and page 1's Bereich counts (null: none). */
interface HeadlineRanges {
  readonly table: string | null;
  readonly bereiche: string | null;
}

/** The column-A texts of rows that also have a column-B cell. */
function labelsBesideValues(cells: readonly PlanCell[]): string[] {
  const withValue = new Set(cells.filter((c) => c.col === 2).map((c) => c.row));
  return cells.flatMap((c) =>
    c.col === 1 && c.value.kind === "text" && withValue.has(c.row) ? [c.value.text] : [],
  );
}

/** One row of the KPI tables. */
interface KpiRow {
  readonly row: number;
  readonly label: string;
  readonly level: FormulaScope["level"];
  /** Index into the clusters (cluster rows) or into `summaryBereiche` (Bereich rows); null for "Summe". */
  readonly index: number | null;
}

/** The name a row stands for in the inventory and in "Verlauf" ("" = clusters without a Bereich). */
function rowName(
  r: KpiRow,
  clusters: readonly SummaryCluster[],
  bereiche: readonly SummaryBereich[],
): string {
  if (r.level === "total") return "Summe";
  if (r.level === "bereich") return bereiche[r.index ?? 0]?.name ?? "";
  return clusters[r.index ?? 0]?.label ?? "";
}

interface OverviewRows {
  readonly rows: readonly KpiRow[];
  readonly headers: readonly { readonly row: number; readonly label: string }[];
  readonly clusterRow: readonly number[];
  readonly totalRow: number;
  readonly clusterTableRow: number;
  /** Rows of page 1's Bereich block (null without Bereiche). */
  readonly bereichRows: { readonly first: number; readonly last: number } | null;
  readonly lastRow: number;
}

/**
 * Where every row of the overview goes. With Bereiche: page 1 is the headline and one row per Bereich
 * with the totals; then (on a new page) the clusters grouped by Bereich, each group opened by its
 * Bereich's subtotal row. Without: one row per cluster and the totals, as before the Bereich level.
 */
function overviewRows(
  clusters: readonly SummaryCluster[],
  bereiche: readonly SummaryBereich[],
  blockRows: number,
): OverviewRows {
  const first = OVERVIEW_HEADER_ROW + 1;
  const bereichLabel = (b: SummaryBereich): string => (b.name === "" ? NO_BEREICH_LABEL : b.name);
  if (bereiche.length === 0) {
    const rows: KpiRow[] = clusters.map((c, i) => ({
      row: first + i,
      label: c.label,
      level: "cluster",
      index: i,
    }));
    const totalRow = first + clusters.length;
    rows.push({ row: totalRow, label: "Summe", level: "total", index: null });
    return {
      rows,
      headers: [{ row: OVERVIEW_HEADER_ROW, label: "Cluster" }],
      clusterRow: clusters.map((_, i) => first + i),
      totalRow,
      clusterTableRow: OVERVIEW_HEADER_ROW,
      bereichRows: null,
      lastRow: totalRow,
    };
  }
  const rows: KpiRow[] = bereiche.map((b, i) => ({
    row: first + i,
    label: bereichLabel(b),
    level: "bereich",
    index: i,
  }));
  const totalRow = first + bereiche.length;
  rows.push({ row: totalRow, label: "Summe", level: "total", index: null });
  // A blank row, the note, a blank row, the block "Seit dem letzten Bericht", then the cluster table.
  const clusterTableRow = totalRow + 4 + blockRows;
  const clusterRow: number[] = [];
  let row = clusterTableRow + 1;
  bereiche.forEach((b, i) => {
    rows.push({ row, label: bereichLabel(b), level: "bereich", index: i });
    row += 1;
    for (const c of b.clusters) {
      clusterRow[c] = row;
      rows.push({ row, label: clusters[c]?.label ?? "", level: "cluster", index: c });
      row += 1;
    }
  });
  return {
    rows,
    headers: [
      { row: OVERVIEW_HEADER_ROW, label: "Bereich" },
      { row: clusterTableRow, label: "Bereich / Cluster" },
    ],
    clusterRow,
    totalRow,
    clusterTableRow,
    bereichRows: { first, last: totalRow - 1 },
    lastRow: row - 1,
  };
}

/**
 * The block "Seit dem letzten Bericht": the previous Stichtag (the named cell the change columns use),
 * then processes newly online, new and gone, as compared when the report was made.
 */
function sinceBlock(
  previous: string,
  since: SinceLastReport | undefined,
): [string, Pick<PlanCell, "value" | "numberFormat"> | null][] {
  const count = (n: number | null): Pick<PlanCell, "value" | "numberFormat"> | null =>
    n === null ? null : { value: { kind: "number", value: n }, numberFormat: FORMAT_COUNT };
  const rows: [string, Pick<PlanCell, "value" | "numberFormat"> | null][] = [
    ["Seit dem letzten Bericht vom:", { value: { kind: "date", iso: previous }, numberFormat: FORMAT_DATE }],
  ];
  if (since === undefined) {
    rows.push([
      "Der Vorbericht enthält keine Prozessliste; einzelne Prozesse lassen sich nicht vergleichen.",
      null,
    ]);
    return rows;
  }
  if (since.newlyOnline !== null)
    rows.push(["neu online (Prozesse, die es damals schon gab):", count(since.newlyOnline)]);
  rows.push(["neu im Inventar:", count(since.added)]);
  rows.push(["nicht mehr im Inventar:", count(since.removed)]);
  return rows;
}

/** Rows 1–8: title, Stichtag, counting unit, maturity model, the live "Umfang" line, Ampel rule, thresholds. */
function headlineBlock(p: OverviewParams, totalCell: string, ranges: HeadlineRanges): PlanCell[] {
  return [
    text(1, 1, p.title, "title", true),
    text(2, 1, "Stichtag:", "label"),
    { row: 2, col: 2, value: { kind: "date", iso: p.stichtag }, numberFormat: "dd.mm.yyyy", style: "label" },
    text(3, 1, "Zähleinheit:", "label"),
    text(3, 2, "Teilprozesse = Zeilen des Prozessinventars (nicht OZG-Leistungsbündel)", "body"),
    text(4, 1, "Reifegradmodell:", "label"),
    text(4, 2, MODEL_TEXT[p.reifegradModell], "body"),
    text(5, 1, "Umfang:", "label"),
    {
      row: 5,
      col: 2,
      value: { kind: "formula", formula: headlineFormula(totalCell, ranges) },
      style: "label",
      meaning: { metric: "headline", cluster: null },
    },
    text(6, 1, "Ampel-Regel:", "label"),
    text(6, 2, ampelRuleText(p.has, germanDate(p.stichtag)), "body"),
    text(7, 1, "Schwelle grün:", "label"),
    {
      row: 7,
      col: 2,
      value: { kind: "number", value: p.thresholdGreen },
      numberFormat: "0%",
      style: "label",
    },
    text(8, 1, "Schwelle rot (nicht begonnen):", "label"),
    { row: 8, col: 2, value: { kind: "number", value: p.thresholdRed }, numberFormat: "0%", style: "label" },
  ];
}

/** The COUNTIFS range/criterion pair selecting a row's processes. */
function rowMatch(p: OverviewParams, r: KpiRow, bereiche: readonly SummaryBereich[]): string {
  const labelCell = a1(r.row, 1, "absCol");
  switch (r.level) {
    case "cluster":
      return `${p.col("cluster")},${clusterCriterion(r.label, labelCell)}`;
    case "bereich": {
      const name = bereiche[r.index ?? 0]?.name ?? "";
      // Clusters without a Bereich: an empty Bereich cell, among processes that have a cluster.
      if (name === "") return `${p.bereichCol()},"=",${p.col("cluster")},"<>"`;
      return `${p.bereichCol()},${clusterCriterion(name, labelCell)}`;
    }
    case "total":
      return `${p.col("cluster")},"<>"`;
  }
}

/** Header rows and the KPI rows (cluster, Bereich and total): label and one formula per column. */
function tableCells(
  p: OverviewParams,
  columns: readonly OverviewColumn[],
  metricColumns: ReadonlyMap<SummaryMetric, number>,
  layout: OverviewRows,
  bereiche: readonly SummaryBereich[],
): PlanCell[] {
  const cells: PlanCell[] = [];
  for (const header of layout.headers) {
    cells.push(text(header.row, 1, header.label, "header"));
    columns.forEach((c, i) => cells.push(text(header.row, i + 2, c.header, "header")));
  }
  for (const r of layout.rows) {
    // Subtotal rows stand out among their clusters; page 1's Bereich rows read as a plain table.
    const style =
      r.level === "total" || (r.level === "bereich" && r.row > layout.totalRow) ? "total" : "body";
    cells.push(text(r.row, 1, r.label, style, r.level !== "total"));
    const scope: FormulaScope = {
      col: p.col,
      has: p.has,
      match: rowMatch(p, r, bereiche),
      level: r.level,
      labelCell: a1(r.row, 1, "absCol"),
      name: rowName(r, p.clusters, bereiche),
      cell: (metric: SummaryMetric) => {
        const col = metricColumns.get(metric);
        return col === undefined ? undefined : a1(r.row, col);
      },
    };
    const meaning =
      r.level === "bereich"
        ? { cluster: null, bereich: r.index ?? 0 }
        : { cluster: r.level === "cluster" ? r.index : null };
    columns.forEach((c, j) =>
      cells.push({
        row: r.row,
        col: j + 2,
        value: { kind: "formula", formula: c.formula(scope) },
        numberFormat: c.numberFormat,
        style,
        meaning: { metric: c.metric, ...meaning },
      }),
    );
  }
  return cells;
}

/** The note under the table: the numbers are formulas, and what "Summe" covers. */
function formulaNote(totalRow: number, withBereiche: boolean): PlanCell {
  return text(
    totalRow + 2,
    1,
    withBereiche
      ? "Alle Kennzahlen sind Formeln über das Prozessinventar und aktualisieren sich, wenn dort Status, Termine, Bereiche oder Cluster geändert werden. „Summe“ umfasst alle Prozesse mit einem Cluster; die Cluster jedes Bereichs folgen auf der nächsten Seite."
      : "Alle Kennzahlen sind Formeln über das Prozessinventar und aktualisieren sich, wenn dort Status, Termine oder Cluster geändert werden. „Summe“ umfasst alle Prozesse mit einem Cluster.",
    "note",
  );
}

/** Ampel colours, and green for online and OZG-konform shares at or above the threshold. */
function overviewConditionalFormats(
  metricColumns: ReadonlyMap<SummaryMetric, number>,
  lastRow: number,
): PlanConditionalFormat[] {
  const conditionalFormats: PlanConditionalFormat[] = [];
  const first = OVERVIEW_HEADER_ROW + 1;
  const ampelCol = metricColumns.get("ampel");
  if (ampelCol !== undefined) {
    const area = { firstRow: first, firstCol: ampelCol, lastRow, lastCol: ampelCol };
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
      area: { firstRow: first, firstCol: col, lastRow, lastCol: col },
      formula: `AND(ISNUMBER(${ref}),${ref}>=${NAME_GREEN})`,
      fill: "C6EFCE",
      fontColor: "006100",
    });
  }
  return conditionalFormats;
}

/** The headline's count ranges: the cluster table, and the Bereich rows when there are Bereiche. */
function headlineRanges(layout: OverviewRows, countCol: number): HeadlineRanges {
  const column = (firstRow: number, last: number): string | null =>
    last < firstRow ? null : `${a1(firstRow, countCol)}:${a1(last, countCol)}`;
  return layout.bereichRows === null
    ? { table: column(OVERVIEW_HEADER_ROW + 1, layout.totalRow - 1), bereiche: null }
    : {
        table: column(layout.clusterTableRow + 1, layout.lastRow),
        bereiche: column(layout.bereichRows.first, layout.bereichRows.last),
      };
}

/**
 * Page breaks in the cluster table: a Bereich's subtotal row and its clusters stay on one page when
 * they fit (`groupPageBreaks`).
 */
function bereichBreaks(layout: OverviewRows): number[] {
  const starts = layout.rows
    .filter((r) => r.level === "bereich" && r.row > layout.clusterTableRow)
    .map((r) => r.row);
  return groupPageBreaks(starts, layout.lastRow);
}

export function overviewSheet(p: OverviewParams): OverviewResult {
  const columns: OverviewColumn[] = [
    ...OVERVIEW_COLUMNS,
    ...(p.change === undefined ? [] : changeColumns(p.change.refs)),
  ].filter((c) => c.requires.every((role) => p.has(role)) && (c.metric !== "ampel" || ampelAvailable(p.has)));
  const metricColumns = new Map<SummaryMetric, number>(columns.map((c, i) => [c.metric, i + 2]));
  const bereiche = overviewBereichCount(p.clusters) === null ? [] : summaryBereiche(p.clusters);
  const block = p.change === undefined ? [] : sinceBlock(p.change.previous, p.change.since);
  const layout = overviewRows(p.clusters, bereiche, block.length === 0 ? 0 : block.length + 1);
  const { totalRow, lastRow } = layout;
  const countCol = metricColumns.get("anzahl") ?? 2;
  const cells: PlanCell[] = [
    ...headlineBlock(p, a1(totalRow, countCol), headlineRanges(layout, countCol)),
    ...tableCells(p, columns, metricColumns, layout, bereiche),
    formulaNote(totalRow, bereiche.length > 0),
  ];
  block.forEach(([label, value], i) => {
    const row = totalRow + 4 + i;
    cells.push(text(row, 1, label, i === 0 ? "label" : "body"));
    if (value !== null) cells.push({ row, col: 2, ...value, style: i === 0 ? "label" : "body" });
  });
  const sheet: PlanSheet = {
    name: OVERVIEW_SHEET,
    kind: "overview",
    cells,
    // Column A as wide as its labels that have a value next to them (KPI rows, headline); longer wrap.
    columnWidths: [textColumnWidth(labelsBesideValues(cells), 24, 60), ...columns.map((c) => c.width)],
    wrap: { cols: [1], fromRow: OVERVIEW_HEADER_ROW + 1 },
    frozenRows: OVERVIEW_HEADER_ROW,
    conditionalFormats: overviewConditionalFormats(metricColumns, lastRow),
    // With Bereiche the cluster table starts page 2 and its header repeats on the pages after.
    print: printSetup(
      p.stichtag,
      p.drucksache,
      { first: layout.clusterTableRow, last: layout.clusterTableRow },
      bereiche.length === 0 ? [] : [layout.clusterTableRow, ...bereichBreaks(layout)],
    ),
  };
  const names: PlanName[] = [
    { name: NAME_STICHTAG, sheet: OVERVIEW_SHEET, row: 2, col: 2 },
    { name: NAME_GREEN, sheet: OVERVIEW_SHEET, row: 7, col: 2 },
    { name: NAME_RED, sheet: OVERVIEW_SHEET, row: 8, col: 2 },
    ...(p.change === undefined
      ? []
      : [{ name: NAME_PREVIOUS, sheet: OVERVIEW_SHEET, row: totalRow + 4, col: 2 }]),
  ];
  return {
    sheet,
    names,
    metricColumns,
    clusterRow: layout.clusterRow,
    totalRow,
    clusterTableRow: layout.clusterTableRow,
    bereiche: bereiche.map((b, i) => ({ name: b.name, row: OVERVIEW_HEADER_ROW + 1 + i })),
  };
}
