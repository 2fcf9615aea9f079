import { toWorkbookError } from "./toWorkbookError";

/**
 * Runs one user intent as one `Excel.run` batch. Errors are rethrown as `WorkbookError` (German message,
 * original kept as `innerError`); nothing is logged and swallowed here — the task pane shows it once.
 */
export async function runExcel<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    // `return await` inside `try`, so a rejected batch is caught and mapped here.
    return await Excel.run(work);
  } catch (error) {
    throw toWorkbookError(error);
  }
}
