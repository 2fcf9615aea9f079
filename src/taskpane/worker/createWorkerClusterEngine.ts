import type { ClusterEngine, ClusterResponse } from "./clusterProtocol";
import { engineOver } from "./internals/engineOver";

/** The engine in a Web Worker (webpack 5 bundles `clusterWorker.ts` as its own chunk). */
export function createWorkerClusterEngine(): ClusterEngine {
  const worker = new Worker(new URL("./clusterWorker.ts", import.meta.url));
  const { engine, receive } = engineOver(
    (request) => worker.postMessage(request),
    () => worker.terminate(),
  );
  worker.onmessage = (event: MessageEvent<ClusterResponse>) => receive(event.data);
  return engine;
}
