import type { ClusterEngine, ClusterResponse } from "./clusterProtocol";
import { engineOver } from "./internals/engineOver";
import { workerFailureMessage } from "./internals/workerFailureMessage";

/**
 * The engine in a Web Worker (webpack 5 bundles `clusterWorker.ts` as its own chunk). A worker that
 * fails to load, throws outside a request or runs out of memory fires `error`; then every waiting and
 * later call rejects with a German message (see `workerFailureMessage`), so the pane is never left busy.
 */
export function createWorkerClusterEngine(): ClusterEngine {
  const worker = new Worker(new URL("./clusterWorker.ts", import.meta.url));
  const { engine, receive, fail } = engineOver(
    (request) => worker.postMessage(request),
    () => worker.terminate(),
  );
  worker.onmessage = (event: MessageEvent<ClusterResponse>) => receive(event.data);
  worker.onerror = (event: ErrorEvent) => {
    // Handled here: keep the browser from also reporting it as an uncaught error.
    event.preventDefault();
    fail(workerFailureMessage(event.message));
    worker.terminate();
  };
  worker.onmessageerror = () => fail(workerFailureMessage("messageerror"));
  return engine;
}
