import type { ClusterEngine } from "./clusterProtocol";
import { engineOver } from "./internals/engineOver";
import { overWorker } from "./internals/transports";
import { workerFailureMessage } from "./internals/workerFailureMessages";

/**
 * The engine in a Web Worker (webpack 5 bundles `clusterWorker.ts` as its own chunk). A worker that
 * fails as a whole makes every waiting and later call reject with a German message (see
 * `workerFailureMessage`), so the pane is never left busy.
 */
export function createWorkerClusterEngine(): ClusterEngine {
  const worker = new Worker(new URL("./clusterWorker.ts", import.meta.url));
  return overWorker(worker, engineOver, workerFailureMessage).engine;
}
