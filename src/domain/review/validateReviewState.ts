/** Structural check of a `ReviewState`: the invariants every reducer step must keep. */
import { getCluster, getProcess, nameKey } from "./internals/stateAccess";
import type { ReviewState } from "./types";

/**
 * Returns German descriptions of every broken invariant (empty when the state is sound):
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
    problems.push("Die Cluster-Reihenfolge passt nicht zu den Clustern.");
  }
  if (
    new Set(state.processOrder).size !== state.processOrder.length ||
    processKeys.length !== state.processOrder.length
  ) {
    problems.push("Die Prozess-Reihenfolge passt nicht zu den Prozessen.");
  }
  const sizes = new Map<string, number>();
  for (const key of state.processOrder) {
    const process = getProcess(state, key);
    if (process === undefined) {
      problems.push(`Prozess ${key} fehlt.`);
      continue;
    }
    if (process.key !== key) problems.push(`Prozess ${key} trägt den Schlüssel ${process.key}.`);
    if (getCluster(state, process.clusterId) === undefined)
      problems.push(`Prozess ${key} ist in keinem bestehenden Cluster.`);
    sizes.set(process.clusterId, (sizes.get(process.clusterId) ?? 0) + 1);
  }
  const names = new Set<string>();
  for (const id of state.clusterOrder) {
    const cluster = getCluster(state, id);
    if (cluster === undefined) {
      problems.push(`Cluster ${id} fehlt.`);
      continue;
    }
    if (cluster.id !== id) problems.push(`Cluster ${id} trägt die ID ${cluster.id}.`);
    if (!sizes.has(id) && cluster.origin !== "manual")
      problems.push(`Der vorgeschlagene Cluster ${cluster.name} ist leer.`);
    const key = nameKey(cluster.name);
    if (key === "" || names.has(key))
      problems.push(`Der Cluster-Name „${cluster.name}“ ist leer oder doppelt.`);
    names.add(key);
  }
  let previous = "";
  for (const [a, b] of state.cannotLink) {
    const joined = `${a}\u0000${b}`;
    if (!(a < b) || joined <= previous) problems.push(`Das Paar ${a}/${b} ist nicht kanonisch sortiert.`);
    previous = joined;
    const pa = getProcess(state, a);
    const pb = getProcess(state, b);
    if (pa === undefined || pb === undefined)
      problems.push(`Das Paar ${a}/${b} verweist auf unbekannte Prozesse.`);
    else if (pa.clusterId === pb.clusterId)
      problems.push(`${a} und ${b} sind trotz „nicht zusammen“ im selben Cluster.`);
  }
  return problems;
}
