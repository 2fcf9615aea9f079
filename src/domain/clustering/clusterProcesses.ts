import { buildClusterModel } from "./buildClusterModel";
import { cutClusterModel } from "./cutClusterModel";
import type { ClusterOptions, ClusterResult, ProcessRecord } from "./types";

/**
 * Proposes clusters for the processes in one call: `buildClusterModel` then `cutClusterModel` at
 * `options.granularity` with `options.constraints`. Keep the model instead when the granularity
 * will change (slider), so only the cheap cut repeats. Pure and deterministic: the same records in
 * any order give the same clusters, labels and reasons.
 */
export function clusterProcesses(
  records: readonly ProcessRecord[],
  options: ClusterOptions = {},
): ClusterResult {
  return cutClusterModel(buildClusterModel(records, options), options.granularity, options.constraints ?? {});
}
