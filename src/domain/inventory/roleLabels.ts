import type { ColumnRole } from "./types";

/** German label of each column role, for the task pane and the CLI. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  id: "ID",
  name: "Leistung / Prozess",
  leikaKey: "LeiKa-Schlüssel",
  ozgId: "OZG-ID",
  ozgName: "OZG-Leistung",
  themenfeld: "Themenfeld",
  lebenslage: "Lebenslage",
  dezernat: "Dezernat",
  fachbereich: "Fachbereich / Amt / Team",
  fachanwendung: "Fachanwendung",
  hersteller: "Hersteller",
  status: "Status",
  reifegrad: "Reifegrad Ist",
  reifegradZiel: "Reifegrad Ziel",
  reifegradModell: "Reifegradmodell",
  fallzahl: "Fallzahl p.a.",
  fallzahlOnline: "davon online",
  kostenEinmalig: "Kosten einmalig",
  kostenLaufend: "Kosten laufend p.a.",
  termin: "Geplante Umsetzung",
  prioritaet: "Priorität",
  bemerkung: "Bemerkung",
  cluster: "Cluster",
};
