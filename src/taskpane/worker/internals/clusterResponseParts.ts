import type { ProposedCluster } from "../../../domain/clustering/types";
import type { ClusterResponse } from "../clusterProtocol";
import { CHUNK_SIZE } from "./chunks";

/** Groups clusters in order so that no part holds more than `CHUNK_SIZE` member keys (a large cluster alone). */
function clusterParts(clusters: readonly ProposedCluster[]): ProposedCluster[][] {
  const parts: ProposedCluster[][] = [];
  let current: ProposedCluster[] = [];
  let keys = 0;
  for (const cluster of clusters) {
    if (current.length > 0 && keys + cluster.keys.length > CHUNK_SIZE) {
      parts.push(current);
      current = [];
      keys = 0;
    }
    current.push(cluster);
    keys += cluster.keys.length;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * The messages the worker sends for one response: a large cut as `clusters` parts and then the cut
 * without them (the pane joins them again in `engineOver`), so no single message keeps the pane's thread
 * busy while it is copied in; every other response as it is.
 * @internal
 */
export function clusterResponseParts(response: ClusterResponse): ClusterResponse[] {
  if (!response.ok || response.type !== "cut") return [response];
  const parts = clusterParts(response.result.clusters);
  if (parts.length <= 1) return [response];
  return [
    ...parts.map((clusters): ClusterResponse => ({ id: response.id, ok: true, type: "clusters", clusters })),
    { ...response, result: { ...response.result, clusters: [] } },
  ];
}
