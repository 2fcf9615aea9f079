/** @internal Optional annex: one sheet per cluster listing its members (values, no formulas). */
import type { ColumnRole, ProcessRecord } from "../../inventory/types";
import { inventorySheetValue, type SheetValue } from "../inventorySheetValue";
import type { PlanCell, PlanSheet, PlanValue, SummaryCluster } from "../types";
import { FORMAT_DATE } from "./overviewColumns";
import { printSetup, textColumnWidth } from "./printSetup";

const DETAIL_COLUMNS: readonly { role: ColumnRole; header: string; width: number }[] = [
  { role: "name", header: "Prozess", width: 50 },
  { role: "fachbereich", header: "Fachbereich", width: 20 },
  { role: "status", header: "Status", width: 16 },
  { role: "reifegrad", header: "Reifegrad", width: 10 },
  { role: "termin", header: "Geplante Umsetzung", width: 14 },
];

/** Sheet name: "C01 Label", without characters Excel forbids, at most 31 characters, unique. */
function detailSheetName(index: number, label: string, taken: Set<string>): string {
  const clean = label
    .replace(/[[\]:*?/\\']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const prefix = `C${String(index + 1).padStart(2, "0")}`;
  let name = `${prefix} ${clean}`.slice(0, 31).trim();
  if (taken.has(name.toLowerCase())) name = prefix;
  taken.add(name.toLowerCase());
  return name;
}

function planValue(value: SheetValue): PlanValue | undefined {
  if (value === null) return undefined;
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") return { kind: "text", text: value };
  return { kind: "date", iso: value.date };
}

export function detailSheets(
  clusters: readonly SummaryCluster[],
  records: ReadonlyMap<string, ProcessRecord>,
  roleIndex: Readonly<Partial<Record<ColumnRole, number>>>,
  stichtag: string,
  drucksache: string | undefined,
  reservedNames: readonly string[],
): PlanSheet[] {
  const columns = DETAIL_COLUMNS.filter((c) => c.role === "name" || roleIndex[c.role] !== undefined);
  const taken = new Set(reservedNames.map((n) => n.toLowerCase()));
  return clusters.map((cluster, ci) => {
    const cells: PlanCell[] = [
      { row: 1, col: 1, value: { kind: "text", text: cluster.label }, numberFormat: "@", style: "title" },
      {
        row: 2,
        col: 1,
        value: { kind: "text", text: `${cluster.keys.length} Teilprozesse` },
        style: "label",
      },
    ];
    columns.forEach((c, j) =>
      cells.push({ row: 4, col: j + 1, value: { kind: "text", text: c.header }, style: "header" }),
    );
    cluster.keys.forEach((key, i) => {
      const record = records.get(key);
      if (record === undefined) return;
      columns.forEach((c, j) => {
        const index = roleIndex[c.role] ?? -1;
        const value = planValue(c.role === "name" ? record.name : inventorySheetValue(record, index, c.role));
        if (value === undefined) return;
        const numberFormat = value.kind === "text" ? "@" : value.kind === "date" ? FORMAT_DATE : "0";
        cells.push({ row: 5 + i, col: j + 1, value, numberFormat, style: "body" });
      });
    });
    return {
      name: detailSheetName(ci, cluster.label, taken),
      kind: "details" as const,
      cells,
      // Text columns as wide as their content (within limits); longer names wrap, never run over.
      columnWidths: columns.map((c, j) =>
        c.role === "name" || c.role === "fachbereich"
          ? textColumnWidth(
              cells.flatMap((cell) =>
                cell.row >= 4 && cell.col === j + 1 && cell.value.kind === "text" ? [cell.value.text] : [],
              ),
              c.role === "name" ? 24 : 12,
              c.role === "name" ? 60 : 30,
            )
          : c.width,
      ),
      wrap: {
        cols: columns.flatMap((c, j) => (c.role === "name" || c.role === "fachbereich" ? [j + 1] : [])),
        fromRow: 5,
      },
      frozenRows: 4,
      conditionalFormats: [],
      print: printSetup(stichtag, drucksache, { first: 4, last: 4 }),
    };
  });
}
