/**
 * Applies a `SummaryPlan` inside one `Excel.run` with 5 `context.sync` calls, whatever the plan's size.
 *
 * Requirement sets per feature (manifest minimum: ExcelApi 1.7):
 * | feature                                                        | ExcelApi |
 * |----------------------------------------------------------------|----------|
 * | sheets add/delete/rename, `range.formulas`, `numberFormat`,    | 1.1      |
 * |   fonts/fills, `columnWidth`, `charts.add`, chart title/legend,|          |
 * |   `setPosition`, series `format.fill.setSolidColor`, names.add |          |
 * |   with a Range, `NamedItem.value`/`visible`                    |          |
 * | `names.add` with a formula string, `getUsedRangeOrNullObject`  | 1.4      |
 * | conditional formats (`conditionalFormats.add("Custom")`)       | 1.6      |
 * | `freezePanes.freezeRows`                                       | 1.7      |
 * | `pageLayout` (A4, landscape, fit to width, print titles,       | 1.9      |
 * |   header/footer) — only when `supports("1.9")`, else a notice  |          |
 *
 * Idempotence and user edits: every report sheet gets a hidden workbook name `PC_Pruefsumme_<hash>` whose
 * value is `<sheet name>|<checksum of its formulas>`, computed from what Excel reports right after writing.
 * On the next run a report sheet whose checksum still matches is deleted and rewritten; one that differs
 * (a user edited it) or has no checksum (a sheet of that name that we did not write) is renamed to
 * "… (Sicherung)" and kept. Syncs: 1 read names/sheets · 2 read used ranges of existing report sheets ·
 * 3 write everything · 4 read back formulas · 5 store checksums.
 */
import { gridChecksum } from "../domain/summary/gridChecksum";
import type { PlanChartType, SummaryPlan } from "../domain/summary/types";
import { columnLetters, queuePlanSheet } from "./internals/queuePlanSheet";

export interface ApplySummaryOptions {
  /** Whether an ExcelApi version is available; pass `(v) => Office.context.requirements.isSetSupported("ExcelApi", v)`. */
  readonly supports: (version: string) => boolean;
}

export interface ApplySummaryResult {
  /** German notes for the task pane (skipped features, backups made). */
  readonly notices: readonly string[];
  /** Names of backup sheets created from edited report sheets. */
  readonly backups: readonly string[];
}

const CHECKSUM_PREFIX = "PC_Pruefsumme_";
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

export async function applySummaryPlan(
  context: Excel.RequestContext,
  plan: SummaryPlan,
  options: ApplySummaryOptions,
): Promise<ApplySummaryResult> {
  const notices: string[] = [];
  const backups: string[] = [];
  const { workbook } = context;
  const pageLayout = options.supports("1.9");
  if (!pageLayout) {
    notices.push(
      "Diese Excel-Version kann das Seitenlayout nicht per Add-in setzen (ExcelApi 1.9 fehlt). Bitte vor dem Drucken A4 quer, „Alle Spalten auf einer Seite“ und Kopf-/Fußzeile selbst einstellen.",
    );
  }

  // Sync 1: which sheets and names exist.
  workbook.worksheets.load("items/name");
  workbook.names.load("items/name,items/value");
  await context.sync();
  const sheetNames = workbook.worksheets.items.map((s) => s.name);
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  const stored = new Map<string, { sheet: string; checksum: string; item: Excel.NamedItem }>();
  for (const item of workbook.names.items) {
    if (!item.name.startsWith(CHECKSUM_PREFIX) || typeof item.value !== "string") continue;
    const cut = item.value.lastIndexOf("|");
    stored.set(item.value.slice(0, cut).toLowerCase(), {
      sheet: item.value.slice(0, cut),
      checksum: item.value.slice(cut + 1),
      item,
    });
  }
  const planNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const own = sheetNames.filter((n) => planNames.has(n.toLowerCase()) || stored.has(n.toLowerCase()));

  // Sync 2: current content of the existing report sheets.
  const used = own.map((name) => {
    const range = workbook.worksheets.getItem(name).getUsedRangeOrNullObject();
    range.load("formulas");
    return { name, range };
  });
  if (used.length > 0) await context.sync();

  // Sync 3: keep edited sheets as backups, replace the rest, write the plan.
  for (const { name, range } of used) {
    const mark = stored.get(name.toLowerCase());
    const current = range.isNullObject ? [] : range.formulas;
    const sheet = workbook.worksheets.getItem(name);
    if (mark !== undefined && mark.checksum === gridChecksum(current)) {
      sheet.delete();
      taken.delete(name.toLowerCase());
    } else {
      const backup = backupName(name, taken);
      sheet.name = backup;
      backups.push(backup);
    }
  }
  for (const { item } of stored.values()) item.delete();
  for (const n of plan.names) {
    const existing = workbook.names.items.find((i) => i.name.toLowerCase() === n.name.toLowerCase());
    if (existing !== undefined) existing.delete();
  }
  const created = plan.sheets.map((p) => {
    const sheet = workbook.worksheets.add(p.name);
    queuePlanSheet(sheet, p, pageLayout);
    return { plan: p, sheet };
  });
  for (const n of plan.names) {
    const target = created.find((c) => c.plan.name === n.sheet)?.sheet;
    if (target !== undefined) workbook.names.add(n.name, target.getCell(n.row - 1, n.col - 1));
  }
  for (const chart of plan.charts) {
    const data = created.find((c) => c.plan.name === chart.dataSheet)?.sheet;
    const host = created.find((c) => c.plan.name === chart.placement.sheet)?.sheet;
    if (data === undefined || host === undefined) continue;
    const source = data.getRange(
      `${columnLetters(chart.categoryCol)}${chart.headerRow}:${columnLetters(chart.lastSeriesCol)}${chart.lastRow}`,
    );
    const added = host.charts.add(CHART_TYPES[chart.type], source, "Columns");
    added.title.text = chart.title;
    added.legend.position = "Bottom";
    const { fromRow, fromCol, toRow, toCol } = chart.placement;
    added.setPosition(`${columnLetters(fromCol)}${fromRow}`, `${columnLetters(toCol - 1)}${toRow - 1}`);
    chart.colors.forEach((color, i) => added.series.getItemAt(i).format.fill.setSolidColor(`#${color}`));
  }
  created[0]?.sheet.activate();
  await context.sync();

  // Sync 4: read back what Excel holds, so the checksum matches the next run's reading exactly.
  const written = created.map(({ plan: p, sheet }) => {
    const range = sheet.getUsedRangeOrNullObject();
    range.load("formulas");
    return { name: p.name, range };
  });
  await context.sync();

  // Sync 5: store the checksums as hidden names.
  for (const { name, range } of written) {
    const checksum = gridChecksum(range.isNullObject ? [] : range.formulas);
    const item = workbook.names.add(checksumName(name), `="${`${name}|${checksum}`.replaceAll('"', '""')}"`);
    item.visible = false;
  }
  await context.sync();
  if (backups.length > 0) {
    notices.push(
      `Von Hand geänderte Berichtsblätter wurden nicht überschrieben, sondern gesichert: ${backups.join(", ")}.`,
    );
  }
  return { notices: [...notices, ...plan.notices], backups };
}
