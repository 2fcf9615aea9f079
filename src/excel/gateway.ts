import type { WorkbookOverview } from "./readWorkbookOverview";

/**
 * The one door from the task pane to the workbook. The Office implementation lives in
 * `officeGateway.ts`; the browser preview and component tests use an in-memory implementation.
 * Every method is one user intent (one `Excel.run` in Office) and rejects with a `WorkbookError`.
 */
export interface WorkbookGateway {
  /** Sheet names and the active sheet, for the start of the "Daten" step. */
  readOverview(): Promise<WorkbookOverview>;
}

export type { WorkbookOverview };
