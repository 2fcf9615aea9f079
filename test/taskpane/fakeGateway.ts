import type { RawGrid } from "../../src/domain/inventory/types";
import { DEFAULT_REVIEW_SETTINGS } from "../../src/domain/review/settingsSheet";
import type { WorkbookGateway } from "../../src/workbook/gateway";
import { EMPTY_HISTORY } from "../../src/domain/summary/history";

/** A small inventory grid as the gateway would read it from a table. */
export function makeGrid(rows: readonly (readonly (string | number)[])[] = SMALL_INVENTORY): RawGrid {
  return { values: rows, firstRow: 1, firstColumn: 0, sheetName: "Prozessinventar", tableName: "Prozesse" };
}

export const SMALL_INVENTORY: readonly (readonly (string | number)[])[] = [
  ["ID", "Teilprozess", "Fachanwendung", "Status", "Reifegrad"],
  ["P1", "Kfz-Zulassung beantragen", "OK.VORFAHRT", "online", 3],
  ["P2", "Kfz-Abmeldung", "OK.VORFAHRT", "online", 3],
  ["P3", "Kraftfahrzeug Umschreibung", "OK.VORFAHRT", "in Umsetzung", 2],
  ["P4", "Wohngeld beantragen", "DiWo", "Pilot", 2],
  ["P5", "Wohngeld Weiterbewilligung", "DiWo", "nicht begonnen", 0],
  ["P6", "Hundesteuer Anmeldung", "Steuer", "in Planung", 1],
];

/** A gateway for component tests: fixed answers, no Office. Override methods per test. */
export function makeFakeGateway(overrides: Partial<WorkbookGateway> = {}): WorkbookGateway {
  return {
    readOverview: async () => ({
      sheetNames: ["Prozessinventar"],
      activeSheetName: "Prozessinventar",
      activeSheetTableCount: 1,
    }),
    readInventoryGrid: async () => makeGrid(),
    insertSample: async () => makeGrid(),
    selectCell: async () => undefined,
    readReview: async () => ({ decisions: null, settings: DEFAULT_REVIEW_SETTINGS }),
    writeReview: async () => undefined,
    readHistory: async () => ({ history: EMPTY_HISTORY, notices: [] }),
    writeReport: async (plan) => ({
      summarySheetName: plan.sheets[0]?.name ?? "Cluster-Übersicht",
      notices: [],
    }),
    ...overrides,
  };
}
