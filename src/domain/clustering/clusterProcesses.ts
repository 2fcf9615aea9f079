import { buildBereichModel } from "./bereiche/buildBereichModel";
import { withBereiche } from "./bereiche/withBereiche";
import { buildClusterModel } from "./buildClusterModel";
import { cutClusterModel } from "./cutClusterModel";
import type { ClusterOptions, ClusterResult, ProcessRecord } from "./types";

/**
 * Proposes the two-level overview in one call: `buildClusterModel`, the Bereich votes
 * (`buildBereichModel`, from `options.bereich`), then `cutClusterModel` at `options.granularity` with
 * `options.constraints`, each cluster put into one Bereich. Keep the models instead when the
 * granularity will change (slider), so only the cheap cut repeats. Pure and deterministic: the same
 * records in any order give the same clusters, Bereiche, labels and reasons.
 */
export function clusterProcesses(
  records: readonly ProcessRecord[],
  options: ClusterOptions = {},
): ClusterResult {
  const model = buildClusterModel(records, options);
  const bereichModel = buildBereichModel(model, records, options.bereich, options.headers);
  return withBereiche(
    model,
    bereichModel,
    cutClusterModel(model, options.granularity, options.constraints ?? {}),
  );
}
