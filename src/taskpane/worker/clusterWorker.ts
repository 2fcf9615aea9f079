/// <reference lib="webworker" />
import type { ClusterRequest } from "./clusterProtocol";
import { createClusterRequestHandler } from "./handleClusterRequest";
import { clusterResponseParts } from "./internals/clusterResponseParts";

// Runs the clustering off the main thread, so the pane stays responsive while 3,000 rows are compared.
const handle = createClusterRequestHandler();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ClusterRequest>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (event) =>
  void handle(event.data).then((response) => {
    for (const part of clusterResponseParts(response)) scope.postMessage(part);
  });
