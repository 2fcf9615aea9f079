/**
 * Small, deterministic inventories for the report tests, built directly as `Inventory` values so the
 * report does not depend on the parser. `cells` hold display text as a parser would give it.
 */
import type { ColumnRole, Inventory, ProcessRecord, ProcessStatus } from "../../src/domain/inventory/types";
import type { SummaryCluster } from "../../src/domain/summary/types";

export interface RowSpec {
  readonly name: string;
  readonly cluster: string;
  readonly status?: ProcessStatus;
  /** Status text as written when it is not a known status (record.status stays undefined). */
  readonly statusRaw?: string;
  readonly reifegrad?: number;
  readonly fallzahl?: number;
  readonly fallzahlOnline?: number;
  readonly kostenEinmalig?: number;
  readonly kostenLaufend?: number;
  readonly termin?: string;
  readonly fachbereich?: string;
  /** Display text overrides per role (e.g. an error cell "#NV" that did not parse). */
  readonly raw?: Partial<Record<ColumnRole, string>>;
}

export const HEADERS: Readonly<Partial<Record<ColumnRole, string>>> = {
  id: "ID",
  name: "Leistung",
  fachbereich: "Fachbereich",
  status: "Status",
  reifegrad: "Reifegrad Ist",
  fallzahl: "Fallzahl p.a.",
  fallzahlOnline: "davon online",
  kostenEinmalig: "Kosten einmalig (€)",
  kostenLaufend: "Kosten laufend p.a. (€)",
  termin: "Geplante Umsetzung",
  bemerkung: "Bemerkung",
};

export const ALL_ROLES: readonly ColumnRole[] = [
  "id",
  "name",
  "fachbereich",
  "status",
  "reifegrad",
  "fallzahl",
  "fallzahlOnline",
  "kostenEinmalig",
  "kostenLaufend",
  "termin",
  "bemerkung",
];

const display = (role: ColumnRole, spec: RowSpec, i: number): string => {
  const raw = spec.raw?.[role];
  if (raw !== undefined) return raw;
  switch (role) {
    case "id":
      return `P-${String(i + 1).padStart(3, "0")}`;
    case "name":
      return spec.name;
    case "status":
      return spec.status ?? spec.statusRaw ?? "";
    case "termin": {
      if (spec.termin === undefined) return "";
      const [y, m, d] = spec.termin.split("-");
      return `${d}.${m}.${y}`;
    }
    case "fachbereich":
      return spec.fachbereich ?? "";
    case "bemerkung":
      return i % 7 === 0 ? "siehe Vorlage" : "";
    default: {
      const v = spec[role as keyof RowSpec];
      return typeof v === "number" ? String(v) : "";
    }
  }
};

/** Builds an inventory with the given columns (in that order) and the clusters from the rows' `cluster`. */
export function makeInventory(
  rows: readonly RowSpec[],
  roles: readonly ColumnRole[] = ALL_ROLES,
): { inventory: Inventory; clusters: SummaryCluster[] } {
  const headers = roles.map((r) => HEADERS[r] ?? r);
  const records: ProcessRecord[] = rows.map((spec, i) => {
    const has = (r: ColumnRole): boolean => roles.includes(r);
    const id = display("id", spec, i);
    const num = (r: "reifegrad" | "fallzahl" | "fallzahlOnline" | "kostenEinmalig" | "kostenLaufend") =>
      has(r) && spec[r] !== undefined && spec.raw?.[r] === undefined ? { [r]: spec[r] } : {};
    return {
      key: has("id") ? id : `row:${i + 2}`,
      row: i + 2,
      index: i,
      name: spec.name,
      ...(has("id") ? { id } : {}),
      ...(has("status") && spec.status !== undefined ? { status: spec.status } : {}),
      ...(has("status") && spec.statusRaw !== undefined ? { statusRaw: spec.statusRaw } : {}),
      ...num("reifegrad"),
      ...num("fallzahl"),
      ...num("fallzahlOnline"),
      ...num("kostenEinmalig"),
      ...num("kostenLaufend"),
      ...(has("termin") && spec.termin !== undefined && spec.raw?.termin === undefined
        ? { termin: spec.termin }
        : {}),
      ...(has("fachbereich") && spec.fachbereich !== undefined ? { fachbereich: spec.fachbereich } : {}),
      cells: roles.map((r) => display(r, spec, i)),
    };
  });
  const order: string[] = [];
  const members = new Map<string, string[]>();
  records.forEach((r, i) => {
    const label = rows[i]?.cluster ?? "";
    if (!members.has(label)) {
      order.push(label);
      members.set(label, []);
    }
    members.get(label)?.push(r.key);
  });
  return {
    inventory: {
      sheetName: "Prozessinventar",
      headerRow: 1,
      headers,
      columns: roles.map((role, index) => ({ header: headers[index] ?? "", index, role, confidence: 1 })),
      records,
      excludedCount: 0,
      issues: [],
      usable: records.length > 0,
    },
    clusters: order.map((label) => ({ label, keys: members.get(label) ?? [] })),
  };
}

/** A tiny seeded generator (LCG) so the sample is the same on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const STATUSES: readonly ProcessStatus[] = [
  "nicht begonnen",
  "in Planung",
  "in Umsetzung",
  "Pilot",
  "online",
  "zurückgestellt",
];
const SAMPLE_CLUSTERS = [
  "Kfz-Zulassungswesen",
  "Führerscheinwesen",
  "Meldewesen",
  "Bauen* & Wohnen",
  "<Sonstige Leistungen>",
];

/** A sample-like inventory: `n` rows in 5 clusters, all columns, a formula-looking name, tricky labels. */
export function sampleRows(n = 40, seed = 7): RowSpec[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const status = pick(STATUSES);
    const fallzahl = Math.floor(rnd() * 5000);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, "0");
    return {
      name:
        i === 3
          ? "=SUMME(1;2) Formel im Namen"
          : `Leistung ${i + 1} ${pick(["Antrag", "Erteilung", "Anzeige"])}`,
      cluster: SAMPLE_CLUSTERS[i % SAMPLE_CLUSTERS.length] ?? "Rest",
      status,
      reifegrad: Math.floor(rnd() * 5),
      fallzahl,
      fallzahlOnline: status === "online" ? Math.floor(fallzahl * rnd()) : 0,
      kostenEinmalig: Math.round(rnd() * 100_000) / 100,
      kostenLaufend: Math.round(rnd() * 5_000),
      ...(rnd() < 0.8 ? { termin: `${rnd() < 0.5 ? 2025 : 2026}-${month}-15` } : {}),
      fachbereich: pick(["FB 32", "FB 36", "FB 63"]),
    };
  });
}
