import type { ColumnRole, ProcessRecord } from "../inventory/types";
import {
  isoToSerial,
  numericOf,
  STATUS_CRITERIA,
  statusBucketOf,
  textEquals,
} from "./internals/excelSemantics";
import { bereicheText, overviewBereichCount, summaryBereiche } from "./summaryBereiche";
import { type HistoryLevel, type HistorySnapshot, previousStichtag, snapshotOf } from "./history";
import { inventoryLayout } from "./inventoryLayout";
import { inventorySheetValue, type SheetValue } from "./inventorySheetValue";
import type { MetricValues, StatusBucket, SummaryInput, SummaryMetric, SummaryNumbers } from "./types";

export type { MetricValues, SummaryNumbers } from "./types";

/**
 * Computes in plain JS what every summary formula should give for the inventory as the report writes it
 * (see `inventorySheetValue`), with Excel's matching rules (case-insensitive criteria, text ignored by
 * SUMIFS/AVERAGEIFS/MINIFS). Used to prove the formulas with a real spreadsheet engine, and usable where
 * numbers are needed without Excel. Metrics whose inventory column is absent are left out.
 */
export function computeSummaryNumbers(
  input: Pick<SummaryInput, "inventory" | "clusters" | "options" | "history">,
): SummaryNumbers {
  const { inventory, clusters, options } = input;
  const layout = inventoryLayout(inventory);
  const factsOf = factsReader(layout);
  const byKey = new Map(inventory.records.map((r) => [r.key, r]));
  // A record counts in its cluster's row, its Bereich's row and the totals: its facts are read once.
  const facts = new Map<string, Facts>();
  const members = clusters.map((c) =>
    [...new Set(c.keys)].flatMap((k) => {
      const record = byKey.get(k);
      if (record === undefined) return [];
      let f = facts.get(k);
      if (f === undefined) facts.set(k, (f = factsOf(record)));
      return [f];
    }),
  );
  const has = (role: ColumnRole): boolean => layout.roleIndex[role] !== undefined;
  const rules: RowRules = {
    status: has("status"),
    reifegrad: has("reifegrad"),
    fallzahl: has("fallzahl"),
    fallzahlOnline: has("fallzahlOnline"),
    kostenEinmalig: has("kostenEinmalig"),
    kostenLaufend: has("kostenLaufend"),
    termin: has("termin"),
    stichtag: isoToSerial(options.stichtag),
    green: options.thresholdGreen ?? 0.8,
    red: options.thresholdRedNotStarted ?? 0.5,
    levels: options.reifegradModell === "2.0" ? 8 : 5,
  };
  const previous =
    input.history === undefined ? undefined : previousStichtag(input.history, options.stichtag);
  const change = (values: MetricValues, level: HistoryLevel, name: string): MetricValues =>
    input.history === undefined || previous === undefined
      ? values
      : { ...values, ...changeSince(values, snapshotOf(input.history, previous, level, name)[0]) };
  const row = (records: readonly Facts[]): MetricValues => metricRow(records, rules);
  const rows = members.map((m, i) => change(row(m), "Cluster", clusters[i]?.label ?? ""));
  const total = change(row(members.flat()), "Summe", "Summe");
  const bereichRows = summaryBereiche(clusters).map((b) =>
    change(row(b.clusters.flatMap((i) => members[i] ?? [])), "Bereich", b.name),
  );
  const headline = headlineOf(total, rows, clusters);
  return { clusters: rows, bereiche: bereichRows, total, headline, trend: trendOf(input, total) };
}

/** The overview's headline: processes, clusters and (when shown) Bereiche. */
function headlineOf(
  total: MetricValues,
  rows: readonly MetricValues[],
  clusters: SummaryInput["clusters"],
): string {
  const nonEmpty = rows.filter((r) => (r.anzahl as number) > 0).length;
  const bereichCount = overviewBereichCount(clusters);
  return bereichCount === null
    ? `${String(total.anzahl)} Teilprozesse in ${nonEmpty} Clustern`
    : `${String(total.anzahl)} Teilprozesse → ${bereicheText(bereichCount)}, ${nonEmpty} Cluster`;
}

/** What the formulas read of each record, as the report writes it (`inventorySheetValue`). */
function factsReader(layout: ReturnType<typeof inventoryLayout>): (record: ProcessRecord) => Facts {
  const value = (record: ProcessRecord, role: ColumnRole): SheetValue => {
    const index = layout.roleIndex[role];
    return index === undefined ? null : inventorySheetValue(record, index, role);
  };
  const number = (record: ProcessRecord, role: ColumnRole): number => {
    const v = value(record, role);
    return typeof v === "number" ? v : 0;
  };
  return (record) => {
    const status = value(record, "status");
    const level = value(record, "reifegrad");
    const termin = value(record, "termin");
    return {
      bucket: statusBucketOf(status),
      online: textEquals(status, "online"),
      notStarted: textEquals(status, "nicht begonnen"),
      level: typeof level === "number" ? level : undefined,
      fallzahl: number(record, "fallzahl"),
      fallzahlOnline: number(record, "fallzahlOnline"),
      kostenEinmalig: number(record, "kostenEinmalig"),
      kostenLaufend: number(record, "kostenLaufend"),
      termin: typeof termin === "string" ? undefined : numericOf(termin),
    };
  };
}

/** Which columns the inventory has (a metric without its column is left out) and the report's settings. */
interface RowRules {
  readonly status: boolean;
  readonly reifegrad: boolean;
  readonly fallzahl: boolean;
  readonly fallzahlOnline: boolean;
  readonly kostenEinmalig: boolean;
  readonly kostenLaufend: boolean;
  readonly termin: boolean;
  /** The Stichtag as an Excel serial. */
  readonly stichtag: number;
  readonly green: number;
  readonly red: number;
  /** Number of Reifegrad levels of the model (0 … levels − 1). */
  readonly levels: number;
}

type MetricRow = Partial<Record<SummaryMetric, number | string>>;

/** One row of the overview (a cluster, a Bereich or the total) from its records' facts. */
function metricRow(records: readonly Facts[], rules: RowRules): MetricValues {
  const out: MetricRow = {};
  out.anzahl = records.length;
  const sum = (field: "fallzahl" | "fallzahlOnline" | "kostenEinmalig" | "kostenLaufend"): number => {
    let total = 0;
    for (const r of records) total += r[field];
    return total;
  };
  if (rules.status) statusMetrics(out, records);
  if (rules.reifegrad) reifegradMetrics(out, records, rules.levels);
  if (rules.fallzahl) out.fallzahl = sum("fallzahl");
  if (rules.fallzahlOnline) out.faelleOnline = sum("fallzahlOnline");
  if (rules.fallzahl && rules.fallzahlOnline) {
    const f = out.fallzahl as number;
    out.faelleOnlineAnteil = f === 0 ? "–" : (out.faelleOnline as number) / f;
  }
  if (rules.kostenEinmalig) out.kostenEinmalig = sum("kostenEinmalig");
  if (rules.kostenLaufend) out.kostenLaufend = sum("kostenLaufend");
  if (rules.termin) terminMetrics(out, records, rules);
  if (rules.status || rules.reifegrad || rules.termin)
    out.ampel = ampel(out, rules.status, records, rules.green, rules.red);
  return out;
}

/** Counts per status bucket, processes online and their share. */
function statusMetrics(out: MetricRow, records: readonly Facts[]): void {
  const anzahl = records.length;
  const buckets = new Map<StatusBucket, number>();
  for (const r of records) buckets.set(r.bucket, (buckets.get(r.bucket) ?? 0) + 1);
  for (const { bucket } of STATUS_CRITERIA) out[`status:${bucket}`] = buckets.get(bucket) ?? 0;
  out["status:sonstige"] = buckets.get("sonstige") ?? 0;
  const online = buckets.get("online") ?? 0;
  out.online = online;
  out.onlineQuote = anzahl === 0 ? 0 : online / anzahl;
}

/** Mean Reifegrad, the share at level 3 or more (OZG-konform) and counts per level. */
function reifegradMetrics(out: MetricRow, records: readonly Facts[], levels: number): void {
  const anzahl = records.length;
  const perLevel = new Map<number, number>();
  let count = 0;
  let total = 0;
  let conform = 0;
  for (const r of records) {
    if (r.level === undefined) continue;
    count += 1;
    total += r.level;
    if (r.level >= 3) conform += 1;
    perLevel.set(r.level, (perLevel.get(r.level) ?? 0) + 1);
  }
  out.reifegradAvg = count === 0 ? "–" : total / count;
  out.konform = anzahl === 0 ? 0 : conform / anzahl;
  for (let level = 0; level < levels; level += 1) out[`reifegrad:${level}`] = perLevel.get(level) ?? 0;
}

/** The next date of a process not yet online, and how many are overdue at the Stichtag. */
function terminMetrics(out: MetricRow, records: readonly Facts[], rules: RowRules): void {
  let next = Infinity;
  let overdue = 0;
  for (const r of records) {
    if ((rules.status && r.online) || r.termin === undefined) continue;
    if (r.termin > 0 && r.termin < next) next = r.termin;
    if (r.termin < rules.stichtag) overdue += 1;
  }
  out.naechsterTermin = next === Infinity ? "–" : next;
  out.ueberfaellig = overdue;
}

/** The change columns' values: as `changeColumns` computes them from the row and its earlier snapshot. */
function changeSince(now: MetricValues, then: HistorySnapshot | undefined): MetricValues {
  const out: Partial<Record<SummaryMetric, number | string>> = {};
  const online = now.online;
  if (typeof online === "number") {
    if (then === undefined) {
      out.changeOnline = "neu";
      out.changeOnlineQuote = "neu";
    } else {
      out.changeOnline = online - (then.online ?? 0);
      out.changeOnlineQuote =
        then.anzahl === 0 ? "–" : (now.onlineQuote as number) - (then.online ?? 0) / then.anzahl;
    }
  }
  if (now.reifegradAvg !== undefined) {
    const avg = now.reifegradAvg;
    out.changeReifegrad =
      then === undefined
        ? "neu"
        : typeof avg !== "number" || then.reifegradAvg === null
          ? "–"
          : avg - then.reifegradAvg;
  }
  return out;
}

/** Totals per Stichtag: earlier snapshots as recorded, this report's from its own numbers. */
function trendOf(
  input: Pick<SummaryInput, "history" | "options">,
  total: MetricValues,
): SummaryNumbers["trend"] {
  if (input.history === undefined) return [];
  const { stichtag } = input.options;
  const earlier = input.history.snapshots.filter((s) => s.level === "Summe" && s.stichtag !== stichtag);
  const byDate = new Map<string, { stichtag: string; anzahl: number; online: number | null }>();
  for (const s of earlier) {
    const seen = byDate.get(s.stichtag);
    // SUMIFS adds up every totals row of a Stichtag.
    byDate.set(s.stichtag, {
      stichtag: s.stichtag,
      anzahl: (seen?.anzahl ?? 0) + s.anzahl,
      online: (seen?.online ?? 0) + (s.online ?? 0),
    });
  }
  byDate.set(stichtag, {
    stichtag,
    anzahl: total.anzahl as number,
    online: typeof total.online === "number" ? total.online : 0,
  });
  return [...byDate.values()].sort((a, b) => (a.stichtag < b.stichtag ? -1 : 1));
}

/** What the formulas read of one record (see `factsOf`). */
interface Facts {
  readonly bucket: StatusBucket;
  readonly online: boolean;
  readonly notStarted: boolean;
  readonly level: number | undefined;
  readonly fallzahl: number;
  readonly fallzahlOnline: number;
  readonly kostenEinmalig: number;
  readonly kostenLaufend: number;
  readonly termin: number | undefined;
}

/** The Ampel rule exactly as `overviewColumns` writes it (red wins over green). */
function ampel(
  out: Partial<Record<SummaryMetric, number | string>>,
  hasStatus: boolean,
  records: readonly Facts[],
  green: number,
  red: number,
): string {
  const anzahl = out.anzahl as number;
  const notStarted = hasStatus ? records.filter((r) => r.notStarted).length : 0;
  const isRed =
    (typeof out.ueberfaellig === "number" && out.ueberfaellig > 0) ||
    (hasStatus && (anzahl === 0 ? 0 : notStarted / anzahl) >= red);
  if (isRed) return "rot";
  const isGreen =
    (typeof out.onlineQuote === "number" && out.onlineQuote >= green) ||
    (typeof out.konform === "number" && out.konform >= green);
  return isGreen ? "grün" : "gelb";
}
