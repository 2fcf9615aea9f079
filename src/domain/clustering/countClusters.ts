import type { ClusterModel } from "./clusterModel";
import { granularityToThreshold } from "./clusterModel";
import { resolveGranularity } from "./cutClusterModel";
import type { Granularity } from "./types";
import { mergesUpTo } from "./internals/dendrogram";
import { cutAvoidingPairs } from "./internals/applyConstraints";

/**
 * Number of clusters a cut at this granularity gives, before constraints, for a slider's live count.
 * Default granularity: the model's own. O(log n); O(n) when the sheet's Bereiche split clusters
 * (`ClusterModel.partition`), since a split follows the tree.
 */
export function countClusters(model: ClusterModel, granularity: Granularity = null): number {
  const g = resolveGranularity(model, granularity);
  const d = model.dendrogram;
  const m = mergesUpTo(d, granularityToThreshold(g));
  if (model.partition === undefined) return model.keys.length - m;
  return cutAvoidingPairs(d, m, new Uint8Array(d.n), new Map(), model.partition).length;
}
