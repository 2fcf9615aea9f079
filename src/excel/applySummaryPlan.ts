/**
 * Applies a `SummaryPlan` inside one `Excel.run`, atomically for the user: the new report is written
 * completely under temporary sheet names ("PC~neu~1" …) and only swapped in by the last request, so a
 * failure on the way (cell-edit mode, a chart error, a lost connection) leaves the previous report,
 * its names and checksums as they were; leftover temporary sheets are removed by the next run.
 *
 * Requirement sets per feature (manifest minimum: ExcelApi 1.7):
 * | feature                                                        | ExcelApi |
 * |----------------------------------------------------------------|----------|
 * | sheets add/delete/rename, `range.formulas`, `numberFormat`,    | 1.1      |
 * |   fonts/fills, `columnWidth`, `charts.add`, chart title/legend,|          |
 * |   `setPosition`, series `format.fill.setSolidColor`, names.add |          |
 * |   with a Range, `NamedItem.value`/`visible`                    |          |
 * | `names.add` with a formula string or comment, used ranges      | 1.4      |
 * | conditional formats (`conditionalFormats.add("Custom")`)       | 1.6      |
 * | `freezePanes.freezeRows`, `getRangeByIndexes`                  | 1.7      |
 * | `pageLayout` (A4, landscape, fit to width, print titles,       | 1.9      |
 * |   header/footer) — only via `whenSupported("1.9")`, else notice|          |
 *
 * Idempotence and user edits: every report sheet gets a hidden workbook name `PC_Pruefsumme_<hash>` whose
 * value is `<sheet name>|<checksum of its formulas>`. On the next run a report sheet whose checksum still
 * matches is replaced; one that differs (a user edited it) or has none (a sheet of that name that we did
 * not write) is renamed to "… (Sicherung)" and kept. Workbook names of the plan (Stichtag, Schwelle_…)
 * are replaced only when the add-in created them (comment "Prozesscluster"); a user's own name of that
 * name stays untouched, with a notice. Every request stays ≤ 4.5 MB (`WriteBatcher`, `readRowChunks`).
 */
import type { Message } from "../domain/messages/types";
import { msg } from "../domain/messages/renderMessage";
import type { PlanChartType, SummaryPlan } from "../domain/summary/types";
import { columnLetters } from "../domain/columnLetter";
import { queuePlanSheet } from "./internals/queuePlanSheet";
import { queueUsedExtent, readUsedGrid, type UsedExtent } from "./internals/readUsedGrid";
import { checksumMatches, reportChecksum, toTemporaryNames } from "./internals/reportChecksum";
import {
  ACTION_OVERHEAD_BYTES,
  jsonBytes,
  REQUEST_LIMIT_BYTES,
  WriteBatcher,
} from "./internals/requestBudget";
import { gridChecksum } from "../domain/summary/gridChecksum";
import { whenSupported, type Supports } from "./whenSupported";

export interface ApplySummaryOptions {
  /** Whether an ExcelApi version is available; pass `(v) => Office.context.requirements.isSetSupported("ExcelApi", v)`. */
  readonly supports: Supports;
  /** Bytes per request or response; default 4.5 MB, below Excel on the web's 5 MB. */
  readonly maxRequestBytes?: number;
}

export interface ApplySummaryResult {
  /** German notes for the task pane (skipped features, backups made, names kept). */
  readonly notices: readonly Message[];
  /** Names of backup sheets created from edited report sheets. */
  readonly backups: readonly string[];
}

const CHECKSUM_PREFIX = "PC_Pruefsumme_";
/** Comment of every workbook name the add-in creates; only such names are ever replaced. */
export const OWN_NAME_COMMENT = "Prozesscluster";
const TEMPORARY = /^PC~neu~\d+$/;
const CHART_TYPES: Record<PlanChartType, "BarStacked100" | "BarStacked" | "ColumnClustered"> = {
  barPercentStacked: "BarStacked100",
  barStacked: "BarStacked",
  columnClustered: "ColumnClustered",
};

/** Workbook name holding a sheet's checksum (names allow letters, digits, underscore). */
const checksumName = (sheet: string): string => `${CHECKSUM_PREFIX}${gridChecksum([[sheet]])}`;

/** A free sheet name "<name> (Sicherung)" / "(Sicherung 2)", within Excel's 31 characters. */
function backupName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? " (Sicherung)" : ` (Sicherung ${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

interface Existing {
  readonly sheetNames: readonly string[];
  readonly names: readonly Excel.NamedItem[];
  /** Lower-case sheet name → stored checksum mark. */
  readonly stored: ReadonlyMap<string, { readonly checksum: string; readonly item: Excel.NamedItem }>;
}

/** Sync 1: which sheets and names exist, and the stored checksums. */
async function readExisting(context: Excel.RequestContext): Promise<Existing> {
  const { workbook } = context;
  workbook.worksheets.load("items/name");
  workbook.names.load("items/name,items/value,items/comment");
  await context.sync();
  const stored = new Map<string, { checksum: string; item: Excel.NamedItem }>();
  for (const item of workbook.names.items) {
    if (!item.name.startsWith(CHECKSUM_PREFIX) || typeof item.value !== "string") continue;
    const cut = item.value.lastIndexOf("|");
    stored.set(item.value.slice(0, cut).toLowerCase(), { checksum: item.value.slice(cut + 1), item });
  }
  return { sheetNames: workbook.worksheets.items.map((s) => s.name), names: workbook.names.items, stored };
}

/**
 * Reads each sheet's formulas: extents in one sync, then whole sheets packed into syncs of ≤ 4.5 MB
 * (estimated from the bytes per cell measured so far); a sheet too big for one response is read in
 * chunks on its own. 300 small annex sheets thus take a handful of syncs, not 300.
 */
async function readFormulas(
  context: Excel.RequestContext,
  sheets: readonly { name: string; sheet: Excel.Worksheet }[],
  budget: number,
): Promise<Map<string, unknown[][]>> {
  const extents = sheets.map(({ name, sheet }) => ({ name, extent: queueUsedExtent(sheet, false) }));
  const result = new Map<string, unknown[][]>();
  if (extents.length === 0) return result;
  await context.sync();
  let perCell = FIRST_GUESS_BYTES_PER_FORMULA;
  const cellsOf = (e: UsedExtent) => (e.used.isNullObject ? 0 : e.used.rowCount * e.used.columnCount);
  const pending = extents.filter(({ name, extent }) => {
    if (cellsOf(extent) > 0) return true;
    result.set(name, []);
    return false;
  });
  while (pending.length > 0) {
    const group: typeof pending = [];
    let bytes = 0;
    while (pending.length > 0) {
      const next = pending[0] as (typeof pending)[number];
      const size = cellsOf(next.extent) * perCell;
      if (group.length > 0 && bytes + size > budget) break;
      group.push(next);
      pending.shift();
      bytes += size;
    }
    const only = group[0];
    if (group.length === 1 && only !== undefined && bytes > budget) {
      result.set(only.name, await readUsedGrid(context, only.extent, "formulas", budget));
      continue;
    }
    for (const { extent } of group) extent.used.load("formulas");
    // One sync per group of sheets: the point is to keep each response within the budget.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    let measured = 0;
    let cells = 0;
    for (const { name, extent } of group) {
      const rows = Array.from({ length: extent.used.rowIndex }, (): unknown[] => []);
      const pad = Array.from({ length: extent.used.columnIndex }, () => null);
      for (const line of extent.used.formulas) rows.push([...pad, ...line]);
      result.set(name, rows);
      measured += jsonBytes(extent.used.formulas);
      cells += cellsOf(extent);
    }
    perCell = Math.max(perCell, Math.ceil((measured / Math.max(1, cells)) * 1.1));
  }
  return result;
}

/** First guess of one formula cell's JSON size, before anything was measured (report cells are short). */
const FIRST_GUESS_BYTES_PER_FORMULA = 100;

export async function applySummaryPlan(
  context: Excel.RequestContext,
  plan: SummaryPlan,
  options: ApplySummaryOptions,
): Promise<ApplySummaryResult> {
  const notices: Message[] = [];
  const { workbook } = context;
  const budget = options.maxRequestBytes ?? REQUEST_LIMIT_BYTES;
  if (!options.supports("1.9")) {
    notices.push(msg("workflow.noPageLayout"));
  }
  const existing = await readExisting(context);
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const own = existing.sheetNames.filter(
    (n) => planNames.has(n.toLowerCase()) || existing.stored.has(n.toLowerCase()),
  );
  const current = await readFormulas(
    context,
    own.map((name) => ({ name, sheet: workbook.worksheets.getItem(name) })),
    budget,
  );

  // Write the new report under temporary names; the live report is not touched yet.
  const batcher = new WriteBatcher(context, budget);
  const taken = new Set(existing.sheetNames.map((n) => n.toLowerCase()));
  for (const leftover of existing.sheetNames.filter((n) => TEMPORARY.test(n))) {
    await batcher.add(ACTION_OVERHEAD_BYTES, () => workbook.worksheets.getItem(leftover).delete());
  }
  const temporary = new Map<string, string>();
  let counter = 1;
  for (const sheet of plan.sheets) {
    while (taken.has(`pc~neu~${counter}`)) counter += 1;
    temporary.set(sheet.name, `PC~neu~${counter}`);
    counter += 1;
  }
  const created: { plan: SummaryPlan["sheets"][number]; temp: string; sheet: Excel.Worksheet }[] = [];
  for (const p of plan.sheets) {
    const temp = temporary.get(p.name) ?? p.name;
    const sheet = workbook.worksheets.add(temp);
    await queuePlanSheet(batcher, sheet, p, {
      supports: options.supports,
      formula: (text) => toTemporaryNames(text, temporary),
    });
    created.push({ plan: p, temp, sheet });
  }
  await queueCharts(
    batcher,
    plan,
    (name) => created.find((c) => c.plan.name === name)?.sheet,
    options.supports,
  );
  await batcher.flush();

  // Read back what Excel holds, so the checksum matches the next run's reading exactly.
  const written = await readFormulas(
    context,
    created.map((c) => ({ name: c.plan.name, sheet: c.sheet })),
    budget,
  );
  const renames = new Map([...temporary].map(([final, temp]) => [temp, final]));

  // The swap, in one request: old sheets out (or kept as backups), new ones renamed, names and checksums.
  const backups: string[] = [];
  for (const name of own) {
    const mark = existing.stored.get(name.toLowerCase());
    const sheet = workbook.worksheets.getItem(name);
    if (mark !== undefined && checksumMatches(mark.checksum, current.get(name) ?? [])) {
      sheet.delete();
    } else {
      const backup = backupName(name, taken);
      sheet.name = backup;
      backups.push(backup);
    }
  }
  for (const { item } of existing.stored.values()) item.delete();
  for (const c of created) c.sheet.name = c.plan.name;
  notices.push(...queueNames(context, plan, existing, created));
  for (const c of created) {
    const checksum = reportChecksum(written.get(c.plan.name) ?? [], renames);
    const value = `${c.plan.name}|${checksum}`.replaceAll('"', '""');
    const item = workbook.names.add(checksumName(c.plan.name), `="${value}"`, OWN_NAME_COMMENT);
    item.visible = false;
  }
  created[0]?.sheet.activate();
  await context.sync();
  if (backups.length > 0) {
    notices.push(msg("workflow.reportSheetsBackedUp", { sheets: backups.join(", ") }));
  }
  return { notices: [...notices, ...plan.notices], backups };
}

/**
 * Queues the plan's workbook names. A name the add-in created before (its comment, or pointing into a
 * report sheet being replaced) is replaced; a user's own name of that name is left alone.
 */
function queueNames(
  context: Excel.RequestContext,
  plan: SummaryPlan,
  existing: Existing,
  created: readonly { plan: { name: string }; sheet: Excel.Worksheet }[],
): Message[] {
  const kept: string[] = [];
  const replaced = new Set(existing.stored.keys());
  const refersToReport = (value: unknown) =>
    typeof value === "string" &&
    [...replaced].some(
      (sheet) => value.toLowerCase().includes(`${sheet}!`) || value.toLowerCase().includes(`${sheet}'!`),
    );
  for (const n of plan.names) {
    const found = existing.names.find((i) => i.name.toLowerCase() === n.name.toLowerCase());
    if (found !== undefined) {
      const ours =
        found.comment === OWN_NAME_COMMENT || refersToReport(found.value) || found.value === "=#REF!";
      if (!ours) {
        kept.push(n.name);
        continue;
      }
      found.delete();
    }
    const target = created.find((c) => c.plan.name === n.sheet)?.sheet;
    if (target !== undefined)
      context.workbook.names.add(n.name, target.getCell(n.row - 1, n.col - 1), OWN_NAME_COMMENT);
  }
  if (kept.length === 0) return [];
  return [msg("workflow.ownNamesKept", { names: kept.map((n) => `„${n}“`).join(", ") })];
}

/** Queues the plan's charts on the (temporary) sheets. */
async function queueCharts(
  batcher: WriteBatcher,
  plan: SummaryPlan,
  sheetOf: (name: string) => Excel.Worksheet | undefined,
  supports: Supports,
): Promise<void> {
  for (const chart of plan.charts) {
    const data = sheetOf(chart.dataSheet);
    const host = sheetOf(chart.placement.sheet);
    if (data === undefined || host === undefined) continue;
    await batcher.add((8 + chart.colors.length * 2) * ACTION_OVERHEAD_BYTES, () => {
      const source = data.getRange(
        `${columnLetters(chart.categoryCol)}${chart.headerRow}:${columnLetters(chart.lastSeriesCol)}${chart.lastRow}`,
      );
      const added = host.charts.add(CHART_TYPES[chart.type], source, "Columns");
      added.title.text = chart.title;
      added.legend.position = "Bottom";
      const { fromRow, fromCol, toRow, toCol } = chart.placement;
      added.setPosition(`${columnLetters(fromCol)}${fromRow}`, `${columnLetters(toCol - 1)}${toRow - 1}`);
      chart.colors.forEach((color, i) => added.series.getItemAt(i).format.fill.setSolidColor(`#${color}`));
      if (chart.type !== "columnClustered") {
        // Horizontal bars list the categories bottom-up by default; reversed they read in the table's
        // order, and the value axis stays at the bottom where the reversed axis ends (ExcelApi 1.8).
        added.axes.categoryAxis.reversePlotOrder = true;
        whenSupported(supports, "1.8", () => (added.axes.categoryAxis.position = "Maximum"));
      }
    });
  }
}
