import { ROLE_LABELS as GERMAN_ROLE_LABELS } from "../../domain/inventory/roleLabels";
import type { ColumnRole } from "../../domain/inventory/types";
import type { Language } from "./strings";

/** Display names of the column roles in the mapping dropdowns, per language. */
export const ROLE_LABELS: Readonly<Record<Language, Readonly<Record<ColumnRole, string>>>> = {
  // German labels are the domain's own, so the pane, the CLI and the issue messages use the same words.
  de: GERMAN_ROLE_LABELS,
  en: {
    id: "ID",
    name: "Name",
    leikaKey: "LeiKa key",
    ozgId: "OZG ID",
    ozgName: "OZG service",
    themenfeld: "Subject area",
    lebenslage: "Life event",
    dezernat: "Department",
    fachbereich: "Division",
    fachanwendung: "Application",
    hersteller: "Vendor",
    status: "Status",
    reifegrad: "Maturity",
    reifegradZiel: "Maturity (target)",
    reifegradModell: "Maturity model",
    fallzahl: "Cases",
    fallzahlOnline: "Cases online",
    kostenEinmalig: "One-off costs",
    kostenLaufend: "Running costs",
    termin: "Date",
    prioritaet: "Priority",
    bemerkung: "Remark",
    cluster: "Cluster",
  },
};
