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
  for (const process of presentEntries(
    state.processOrder,
    (key) => getProcess(state, key),
    "Process",
    problems,
  )) {
    if (getCluster(state, process.clusterId) === undefined)
      problems.push(`Process ${process.key} is in no existing cluster.`);
    sizes.set(process.clusterId, (sizes.get(process.clusterId) ?? 0) + 1);
  }
  const names = new Set<string>();
  for (const cluster of presentEntries(
    state.clusterOrder,
    (id) => getCluster(state, id),
    "Cluster",
    problems,
  )) {
    if (!sizes.has(cluster.id) && cluster.origin !== "manual")
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

/** The entries an order array names, in order; reports keys without an entry or whose entry carries another key. */
function presentEntries<T extends { readonly id: string } | { readonly key: string }>(
  order: readonly string[],
  lookUp: (key: string) => T | undefined,
  kind: string,
  problems: string[],
): T[] {
  const present: T[] = [];
  for (const key of order) {
    const entry = lookUp(key);
    if (entry === undefined) {
      problems.push(`${kind} ${key} is missing.`);
      continue;
    }
    const own = "id" in entry ? entry.id : entry.key;
    if (own !== key) problems.push(`${kind} ${key} carries the key ${own}.`);
    else present.push(entry);
  }
  return present;
}
