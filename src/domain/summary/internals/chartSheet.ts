/**
 * @internal The `Diagramme` sheet: COUNTIFS matrices (status × cluster, Reifegrad × cluster, cases) that
 * feed the native charts placed next to them (domain notes §8).
 */
import type { ColumnRole } from "../../inventory/types";
import type { PlanCell, PlanChart, PlanSheet, SummaryCluster, SummaryMetric } from "../types";
import { STATUS_CRITERIA } from "./excelSemantics";
import { a1, clusterCriterion, sheetPrefix, stringLiteral } from "./formulaText";
import { FORMAT_COUNT } from "./overviewColumns";
import { NO_BEREICH_LABEL } from "../summaryBereiche";
import { OVERVIEW_SHEET } from "./overviewSheet";
import { germanDate, printSetup, textColumnWidth } from "./printSetup";
import type { HistoryRefs } from "./historySheets";
import { isoToSerial } from "./excelSemantics";

export const CHART_SHEET = "Diagramme";

/** Traffic-light colours per status bucket (red = not started … green = online, grey = on hold). */
const STATUS_COLORS = ["C00000", "ED7D31", "FFC000", "A9D18E", "00B050", "A6A6A6", "D9D9D9"];
const LEVEL_COLORS = ["C00000", "ED7D31", "FFC000", "A9D18E", "00B050", "00A0B0", "2E75B6", "1F4E79"];
/** Charts are drawn this many rows tall at least, next to their block. */
const CHART_ROWS = 18;
/** … and at most this many (a landscape A4 page of the chart sheet), so a chart is never split. */
const CHART_MAX_ROWS = 28;
/**
 * At most this many categories per chart, so each stays readable on one printed page: with more
 * clusters, the largest 24 are shown in the table's order and the rest add up to one "übrige" bar.
 */
export const MAX_CHART_CATEGORIES = 25;

/** Charts span the sheet to this column (1-based), right of the data tables. */
const CHART_LAST_COL = 22;

/** A4 landscape as the print setup lays it out (points): printable width and height, default row height. */
const PAGE = { widthPt: 770, heightPt: 480, rowPt: 15, pointsPerChar: 5.6, headerRowPt: 48 } as const;

/**
 * Rows of default height one printed page holds when the sheet is scaled to one page wide: a wide sheet
 * is scaled down, so more rows fit. Columns without a width count with Excel's default (8.43).
 */
function rowsPerPage(widths: readonly number[], columns: number): number {
  let chars = 0;
  for (let i = 0; i < columns; i += 1) chars += widths[i] ?? 8.43;
  const scale = Math.min(1, PAGE.widthPt / (chars * PAGE.pointsPerChar));
  return Math.floor(PAGE.heightPt / (PAGE.rowPt * scale));
}

/**
 * Page breaks that keep every block (its table and its chart) on one page: a block that would run over
 * the current page starts the next one. Each block's header row is taller (48 pt) than the others.
 */
function pageBreaks(spans: readonly { first: number; last: number }[], perPage: number): number[] {
  const headerExtra = PAGE.headerRowPt / PAGE.rowPt - 1;
  const breaks: number[] = [];
  let pageStart = 1;
  let headersOnPage = 0;
  for (const span of spans) {
    const used = span.last - pageStart + 1 + headerExtra * (headersOnPage + 1);
    if (span.first > pageStart && used > perPage - 2) {
      breaks.push(span.first);
      pageStart = span.first;
      headersOnPage = 0;
    }
    headersOnPage += 1;
  }
  return breaks;
}

export interface ChartSheetParams {
  readonly clusters: readonly SummaryCluster[];
  readonly has: (role: ColumnRole) => boolean;
  readonly col: (role: ColumnRole) => string;
  readonly levels: number;
  readonly stichtag: string;
  readonly drucksache: string | undefined;
  readonly withCharts: boolean;
  readonly overviewColumns: ReadonlyMap<SummaryMetric, number>;
  /** Overview row of cluster i, and of the totals. */
  readonly overviewClusterRow: readonly number[];
  readonly overviewTotalRow: number;
  /**
   * The Bereiche (with their page-1 overview rows and the inventory's Bereich column): with at most
   * `MAX_CHART_CATEGORIES` of them, the charts show one bar per Bereich, as page 1 does.
   */
  readonly bereiche?: {
    readonly names: readonly string[];
    readonly overviewRow: readonly number[];
    readonly col: () => string;
  };
  /** The Stichtage of "Verlauf" (oldest first) for the trend chart; shown from two Stichtage on. */
  readonly trend?: { readonly refs: HistoryRefs; readonly stichtage: readonly string[] };
}

interface Block {
  readonly title: string;
  readonly chartTitle: string;
  readonly type: PlanChart["type"];
  readonly headers: readonly string[];
  readonly colors: readonly string[];
  /** Formula and meaning of series column j for cluster i whose label is in `labelCell`. */
  readonly cell: (
    i: number,
    j: number,
    labelCell: string,
    row: number,
  ) => { formula: string; metric: SummaryMetric };
  /** The same over all clustered processes (the block's total row, used for "übrige"). */
  readonly total: (j: number, row: number) => string;
}

/** Bars a chart shows by name: all, or the largest `MAX_CHART_CATEGORIES − 1` in table order. */
function shownCategories(categories: readonly { readonly size: number }[]): number[] {
  const all = categories.map((_, i) => i);
  if (categories.length <= MAX_CHART_CATEGORIES) return all;
  const bySize = [...all].sort((a, b) => (categories[b]?.size ?? 0) - (categories[a]?.size ?? 0) || a - b);
  return bySize.slice(0, MAX_CHART_CATEGORIES - 1).sort((a, b) => a - b);
}

/**
 * Below the shown clusters: one "übrige" row (the chart's last category) = the totals row under it
 * minus the shown rows, and that totals row (all clustered processes; outside the chart range).
 */
function restRows(
  cells: PlanCell[],
  block: Block,
  header: number,
  shownCount: number,
  rest: readonly number[],
): void {
  const restRow = header + shownCount + 1;
  const totalRow = restRow + 1;
  cells.push({
    row: restRow,
    col: 1,
    value: { kind: "text", text: `übrige ${rest.length} Cluster` },
    style: "body",
  });
  cells.push({ row: totalRow, col: 1, value: { kind: "text", text: "Summe aller Cluster" }, style: "label" });
  block.headers.forEach((_, j) => {
    const col = j + 2;
    const metric = block.cell(0, j, "$A$1", totalRow).metric;
    const shownRange = `${a1(header + 1, col)}:${a1(header + shownCount, col)}`;
    cells.push({
      row: restRow,
      col,
      value: { kind: "formula", formula: `${a1(totalRow, col)}-SUM(${shownRange})` },
      numberFormat: FORMAT_COUNT,
      style: "body",
      meaning: { metric, cluster: null, sumOf: rest },
    });
    cells.push({
      row: totalRow,
      col,
      value: { kind: "formula", formula: block.total(j, totalRow) },
      numberFormat: FORMAT_COUNT,
      style: "label",
      meaning: { metric, cluster: null },
    });
  });
}

/** One bar of the charts: a cluster or a Bereich. */
interface Category {
  readonly label: string;
  /** COUNTIFS range/criterion pair selecting its processes, given the cell holding its label. */
  readonly match: (labelCell: string) => string;
  readonly meaning: { readonly cluster: number | null; readonly bereich?: number };
  /** Its row on the overview (the cases chart reads from there). */
  readonly overviewRow: number;
  readonly size: number;
}

/** The charts' bars: one per Bereich when there are at most 25, else the clusters. */
function chartCategories(p: ChartSheetParams): { unit: "Bereich" | "Cluster"; categories: Category[] } {
  const b = p.bereiche;
  if (b !== undefined && b.names.length > 0 && b.names.length <= MAX_CHART_CATEGORIES) {
    const sizes = b.names.map((name) =>
      p.clusters
        .filter((c) => (c.bereich ?? "").toLocaleLowerCase("de-DE") === name.toLocaleLowerCase("de-DE"))
        .reduce((n, c) => n + c.keys.length, 0),
    );
    return {
      unit: "Bereich",
      categories: b.names.map((name, j) => ({
        label: name === "" ? NO_BEREICH_LABEL : name,
        match: (labelCell) =>
          name === ""
            ? `${b.col()},"=",${p.col("cluster")},"<>"`
            : `${b.col()},${clusterCriterion(name, labelCell)}`,
        meaning: { cluster: null, bereich: j },
        overviewRow: b.overviewRow[j] ?? p.overviewTotalRow,
        size: sizes[j] ?? 0,
      })),
    };
  }
  return {
    unit: "Cluster",
    categories: p.clusters.map((c, i) => ({
      label: c.label,
      match: (labelCell) => `${p.col("cluster")},${clusterCriterion(c.label, labelCell)}`,
      meaning: { cluster: i },
      overviewRow: p.overviewClusterRow[i] ?? p.overviewTotalRow,
      size: c.keys.length,
    })),
  };
}

/** The data blocks (one per chart) the inventory's columns allow: status, Reifegrad, cases. */
function chartBlocks(p: ChartSheetParams, unit: string, categories: readonly Category[]): Block[] {
  const cluster = (i: number, labelCell: string): string => categories[i]?.match(labelCell) ?? "";
  // Every process that has a cluster (a filled Cluster cell).
  const clustered = `${p.col("cluster")},"<>"`;
  const blocks: Block[] = [];
  if (p.has("status")) {
    blocks.push({
      title: `Umsetzungsstand je ${unit} (Anzahl Prozesse nach Status)`,
      chartTitle: `Umsetzungsstand je ${unit}`,
      type: "barPercentStacked",
      headers: [...STATUS_CRITERIA.map((s) => s.bucket), "sonstige / ohne Angabe"],
      colors: STATUS_COLORS,
      cell: (i, j, labelCell, row) => {
        const status = STATUS_CRITERIA[j];
        if (status === undefined) {
          // Everything the six criteria miss, so each row adds up to the cluster size.
          const span = `${a1(row, 2)}:${a1(row, 1 + STATUS_CRITERIA.length)}`;
          return { formula: `COUNTIFS(${cluster(i, labelCell)})-SUM(${span})`, metric: "status:sonstige" };
        }
        return {
          formula: `COUNTIFS(${cluster(i, labelCell)},${p.col("status")},${stringLiteral(status.criterion)})`,
          metric: `status:${status.bucket}`,
        };
      },
      total: (j, row) => {
        const status = STATUS_CRITERIA[j];
        if (status === undefined) {
          const span = `${a1(row, 2)}:${a1(row, 1 + STATUS_CRITERIA.length)}`;
          return `COUNTIFS(${clustered})-SUM(${span})`;
        }
        return `COUNTIFS(${clustered},${p.col("status")},${stringLiteral(status.criterion)})`;
      },
    });
  }
  if (p.has("reifegrad")) {
    blocks.push({
      title: `Reifegrad-Verteilung je ${unit} (Anzahl Prozesse je Stufe)`,
      chartTitle: `Reifegrad-Verteilung je ${unit}`,
      type: "barStacked",
      headers: Array.from({ length: p.levels }, (_, level) => `Stufe ${level}`),
      colors: LEVEL_COLORS,
      cell: (i, j, labelCell) => ({
        formula: `COUNTIFS(${cluster(i, labelCell)},${p.col("reifegrad")},${j})`,
        metric: `reifegrad:${j}`,
      }),
      total: (j) => `COUNTIFS(${clustered},${p.col("reifegrad")},${j})`,
    });
  }
  const fallCol = p.overviewColumns.get("fallzahl");
  const onlineCol = p.overviewColumns.get("faelleOnline");
  if (fallCol !== undefined) {
    // Without online case numbers the chart shows the case numbers alone: where the volume lies.
    const withOnline = onlineCol !== undefined;
    const source = withOnline ? [fallCol, onlineCol] : [fallCol];
    blocks.push({
      title: withOnline ? `Fallzahlen und online abgewickelte Fälle je ${unit}` : `Fallzahlen je ${unit}`,
      chartTitle: withOnline
        ? "Fallzahlen und online abgewickelte Fälle"
        : `Fallzahlen p.\u00A0a. je ${unit}`,
      type: "columnClustered",
      headers: withOnline
        ? ["Fallzahlen p.\u00A0a.", "online abgewickelte Fälle"]
        : ["Fallzahlen p.\u00A0a."],
      colors: withOnline ? ["5B9BD5", "00B050"] : ["5B9BD5"],
      cell: (i, j) => ({
        formula: `${sheetPrefix(OVERVIEW_SHEET)}${a1(categories[i]?.overviewRow ?? p.overviewTotalRow, source[j] ?? fallCol)}`,
        metric: j === 0 ? "fallzahl" : "faelleOnline",
      }),
      total: (j) => `${sheetPrefix(OVERVIEW_SHEET)}${a1(p.overviewTotalRow, source[j] ?? fallCol)}`,
    });
  }

  // Without status, Reifegrad or case numbers there is still the overview's shape to show: how many
  // processes each Bereich (cluster) holds, so the attachment's chart page is never empty.
  if (blocks.length === 0) {
    blocks.push({
      title: `Anzahl Prozesse je ${unit}`,
      chartTitle: `Anzahl Prozesse je ${unit}`,
      type: "barStacked",
      headers: ["Anzahl Prozesse"],
      colors: ["5B9BD5"],
      cell: (i, _j, labelCell) => ({ formula: `COUNTIFS(${cluster(i, labelCell)})`, metric: "anzahl" }),
      total: () => `COUNTIFS(${clustered})`,
    });
  }
  return blocks;
}

/** One block's table: title, header row and a row of formulas per shown category (from `top`). */
function blockTable(
  block: Block,
  top: number,
  unit: string,
  categories: readonly Category[],
  shown: readonly number[],
): PlanCell[] {
  const header = top + 1;
  const cells: PlanCell[] = [
    { row: top, col: 1, value: { kind: "text", text: block.title }, style: "label" },
    { row: header, col: 1, value: { kind: "text", text: unit }, style: "header" },
  ];
  block.headers.forEach((h, j) =>
    cells.push({ row: header, col: j + 2, value: { kind: "text", text: h }, style: "header" }),
  );
  shown.forEach((i, k) => {
    const row = header + 1 + k;
    const label = categories[i]?.label ?? "";
    cells.push({ row, col: 1, value: { kind: "text", text: label }, numberFormat: "@", style: "body" });
    block.headers.forEach((_, j) => {
      const { formula, metric } = block.cell(i, j, a1(row, 1, "absCol"), row);
      cells.push({
        row,
        col: j + 2,
        value: { kind: "formula", formula },
        numberFormat: FORMAT_COUNT,
        style: "body",
        meaning: { metric, ...(categories[i]?.meaning ?? { cluster: i }) },
      });
    });
  });
  return cells;
}

export function chartSheet(p: ChartSheetParams): { sheet: PlanSheet; charts: PlanChart[] } {
  const { unit, categories } = chartCategories(p);
  const blocks = chartBlocks(p, unit, categories);
  const cells: PlanCell[] = [
    {
      row: 1,
      col: 1,
      value: { kind: "text", text: "Diagrammdaten – Formeln über das Prozessinventar" },
      style: "title",
    },
  ];
  const charts: PlanChart[] = [];
  let widest = 2;
  let top = 3;
  const shown = shownCategories(categories);
  const rest = categories.map((_, i) => i).filter((i) => !shown.includes(i));
  /** Each block's first and last row (table or chart, whichever is longer), for the page breaks. */
  const spans: { first: number; last: number }[] = [];
  for (const block of blocks) {
    const header = top + 1;
    cells.push(...blockTable(block, top, unit, categories, shown));
    if (rest.length > 0) restRows(cells, block, header, shown.length, rest);
    const lastCol = block.headers.length + 1;
    widest = Math.max(widest, lastCol);
    const lastRow = header + shown.length + (rest.length > 0 ? 1 : 0);
    // Tall enough for its bars, never taller than a printed page holds with title and legend.
    const height = Math.min(CHART_MAX_ROWS, Math.max(CHART_ROWS, (lastRow - header) * 2 + 4));
    if (p.withCharts && p.clusters.length > 0) {
      charts.push(
        tableChart(block.chartTitle, block.type, block.colors.slice(0, block.headers.length), {
          top,
          header,
          lastRow,
          lastCol,
          height,
        }),
      );
    }
    // The totals row (below the chart range) feeds "übrige".
    const blockEnd = rest.length > 0 ? lastRow + 1 : lastRow;
    spans.push({ first: top, last: Math.max(blockEnd, top + (p.withCharts ? height : 0)) });
    top = Math.max(blockEnd, top + (p.withCharts ? height : 0)) + 3;
  }
  if (p.trend !== undefined && p.trend.stichtage.length >= 2) {
    const trend = trendBlock(p.trend, top, p.has("status"));
    cells.push(...trend.cells);
    if (p.withCharts) charts.push(trend.chart);
    spans.push({
      first: top,
      last: Math.max(top + 1 + p.trend.stichtage.length, top + (p.withCharts ? CHART_ROWS : 0)),
    });
  }
  // Names as wide as they are (up to 60 characters; longer ones wrap), so the tables print uncut.
  const labels = cells.flatMap((c) =>
    c.col === 1 && c.style === "body" && c.value.kind === "text" ? [c.value.text] : [],
  );
  const columnWidths = [textColumnWidth(labels, 30, 60), ...Array.from({ length: widest - 1 }, () => 11)];
  const sheet: PlanSheet = {
    name: CHART_SHEET,
    kind: "chartData",
    cells,
    columnWidths,
    wrap: { cols: [1], fromRow: 3 },
    frozenRows: 0,
    conditionalFormats: [],
    print: printSetup(
      p.stichtag,
      p.drucksache,
      undefined,
      pageBreaks(spans, rowsPerPage(columnWidths, CHART_LAST_COL)),
    ),
  };
  return { sheet, charts };
}

/**
 * The trend over the committee dates: per Stichtag of "Verlauf" the processes and those online, summed
 * from its totals rows, as a column chart (one pair of columns per Stichtag, oldest first).
 */
function trendBlock(
  trend: NonNullable<ChartSheetParams["trend"]>,
  top: number,
  hasStatus: boolean,
): { cells: PlanCell[]; chart: PlanChart } {
  const { refs, stichtage } = trend;
  const header = top + 1;
  const series: { header: string; ref: string; metric: SummaryMetric }[] = [
    { header: "Anzahl Prozesse", ref: refs.anzahl, metric: "trend:anzahl" },
    ...(hasStatus ? [{ header: "davon online", ref: refs.online, metric: "trend:online" as const }] : []),
  ];
  const cells: PlanCell[] = [
    {
      row: top,
      col: 1,
      value: { kind: "text", text: "Entwicklung über die Stichtage (alle Cluster)" },
      style: "label",
    },
    { row: header, col: 1, value: { kind: "text", text: "Stichtag" }, style: "header" },
    ...series.map((s, j): PlanCell => ({
      row: header,
      col: j + 2,
      value: { kind: "text", text: s.header },
      style: "header",
    })),
  ];
  stichtage.forEach((stichtag, i) => {
    const row = header + 1 + i;
    // The category is the date as text, so every chart engine labels it alike; the formula compares serials.
    cells.push({
      row,
      col: 1,
      value: { kind: "text", text: germanDate(stichtag) },
      numberFormat: "@",
      style: "body",
    });
    series.forEach((s, j) =>
      cells.push({
        row,
        col: j + 2,
        value: {
          kind: "formula",
          formula: `SUMIFS(${s.ref},${refs.stichtag},${String(isoToSerial(stichtag))},${refs.level},"Summe")`,
        },
        numberFormat: FORMAT_COUNT,
        style: "body",
        meaning: { metric: s.metric, cluster: null, stichtag },
      }),
    );
  });
  const lastRow = header + stichtage.length;
  return {
    cells,
    chart: tableChart(
      "Entwicklung über die Stichtage",
      "columnClustered",
      ["5B9BD5", "00B050"].slice(0, series.length),
      {
        top,
        header,
        lastRow,
        lastCol: series.length + 1,
        height: CHART_ROWS,
      },
    ),
  };
}

/**
 * A chart over a data block of this sheet (header row, labels in column A, series from column B),
 * placed to the right of the block from its title row down `height` rows.
 */
function tableChart(
  title: string,
  type: PlanChart["type"],
  colors: readonly string[],
  at: { top: number; header: number; lastRow: number; lastCol: number; height: number },
): PlanChart {
  return {
    title,
    type,
    dataSheet: CHART_SHEET,
    headerRow: at.header,
    firstRow: at.header + 1,
    lastRow: at.lastRow,
    categoryCol: 1,
    firstSeriesCol: 2,
    lastSeriesCol: at.lastCol,
    colors: [...colors],
    placement: { sheet: CHART_SHEET, fromRow: at.top, fromCol: 11, toRow: at.top + at.height, toCol: 21 },
  };
}
