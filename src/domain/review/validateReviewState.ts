/** Structural check of a `ReviewState`: the invariants every reducer step must keep. */
import { getCluster, getProcess, nameKey } from "./internals/stateAccess";
import type { ReviewState } from "./types";

/**
 * Returns a description of every broken invariant (empty when the state is sound), in English: it is a
 * developer's check (tests, assertions), never shown to users. Invariants:
 * order arrays and maps agree; every process is in exactly one existing cluster (a partition);
 * only manual clusters may be empty; cluster names are unique ignoring case; no "nicht zusammen"
 * pair shares a cluster; pairs are canonical, sorted and unique.
 */
export function validateReviewState(state: ReviewState): string[] {
  const problems: string[] = [];
  const clusterIds = Object.keys(state.clusters);
  const processKeys = Object.keys(state.processes);
  if (
    new Set(state.clusterOrder).size !== state.clusterOrder.length ||
    clusterIds.length !== state.clusterOrder.length
  ) {
    problems.push("clusterOrder does not match the clusters.");
  }
  if (
    new Set(state.processOrder).size !== state.processOrder.length ||
    processKeys.length !== state.processOrder.length
  ) {
    problems.push("processOrder does not match the processes.");
  }
  const sizes = new Map<string, number>();
  for (const key of state.processOrder) {
    const process = getProcess(state, key);
    if (process === undefined) {
      problems.push(`Process ${key} is missing.`);
      continue;
    }
    if (process.key !== key) problems.push(`Process ${key} carries the key ${process.key}.`);
    if (getCluster(state, process.clusterId) === undefined)
      problems.push(`Process ${key} is in no existing cluster.`);
    sizes.set(process.clusterId, (sizes.get(process.clusterId) ?? 0) + 1);
  }
  const names = new Set<string>();
  for (const id of state.clusterOrder) {
    const cluster = getCluster(state, id);
    if (cluster === undefined) {
      problems.push(`Cluster ${id} is missing.`);
      continue;
    }
    if (cluster.id !== id) problems.push(`Cluster ${id} carries the id ${cluster.id}.`);
    if (!sizes.has(id) && cluster.origin !== "manual")
      problems.push(`Proposed cluster ${cluster.name} is empty.`);
    const key = nameKey(cluster.name);
    if (key === "" || names.has(key))
      problems.push(`Cluster name "${cluster.name}" is empty or taken twice.`);
    names.add(key);
  }
  let previous = "";
  for (const [a, b] of state.cannotLink) {
    const joined = `${a}\u0000${b}`;
    if (!(a < b) || joined <= previous) problems.push(`Pair ${a}/${b} is not in canonical order.`);
    previous = joined;
    const pa = getProcess(state, a);
    const pb = getProcess(state, b);
    if (pa === undefined || pb === undefined) problems.push(`Pair ${a}/${b} refers to unknown processes.`);
    else if (pa.clusterId === pb.clusterId)
      problems.push(`${a} and ${b} share a cluster despite "cannot link".`);
  }
  return problems;
}
