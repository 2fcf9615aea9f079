/**
 * All text the task pane shows. German is the default; English is switchable. Components never
 * hard-code user-visible strings: they take them from here via `useStrings()`.
 */
export type Language = "de" | "en";

const de = {
  appName: "Prozesscluster",
  tagline: "Teilprozesse zu Clustern bündeln – für einen klaren Bericht an den Ausschuss.",
  languageLabel: "Sprache",
  languageGerman: "Deutsch",
  languageEnglish: "English",
  stepsLabel: "Arbeitsschritte",
  stepData: "Daten",
  stepDataHint: "Prozessinventar finden und Spalten bestätigen",
  stepProposal: "Vorschlag",
  stepProposalHint: "Cluster nach Fachanwendung, Thema oder Bezeichnung vorschlagen",
  stepReview: "Prüfen",
  stepReviewHint: "Cluster verschieben, zusammenführen, teilen, umbenennen, sperren",
  stepReport: "Bericht",
  stepReportHint: "Übersicht mit Formeln, Diagrammen und Drucklayout erstellen",
  start: "Los geht’s",
  offlineNote: "Alle Daten bleiben in dieser Arbeitsmappe. Es werden keine Daten übertragen.",
  errorTitle: "Das hat nicht geklappt",
  dismiss: "Schließen",
};

export type Strings = { readonly [K in keyof typeof de]: string };

const en: Strings = {
  appName: "Prozesscluster",
  tagline: "Bundle sub-processes into clusters – for a clear report to the committee.",
  languageLabel: "Language",
  languageGerman: "Deutsch",
  languageEnglish: "English",
  stepsLabel: "Steps",
  stepData: "Data",
  stepDataHint: "Find the process inventory and confirm its columns",
  stepProposal: "Proposal",
  stepProposalHint: "Propose clusters by application, subject or name",
  stepReview: "Review",
  stepReviewHint: "Move, merge, split, rename and lock clusters",
  stepReport: "Report",
  stepReportHint: "Create the overview with formulas, charts and print layout",
  start: "Get started",
  offlineNote: "All data stays in this workbook. Nothing is sent anywhere.",
  errorTitle: "That did not work",
  dismiss: "Dismiss",
};

export const STRINGS: Readonly<Record<Language, Strings>> = { de, en };
