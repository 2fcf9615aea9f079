import { reportBuilderOver } from "./internals/reportBuilderOver";
import { overWorker } from "./internals/transports";
import { reportWorkerFailureMessage } from "./internals/workerFailureMessages";
import type { ReportBuilder } from "./reportProtocol";

/**
 * The report builder in a Web Worker (webpack 5 bundles `reportWorker.ts` as its own chunk). A worker
 * that fails as a whole makes every waiting and later call reject with a German message, so the pane is
 * never left busy.
 */
export function createWorkerReportBuilder(): ReportBuilder {
  const worker = new Worker(new URL("./reportWorker.ts", import.meta.url));
  return overWorker(worker, reportBuilderOver, reportWorkerFailureMessage).builder;
}
