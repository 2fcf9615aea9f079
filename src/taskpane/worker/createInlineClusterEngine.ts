import type { ClusterEngine } from "./clusterProtocol";
import { createClusterRequestHandler } from "./handleClusterRequest";
import { engineOver } from "./internals/engineOver";

/**
 * The engine on the calling thread, for jsdom tests (no Worker there). Answers asynchronously like
 * the worker does, so components behave the same.
 */
export function createInlineClusterEngine(): ClusterEngine {
  const handle = createClusterRequestHandler();
  const { engine, receive } = engineOver(
    (request) => void handle(request).then(receive),
    () => undefined,
  );
  return engine;
}
