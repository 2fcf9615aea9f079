/**
 * @internal The overview's change columns since the previous report: formulas comparing each row's live
 * KPIs with its snapshot row in "Verlauf" at the named cell `Vorheriger_Stichtag`. A row that had no
 * snapshot then (a new cluster or Bereich) shows "neu".
 */
import { clusterCriterion, stringLiteral } from "./formulaText";
import type { HistoryRefs } from "./historySheets";
import type { FormulaScope, OverviewColumn } from "./overviewColumns";

/** Named cell holding the previous report's Stichtag. */
export const NAME_PREVIOUS = "Vorheriger_Stichtag";

const LEVEL_TEXT = { cluster: "Cluster", bereich: "Bereich", total: "Summe" } as const;

/** The SUMIFS/COUNTIFS conditions selecting the row's snapshot at the previous Stichtag. */
function snapshotOfRow(h: HistoryRefs, s: FormulaScope): string {
  const name =
    s.level === "total"
      ? stringLiteral("Summe")
      : s.name === ""
        ? `"="`
        : clusterCriterion(s.name, s.labelCell);
  return `${h.stichtag},${NAME_PREVIOUS},${h.level},${stringLiteral(LEVEL_TEXT[s.level])},${h.name},${name}`;
}

const need = (s: FormulaScope, metric: Parameters<FormulaScope["cell"]>[0]): string => {
  const ref = s.cell(metric);
  if (ref === undefined) throw new RangeError(`Kennzahl ${metric} fehlt in der Zeile.`);
  return ref;
};

/** The change columns the inventory's roles allow (online needs a status, Reifegrad a Reifegrad column). */
export function changeColumns(h: HistoryRefs): OverviewColumn[] {
  const existed = (s: FormulaScope): string => `COUNTIFS(${snapshotOfRow(h, s)})=0`;
  const before = (s: FormulaScope, ref: string): string => `SUMIFS(${ref},${snapshotOfRow(h, s)})`;
  return [
    {
      metric: "changeOnline",
      header: "online seit Vorbericht",
      requires: ["status"],
      numberFormat: "+#,##0;-#,##0;0",
      width: 12,
      formula: (s) => `IF(${existed(s)},"neu",${need(s, "online")}-${before(s, h.online)})`,
    },
    {
      metric: "changeOnlineQuote",
      header: "Veränderung Online-Quote",
      requires: ["status"],
      numberFormat: "+0.0%;-0.0%;0.0%",
      width: 12,
      formula: (s) =>
        `IF(${existed(s)},"neu",IFERROR(${need(s, "onlineQuote")}-${before(s, h.online)}/${before(s, h.anzahl)},"–"))`,
    },
    {
      metric: "changeReifegrad",
      header: "Veränderung Ø Reifegrad",
      requires: ["reifegrad"],
      numberFormat: "+0.0;-0.0;0.0",
      width: 12,
      // "–" when either average is missing (no levels now or then).
      formula: (s) =>
        `IF(${existed(s)},"neu",IF(OR(NOT(ISNUMBER(${need(s, "reifegradAvg")})),COUNTIFS(${snapshotOfRow(h, s)},${h.reifegradAvg},"<>")=0),"–",${need(s, "reifegradAvg")}-${before(s, h.reifegradAvg)}))`,
    },
  ];
}
