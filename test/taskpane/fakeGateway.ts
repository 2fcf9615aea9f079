import type { WorkbookGateway } from "../../src/excel/gateway";

/** A gateway for component tests: fixed answers, no Office. Override methods per test. */
export function makeFakeGateway(overrides: Partial<WorkbookGateway> = {}): WorkbookGateway {
  return {
    readOverview: async () => ({ sheetNames: ["Prozessinventar"], activeSheetName: "Prozessinventar", activeSheetTableCount: 1 }),
    ...overrides,
  };
}
