import type { WorkbookGateway } from "./gateway";
import { readWorkbookOverview } from "./readWorkbookOverview";
import { runExcel } from "./runExcel";

/** The gateway backed by Office.js; each method is one `Excel.run`. */
export function createOfficeGateway(): WorkbookGateway {
  return {
    readOverview: () => runExcel(readWorkbookOverview),
  };
}
