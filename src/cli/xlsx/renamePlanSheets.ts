import type { PlanCell, SummaryPlan } from "../../domain/summary/types";

const prefix = (sheet: string): string => `'${sheet.replaceAll("'", "''")}'!`;

/**
 * Gives the report's sheets other names where the user's workbook already has a sheet of that name (an
 * inventory on a sheet called "Diagramme" keeps its name and content): "Diagramme (Bericht)", … . Sheet
 * names, named cells, chart anchors and the sheet references inside formulas are renamed together.
 * Returns the plan unchanged when nothing collides.
 */
export function renamePlanSheets(plan: SummaryPlan, taken: readonly string[]): SummaryPlan {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const renames = new Map<string, string>();
  for (const sheet of plan.sheets) {
    if (!used.has(sheet.name.toLowerCase())) continue;
    let candidate = `${sheet.name} (Bericht)`.slice(0, 31);
    for (let n = 2; used.has(candidate.toLowerCase()); n++)
      candidate = `${sheet.name.slice(0, 22)} (Bericht ${n})`;
    used.add(candidate.toLowerCase());
    renames.set(sheet.name, candidate);
  }
  if (renames.size === 0) return plan;
  const name = (sheet: string): string => renames.get(sheet) ?? sheet;
  const formula = (text: string): string => {
    let out = text;
    for (const [from, to] of renames) out = out.replaceAll(prefix(from), prefix(to));
    return out;
  };
  const cell = (c: PlanCell): PlanCell =>
    c.value.kind === "formula" ? { ...c, value: { ...c.value, formula: formula(c.value.formula) } } : c;
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      name: name(s.name),
      cells: s.cells.map(cell),
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, formula: formula(cf.formula) })),
    })),
    names: plan.names.map((n) => ({ ...n, sheet: name(n.sheet) })),
    charts: plan.charts.map((c) => ({
      ...c,
      dataSheet: name(c.dataSheet),
      placement: { ...c.placement, sheet: name(c.placement.sheet) },
    })),
  };
}
