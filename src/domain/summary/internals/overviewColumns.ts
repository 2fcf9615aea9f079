/**
 * @internal The KPI columns of `Cluster-Übersicht` (domain notes §7). Each column names the inventory
 * roles it needs; a column whose roles are absent is left out rather than filled with zeros.
 */
import type { ColumnRole } from "../../inventory/types";
import type { SummaryMetric } from "../types";

/** What a column formula can refer to. */
export interface FormulaScope {
  /** Inventory column reference of a role (only called for roles the column requires or checks with `has`). */
  readonly col: (role: ColumnRole) => string;
  readonly has: (role: ColumnRole) => boolean;
  /**
   * The COUNTIFS range/criterion pair that selects the row's processes: the inventory's Cluster column
   * with the row's cluster (`$A11` or an escaped literal `"=Kfz~*"`), its Bereich column with the row's
   * Bereich, or the Cluster column with `"<>"` for the totals row (every process with a cluster).
   */
  readonly match: string;
  /** What the row sums up: one cluster, one Bereich (all its clusters) or all clusters. */
  readonly level: "cluster" | "bereich" | "total";
  /** Column-absolute address of the cell holding the row's cluster or Bereich name (`$A11`). */
  readonly labelCell: string;
  /** The cluster's or Bereich's name as the inventory spells it ("" for clusters without a Bereich). */
  readonly name: string;
  /** Address of another KPI in the same row, if that column exists. */
  readonly cell: (metric: SummaryMetric) => string | undefined;
}

export interface OverviewColumn {
  readonly metric: SummaryMetric;
  readonly header: string;
  readonly requires: readonly ColumnRole[];
  readonly numberFormat: string;
  readonly width: number;
  readonly formula: (s: FormulaScope) => string;
}

export const FORMAT_COUNT = "#,##0";
export const FORMAT_PERCENT = "0.0%";
export const FORMAT_EURO = '#,##0 "€"';
export const FORMAT_DATE = "dd.mm.yyyy";

/** Names of the named cells the formulas use. */
export const NAME_STICHTAG = "Stichtag";
export const NAME_GREEN = "Schwelle_Gruen";
export const NAME_RED = "Schwelle_Rot";

/** The row's processes as a COUNTIFS range/criterion pair. */
const selected = (s: FormulaScope): string => s.match;
/** The "not online" condition, only when a status column exists. */
const notOnline = (s: FormulaScope): string => (s.has("status") ? `,${s.col("status")},"<>online"` : "");
const need = (s: FormulaScope, metric: SummaryMetric): string => {
  const ref = s.cell(metric);
  if (ref === undefined) throw new RangeError(`Kennzahl ${metric} fehlt in der Zeile.`);
  return ref;
};

export const OVERVIEW_COLUMNS: readonly OverviewColumn[] = [
  {
    metric: "anzahl",
    header: "Anzahl Prozesse",
    requires: [],
    numberFormat: FORMAT_COUNT,
    width: 12,
    formula: (s) => `COUNTIFS(${selected(s)})`,
  },
  {
    metric: "online",
    header: "davon online",
    requires: ["status"],
    numberFormat: FORMAT_COUNT,
    width: 11,
    formula: (s) => `COUNTIFS(${selected(s)},${s.col("status")},"online")`,
  },
  {
    metric: "onlineQuote",
    header: "Online-Quote",
    requires: ["status"],
    numberFormat: FORMAT_PERCENT,
    width: 11,
    formula: (s) => `IFERROR(${need(s, "online")}/${need(s, "anzahl")},0)`,
  },
  {
    metric: "reifegradAvg",
    header: "Ø Reifegrad",
    requires: ["reifegrad"],
    numberFormat: "0.0",
    width: 11,
    formula: (s) => `IFERROR(AVERAGEIFS(${s.col("reifegrad")},${selected(s)}),"–")`,
  },
  {
    metric: "konform",
    header: "OZG-konform (Stufe ≥ 3)",
    requires: ["reifegrad"],
    numberFormat: FORMAT_PERCENT,
    width: 13,
    formula: (s) => `IFERROR(COUNTIFS(${selected(s)},${s.col("reifegrad")},">=3")/${need(s, "anzahl")},0)`,
  },
  {
    metric: "fallzahl",
    header: "Fallzahlen p.\u00A0a.",
    requires: ["fallzahl"],
    numberFormat: FORMAT_COUNT,
    width: 12,
    formula: (s) => `SUMIFS(${s.col("fallzahl")},${selected(s)})`,
  },
  {
    metric: "faelleOnline",
    header: "online abgewickelte Fälle",
    requires: ["fallzahlOnline"],
    numberFormat: FORMAT_COUNT,
    width: 14,
    formula: (s) => `SUMIFS(${s.col("fallzahlOnline")},${selected(s)})`,
  },
  {
    metric: "faelleOnlineAnteil",
    header: "Anteil Fälle online",
    requires: ["fallzahl", "fallzahlOnline"],
    numberFormat: FORMAT_PERCENT,
    width: 11,
    formula: (s) => `IFERROR(${need(s, "faelleOnline")}/${need(s, "fallzahl")},"–")`,
  },
  {
    metric: "kostenEinmalig",
    header: "Kosten einmalig",
    requires: ["kostenEinmalig"],
    numberFormat: FORMAT_EURO,
    width: 13,
    formula: (s) => `SUMIFS(${s.col("kostenEinmalig")},${selected(s)})`,
  },
  {
    metric: "kostenLaufend",
    header: "Kosten laufend p.\u00A0a.",
    requires: ["kostenLaufend"],
    numberFormat: FORMAT_EURO,
    width: 13,
    formula: (s) => `SUMIFS(${s.col("kostenLaufend")},${selected(s)})`,
  },
  {
    metric: "naechsterTermin",
    header: "nächster offener Termin",
    requires: ["termin"],
    numberFormat: FORMAT_DATE,
    width: 13,
    // MINIFS gives 0 when nothing matches; show "–" instead of 00.01.1900.
    formula: (s) =>
      `IF(COUNTIFS(${selected(s)},${s.col("termin")},">0"${notOnline(s)})=0,"–",MINIFS(${s.col("termin")},${selected(s)}${notOnline(s)}))`,
  },
  {
    metric: "ueberfaellig",
    header: "überfällig",
    requires: ["termin"],
    numberFormat: FORMAT_COUNT,
    width: 11,
    formula: (s) => `COUNTIFS(${selected(s)},${s.col("termin")},"<"&${NAME_STICHTAG}${notOnline(s)})`,
  },
  {
    metric: "ampel",
    header: "Ampel",
    requires: [],
    numberFormat: "@",
    width: 8,
    formula: ampelFormula,
  },
];

/**
 * The traffic light (documented in the overview itself): red wins, because the committee must see
 * problems — "rot" if any process is overdue or at least `Schwelle_Rot` of the cluster has not started;
 * otherwise "grün" if at least `Schwelle_Gruen` is online or OZG-konform; otherwise "gelb".
 */
function ampelFormula(s: FormulaScope): string {
  const red: string[] = [];
  const green: string[] = [];
  const overdue = s.cell("ueberfaellig");
  if (overdue !== undefined) red.push(`${overdue}>0`);
  if (s.has("status")) {
    red.push(
      `IFERROR(COUNTIFS(${selected(s)},${s.col("status")},"nicht begonnen")/${need(s, "anzahl")},0)>=${NAME_RED}`,
    );
    green.push(`${need(s, "onlineQuote")}>=${NAME_GREEN}`);
  }
  const konform = s.cell("konform");
  if (konform !== undefined) green.push(`${konform}>=${NAME_GREEN}`);
  const greenPart = green.length === 0 ? `"gelb"` : `IF(OR(${green.join(",")}),"grün","gelb")`;
  return red.length === 0 ? greenPart : `IF(OR(${red.join(",")}),"rot",${greenPart})`;
}

/**
 * The Ampel rule in words, naming only the criteria `ampelFormula` can compute from the inventory's
 * columns (no "überfällig" without a date column, no "OZG-konform" without Reifegrad).
 */
export function ampelRuleText(has: (role: ColumnRole) => boolean, stand: string): string {
  if (!ampelAvailable(has)) return "keine Ampel: dafür fehlen die Spalten Status, Reifegrad und Termin.";
  const red: string[] = [];
  if (has("termin")) red.push("mindestens ein Prozess überfällig");
  if (has("status")) red.push("Anteil „nicht begonnen“ ≥ Schwelle rot");
  const green: string[] = [];
  if (has("status")) green.push("Online-Quote");
  if (has("reifegrad")) green.push("Anteil OZG-konform");
  const parts = [
    ...(red.length === 0 ? [] : [`rot: ${red.join(" oder ")}`]),
    ...(green.length === 0 ? [] : [`grün: ${green.join(" oder ")} ≥ Schwelle grün`]),
    "sonst gelb",
  ];
  return `${parts.join("; ")}. Stand ${stand}.`;
}

/** True when the Ampel has at least one input. */
export function ampelAvailable(has: (role: ColumnRole) => boolean): boolean {
  return has("status") || has("reifegrad") || has("termin");
}
