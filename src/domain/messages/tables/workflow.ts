import type { MessageTable } from "../types";

/** Codes of this area, prefixed "workflow.". */
type WorkflowCode =
  | "workflow.oddStatuses"
  | "workflow.otherModel"
  | "workflow.unassigned"
  | "workflow.historyFirst"
  | "workflow.historySince"
  | "workflow.historySkipped"
  | "workflow.noPageLayout"
  | "workflow.ownNamesKept"
  | "workflow.reportSheetsBackedUp";

/** Workflow and report notices shown in the pane or printed by the command line. */
export const workflowMessages: MessageTable<WorkflowCode> = {
  de: {
    "workflow.oddStatuses":
      "{count} Prozesse haben einen Status, den die Formeln nicht zuordnen (z. B. {examples}); sie zählen als „{bucket}“.",
    "workflow.otherModel":
      "{count} Prozesse sind nach einem anderen Reifegradmodell bewertet als {modell}; ihre Stufen werden trotzdem mitgezählt.",
    "workflow.unassigned": "{count} Prozesse gehören zu keinem Cluster und fehlen in der Übersicht.",
    "workflow.historyFirst":
      "Der Stand vom {date} ist im Blatt „{sheet}“ festgehalten; der nächste Bericht zeigt die Veränderung seither.",
    "workflow.historySince":
      "Der Stand vom {date} ist im Blatt „{sheet}“ festgehalten; die Übersicht zeigt die Veränderung seit dem Bericht vom {previous}.",
    "workflow.historySkipped":
      "{count} Zeilen im Blatt „{sheet}“ haben keinen gültigen Stichtag, keine Ebene oder keine Anzahl; sie bleiben stehen, zählen aber nicht für den Vergleich.",
    "workflow.noPageLayout":
      "Diese Excel-Version kann das Seitenlayout nicht per Add-in setzen (ExcelApi 1.9 fehlt). Bitte vor dem Drucken A4 quer, „Alle Spalten auf einer Seite“ und Kopf-/Fußzeile selbst einstellen.",
    "workflow.ownNamesKept":
      "Die Arbeitsmappe hat eigene Namen {names}; sie wurden nicht verändert und die Berichtsformeln verwenden deren Werte. Wenn der Bericht die eigenen Werte des Berichts verwenden soll, die Namen umbenennen und den Bericht erneut schreiben.",
    "workflow.reportSheetsBackedUp":
      "Von Hand geänderte Berichtsblätter wurden nicht überschrieben, sondern gesichert: {sheets}.",
  },
  en: {
    "workflow.oddStatuses":
      "{count} processes have a status the formulas do not recognise (e.g. {examples}); they count as “{bucket}” (other / not stated).",
    "workflow.otherModel":
      "{count} processes are rated by a maturity model other than {modell}; their levels are counted all the same.",
    "workflow.unassigned": "{count} processes belong to no cluster and are missing from the overview.",
    "workflow.historyFirst":
      "The state of {date} is recorded on the sheet “{sheet}”; the next report shows the change since then.",
    "workflow.historySince":
      "The state of {date} is recorded on the sheet “{sheet}”; the overview shows the change since the report of {previous}.",
    "workflow.historySkipped":
      "{count} rows on the sheet “{sheet}” have no valid reference date, level or count; they stay in place but do not count for the comparison.",
    "workflow.noPageLayout":
      "This Excel version cannot set the page layout from an add-in (ExcelApi 1.9 is missing). Before printing, please set A4 landscape, “Fit all columns on one page” and the header and footer yourself.",
    "workflow.ownNamesKept":
      "The workbook has its own names {names}; they were left unchanged and the report’s formulas use their values. If the report should use its own values, rename those names and write the report again.",
    "workflow.reportSheetsBackedUp":
      "Report sheets changed by hand were not overwritten but backed up: {sheets}.",
  },
};
