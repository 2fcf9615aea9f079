import type { ClusterModel } from "./clusterModel";
import { granularityToThreshold } from "./clusterModel";
import { resolveGranularity } from "./cutClusterModel";
import type { Granularity } from "./types";
import { mergesUpTo } from "./internals/dendrogram";

/**
 * Number of clusters a cut at this granularity gives, before constraints (O(log n), for a slider's
 * live count). Default granularity: the model's own.
 */
export function countClusters(model: ClusterModel, granularity: Granularity = null): number {
  const g = resolveGranularity(model, granularity);
  return model.keys.length - mergesUpTo(model.dendrogram, granularityToThreshold(g));
}
