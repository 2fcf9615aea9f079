import type { SummaryNumbers } from "./computeSummaryNumbers";
import type { PlanCell, SummaryMetric } from "./types";

/** The parts of `PlanCell.meaning` this lookup understands; any other part makes the value unknown. */
const KNOWN_PARTS = new Set(["metric", "cluster", "bereich", "stichtag", "sumOf"]);

/**
 * The value the domain computed for a formula cell, found through its `meaning`: the headline, one
 * cluster's, one Bereich's or the totals' metric, or the sum over `sumOf` clusters. `undefined` when the
 * meaning is absent, has a part this lookup does not know or names a metric the numbers lack — then the
 * preview shows the formula, never a guessed value. The recalculation test compares through it, too.
 */
export function summaryCellValue(
  meaning: PlanCell["meaning"],
  numbers: SummaryNumbers,
): number | string | undefined {
  if (meaning === undefined || Object.keys(meaning).some((part) => !KNOWN_PARTS.has(part))) return undefined;
  const metric: SummaryMetric = meaning.metric;
  if (metric === "headline") return meaning.cluster === null ? numbers.headline : undefined;
  if (meaning.sumOf !== undefined) return sumOver(numbers, meaning.sumOf, metric);
  if (meaning.bereich !== undefined) return numbers.bereiche[meaning.bereich]?.[metric];
  if (meaning.stichtag !== undefined) {
    const point = numbers.trend.find((t) => t.stichtag === meaning.stichtag);
    if (point === undefined) return undefined;
    return metric === "trend:anzahl"
      ? point.anzahl
      : metric === "trend:online"
        ? (point.online ?? undefined)
        : undefined;
  }
  const row = meaning.cluster === null ? numbers.total : numbers.clusters[meaning.cluster];
  return row?.[metric];
}

/** The sum of a count metric over some clusters; unknown when one of them lacks a number. */
function sumOver(
  numbers: SummaryNumbers,
  clusters: readonly number[],
  metric: SummaryMetric,
): number | undefined {
  let sum = 0;
  for (const index of clusters) {
    const value = numbers.clusters[index]?.[metric];
    if (typeof value !== "number") return undefined;
    sum += value;
  }
  return sum;
}
