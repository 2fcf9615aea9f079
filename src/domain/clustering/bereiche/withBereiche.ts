import type { ClusterModel } from "../clusterModel";
import type { ClusterResult } from "../types";
import { assignBereiche } from "./assignBereiche";
import type { BereichModel } from "./types";

/** The cut's result with its Bereiche: every cluster of `result` in exactly one Bereich. */
export function withBereiche(
  model: ClusterModel,
  bereichModel: BereichModel,
  result: ClusterResult,
): ClusterResult {
  return {
    ...result,
    overview: { choice: bereichModel.choice, ...assignBereiche(model, bereichModel, result.clusters) },
  };
}
