/**
 * @internal Safe lookups and small immutable updates on a `ReviewState`.
 * Lookups use `Object.hasOwn`, so keys such as "constructor" never hit `Object.prototype`.
 */
import type { CannotLinkPair, ReviewCluster, ReviewProcess, ReviewState } from "../types";

export function getCluster(state: ReviewState, id: string): ReviewCluster | undefined {
  return Object.hasOwn(state.clusters, id) ? state.clusters[id] : undefined;
}

export function getProcess(state: ReviewState, key: string): ReviewProcess | undefined {
  return Object.hasOwn(state.processes, key) ? state.processes[key] : undefined;
}

/** Member keys of a cluster in process order. */
export function memberKeys(state: ReviewState, clusterId: string): string[] {
  return state.processOrder.filter((key) => getProcess(state, key)?.clusterId === clusterId);
}

/** Normalised form for name comparisons: trimmed, inner whitespace collapsed, lower case. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("de-DE");
}

/** The cluster whose name equals `name` (case-insensitive), ignoring `exceptId`. */
export function clusterByName(
  state: ReviewState,
  name: string,
  exceptId?: string,
): ReviewCluster | undefined {
  const wanted = nameKey(name);
  for (const id of state.clusterOrder) {
    const cluster = getCluster(state, id);
    if (cluster !== undefined && id !== exceptId && nameKey(cluster.name) === wanted) return cluster;
  }
  return undefined;
}

/** `base`, or `base (2)`, `base (3)` … — the first name not yet used by another cluster. */
export function uniqueClusterName(state: ReviewState, base: string): string {
  const trimmed = base.trim() === "" ? "Cluster" : base.trim();
  if (clusterByName(state, trimmed) === undefined) return trimmed;
  for (let n = 2; ; n += 1) {
    const candidate = `${trimmed} (${n})`;
    if (clusterByName(state, candidate) === undefined) return candidate;
  }
}

/** `base`, or `base-2`, `base-3` … — the first id not yet used. */
export function uniqueClusterId(state: ReviewState, base: string): string {
  if (getCluster(state, base) === undefined) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (getCluster(state, candidate) === undefined) return candidate;
  }
}

export function withCluster(state: ReviewState, cluster: ReviewCluster): ReviewState {
  const exists = getCluster(state, cluster.id) !== undefined;
  return {
    ...state,
    clusters: { ...state.clusters, [cluster.id]: cluster },
    clusterOrder: exists ? state.clusterOrder : [...state.clusterOrder, cluster.id],
  };
}

export function withoutCluster(state: ReviewState, id: string): ReviewState {
  const clusters = Object.fromEntries(Object.entries(state.clusters).filter(([key]) => key !== id));
  return { ...state, clusters, clusterOrder: state.clusterOrder.filter((other) => other !== id) };
}

export function withProcesses(state: ReviewState, changed: readonly ReviewProcess[]): ReviewState {
  if (changed.length === 0) return state;
  const processes: Record<string, ReviewProcess> = { ...state.processes };
  for (const process of changed) processes[process.key] = process;
  return { ...state, processes };
}

/** Removes proposed clusters that have no members left (manual ones may stay empty). */
export function withoutEmptyProposals(state: ReviewState): ReviewState {
  const used = new Set(state.processOrder.map((key) => getProcess(state, key)?.clusterId));
  let next = state;
  for (const id of state.clusterOrder) {
    const cluster = getCluster(state, id);
    if (cluster !== undefined && cluster.origin === "proposal" && !used.has(id))
      next = withoutCluster(next, id);
  }
  return next;
}

/** A pair in canonical order (`a < b`). */
export function canonicalPair(a: string, b: string): CannotLinkPair {
  return a < b ? [a, b] : [b, a];
}

/** Keys that must not share a cluster with `key`. */
export function cannotLinkPartners(state: ReviewState, key: string): string[] {
  const partners: string[] = [];
  for (const [a, b] of state.cannotLink) {
    if (a === key) partners.push(b);
    else if (b === key) partners.push(a);
  }
  return partners;
}

/**
 * The first cannot-link pair that would share `targetId` if `incoming` moved there, or undefined.
 * Members already in the target count, and so do the incoming keys among themselves.
 */
export function cannotLinkConflict(
  state: ReviewState,
  incoming: readonly string[],
  targetId: string,
): CannotLinkPair | undefined {
  const together = new Set([...memberKeys(state, targetId), ...incoming]);
  const moving = new Set(incoming);
  return state.cannotLink.find(
    ([a, b]) => together.has(a) && together.has(b) && (moving.has(a) || moving.has(b)),
  );
}
