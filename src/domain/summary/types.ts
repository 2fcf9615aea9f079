/**
 * Contract of the committee report: a declarative `SummaryPlan` built by `buildSummaryPlan` from an
 * inventory and its clusters, applied unchanged by the Office.js adapter (`src/excel`) and the ExcelJS
 * adapter (`src/cli/xlsx`). Plain data only, so it can cross a Web Worker boundary.
 */
import type { Inventory, ProcessStatus, ReifegradModell } from "../inventory/types";
import type { Message } from "../messages/types";
import type { History } from "./historyModel";

/** One cluster as the report shows it: a unique label and its member record keys. */
export interface SummaryCluster {
  readonly label: string;
  readonly keys: readonly string[];
  /** The Bereich (upper level) the cluster belongs to; absent = no Bereich level. */
  readonly bereich?: string;
}

/**
 * How formulas reach the inventory columns.
 * - `table`: an Excel table; formulas use structured references (`Prozesse[[Status]]`). `headers` are the
 *   table's column names by grid column index, including the `Cluster` column.
 * - `range`: a plain range; formulas use absolute ranges (`'Prozessinventar'!$L$2:$L$251`).
 *   `firstRow`/`lastRow` are the 1-based data rows, `firstColumn` the 0-based sheet column of grid column 0.
 */
export type InventoryRef =
  | { readonly kind: "table"; readonly tableName: string; readonly headers: readonly string[] }
  | {
      readonly kind: "range";
      readonly sheetName: string;
      readonly firstRow: number;
      readonly lastRow: number;
      readonly firstColumn: number;
    };

/** Which sheets the plan contains besides the overview (which is always there). */
export interface SummarySheetOptions {
  /** Chart data sheet `Diagramme` (status and Reifegrad matrices). Default `true`. */
  readonly chartData?: boolean;
  /** One annex sheet per cluster listing its members. Default `false`. */
  readonly details?: boolean;
}

/** Options of `buildSummaryPlan`; defaults are documented per field. */
export interface SummaryOptions {
  /** Reporting date as ISO `YYYY-MM-DD` (required: the domain has no clock). */
  readonly stichtag: string;
  /** Drucksache number for the print header "Anlage zu Drucksache Nr. …"; no header when absent. */
  readonly drucksache?: string;
  /** Title of the overview. Default "Umsetzungsstand der Verwaltungsdigitalisierung – Cluster-Übersicht". */
  readonly title?: string;
  /** Reifegrad model the inventory uses; both count "OZG-konform" from level 3. */
  readonly reifegradModell: ReifegradModell;
  readonly sheets?: SummarySheetOptions;
  /** Native charts on the chart data sheet. Default `true` (needs `sheets.chartData`). */
  readonly charts?: boolean;
  /** Share of online or OZG-konform processes from which a cluster is green. Default 0.8. */
  readonly thresholdGreen?: number;
  /** Share of "nicht begonnen" from which a cluster is red. Default 0.5. */
  readonly thresholdRedNotStarted?: number;
}

export interface SummaryInput {
  readonly inventory: Inventory;
  /** Clusters in report order; labels must be unique ignoring case (see `uniqueClusterLabels`). */
  readonly clusters: readonly SummaryCluster[];
  readonly options: SummaryOptions;
  readonly inventoryRef: InventoryRef;
  /**
   * The "Verlauf" read back from the workbook (earlier reports). With it, the report appends this
   * Stichtag's snapshot, compares with the previous Stichtag and draws the trend; absent = no history
   * sheets at all (e.g. a preview).
   */
  readonly history?: History;
}

/** Status buckets of the status matrix: the six statuses plus everything else (blank, unknown text). */
export type StatusBucket = ProcessStatus | "sonstige";

/** What a computed cell means; ties every formula cell to a number `computeSummaryNumbers` gives. */
export type SummaryMetric =
  | "anzahl"
  | "online"
  | "onlineQuote"
  | "reifegradAvg"
  | "konform"
  | "fallzahl"
  | "faelleOnline"
  | "faelleOnlineAnteil"
  | "kostenEinmalig"
  | "kostenLaufend"
  | "naechsterTermin"
  | "ueberfaellig"
  | "ampel"
  | "headline"
  | "changeOnline"
  | "changeOnlineQuote"
  | "changeReifegrad"
  | "trend:anzahl"
  | "trend:online"
  | `status:${StatusBucket}`
  | `reifegrad:${number}`;

/** A cell's content. Formulas are in English syntax without the leading "=" (the adapters add it). */
export type PlanValue =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  /** A date as ISO `YYYY-MM-DD`; adapters write the serial number. */
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "formula"; readonly formula: string };

/** Named styles; each adapter maps them to fonts and fills. */
export type CellStyleName = "title" | "label" | "header" | "body" | "total" | "note";

export interface PlanCell {
  /** 1-based row and column. */
  readonly row: number;
  readonly col: number;
  readonly value: PlanValue;
  /** Invariant number format code (`#,##0`, `0.0%`, `dd.mm.yyyy`, `@` for text that must stay text). */
  readonly numberFormat?: string;
  readonly style?: CellStyleName;
  /** For formula cells: what they compute, for which cluster (index into `clusters`; `null` = totals). */
  readonly meaning?: {
    readonly metric: SummaryMetric;
    /** The cluster (index into the plan's clusters) the value belongs to; null = all clusters or a Bereich. */
    readonly cluster: number | null;
    /** A Bereich row: index into the overview's Bereiche (`SummaryNumbers.bereiche`). */
    readonly bereich?: number;
    /** A trend row: the Stichtag (ISO) of the snapshot it sums up (`SummaryNumbers.trend`). */
    readonly stichtag?: string;
    /** Instead: the sum over these clusters (a chart's "übrige Cluster" row). */
    readonly sumOf?: readonly number[];
  };
}

/** A 1-based rectangular area. */
export interface PlanArea {
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/** Conditional format as an expression rule, the form both Excel APIs and LibreOffice read alike. */
export interface PlanConditionalFormat {
  readonly area: PlanArea;
  /** Formula relative to the area's top-left cell, English syntax, without "=". */
  readonly formula: string;
  /** Fill colour as `RRGGBB`. */
  readonly fill: string;
  readonly fontColor?: string;
}

/** Print layout; header/footer strings use Excel's codes (`&P` page, `&N` pages, `&&` a literal &). */
export interface PlanPrint {
  readonly orientation: "landscape";
  readonly paperSize: "A4";
  readonly fitToPagesWide: 1;
  /** Rows repeated on every page, 1-based inclusive. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Rows that start a new printed page (1-based). */
  readonly rowBreaks?: readonly number[];
  readonly centerHeader?: string;
  readonly centerFooter: string;
}

/** `history`: the "Verlauf" sheets, data kept between reports and not part of the printed attachment. */
export type SummarySheetKind = "overview" | "chartData" | "details" | "history";

export interface PlanSheet {
  readonly name: string;
  readonly kind: SummarySheetKind;
  readonly cells: readonly PlanCell[];
  /** Widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top (0 = none). */
  readonly frozenRows: number;
  readonly conditionalFormats: readonly PlanConditionalFormat[];
  readonly print: PlanPrint;
  /**
   * Columns (1-based) whose text wraps from `fromRow` down to the sheet's last row, rows growing to fit,
   * so long names are never cut off in print.
   */
  readonly wrap?: { readonly cols: readonly number[]; readonly fromRow: number };
}

/** A workbook-level name for one cell (Stichtag, thresholds), so formulas read like the rule. */
export interface PlanName {
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export type PlanChartType = "barPercentStacked" | "barStacked" | "columnClustered";

/**
 * A chart over one contiguous block: header row (series names), category column (cluster labels) and
 * series columns `firstSeriesCol..lastSeriesCol` in rows `firstRow..lastRow`.
 */
export interface PlanChart {
  readonly title: string;
  readonly type: PlanChartType;
  readonly dataSheet: string;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly categoryCol: number;
  readonly firstSeriesCol: number;
  readonly lastSeriesCol: number;
  /** One `RRGGBB` colour per series. */
  readonly colors: readonly string[];
  /** Sheet the chart is drawn on and its cell anchor (1-based, `to` exclusive like a drawing anchor). */
  readonly placement: {
    readonly sheet: string;
    readonly fromRow: number;
    readonly fromCol: number;
    readonly toRow: number;
    readonly toCol: number;
  };
}

export interface SummaryPlan {
  readonly sheets: readonly PlanSheet[];
  readonly names: readonly PlanName[];
  readonly charts: readonly PlanChart[];
  /** Notes for the user (e.g. statuses the formulas do not recognise). */
  readonly notices: readonly Message[];
}

/** Values of one overview row (a cluster, a Bereich or the totals), keyed like `PlanCell.meaning.metric`. */
export type MetricValues = Readonly<Partial<Record<SummaryMetric, number | string>>>;

export interface SummaryNumbers {
  readonly clusters: readonly MetricValues[];
  /** One per Bereich, in the overview's order (`PlanCell.meaning.bereich`); empty without Bereiche. */
  readonly bereiche: readonly MetricValues[];
  readonly total: MetricValues;
  readonly headline: string;
  /** Per Stichtag of "Verlauf" (this report's included), oldest first: the totals snapshot. */
  readonly trend: readonly {
    readonly stichtag: string;
    readonly anzahl: number;
    readonly online: number | null;
  }[];
}
