import type { ClusterEngine } from "./clusterProtocol";
import { createClusterRespond } from "./handleClusterRequest";
import { engineOver } from "./internals/engineOver";
import { overInline } from "./internals/transports";

/**
 * The engine on the calling thread, for jsdom tests (no Worker there). Goes through the same handler
 * and the same parts as the worker and answers asynchronously, so components behave the same.
 */
export function createInlineClusterEngine(): ClusterEngine {
  return overInline(createClusterRespond(), engineOver).engine;
}
