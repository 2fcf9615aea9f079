/** Puts the clusters of a review state into the Bereiche of an engine proposal, keeping reviewers' decisions. */
import type { ClusterResult } from "../clustering/types";
import type { Message } from "../messages/types";
import { getCluster, nameKey, withCluster } from "./internals/stateAccess";
import { NO_REASON, type ReviewProcess, type ReviewState } from "./types";

/** Bereich of a state whose proposal has no Bereich level. */
export const WHOLE_INVENTORY_BEREICH = "Alle Prozesse";

/** The previous review, to keep Bereich names reviewers gave. */
export interface PreviousBereiche {
  readonly state: ReviewState;
  /** Previous process per current key (matched by key or name). */
  readonly previousOf: ReadonlyMap<string, ReviewProcess>;
}

interface Proposed {
  readonly label: string;
  readonly reason: Message;
}

/**
 * Sets `bereich` and `bereichReason` of every cluster whose Bereich is not a reviewer's decision: the
 * proposed Bereich most of its members are in (ties: the earlier Bereich of the proposal). With a
 * previous review, a proposed Bereich takes the name of the previous Bereich it shares most processes
 * with among clusters placed by the proposal (so a renamed Bereich keeps its name on a re-run); each
 * previous name is taken once. Clusters
 * whose Bereich a reviewer chose (`bereichManual`) keep it. Empty clusters keep theirs. Pure.
 */
export function placeInBereiche(
  state: ReviewState,
  result: ClusterResult,
  previous: PreviousBereiche | null = null,
): ReviewState {
  const overview = result.overview;
  const proposedOf = new Map<string, Proposed>();
  const bereichOfCluster = new Map<string, string>();
  const order: string[] = [];
  for (const b of overview?.bereiche ?? []) {
    order.push(b.label);
    for (const id of b.clusterIds) bereichOfCluster.set(id, b.label);
  }
  for (const cluster of result.clusters) {
    const label = bereichOfCluster.get(cluster.id) ?? WHOLE_INVENTORY_BEREICH;
    const reason = overview?.clusterReasons[cluster.id] ?? NO_REASON;
    for (const key of cluster.keys) proposedOf.set(key, { label, reason });
  }
  const renamed = previous === null ? new Map<string, string>() : previousNames(proposedOf, order, previous);
  const rank = new Map(order.map((label, i) => [label, i] as const));
  const members = new Map<string, string[]>();
  for (const key of state.processOrder) {
    const process = state.processes[key];
    if (process === undefined) continue;
    const list = members.get(process.clusterId);
    if (list === undefined) members.set(process.clusterId, [key]);
    else list.push(key);
  }
  let next = state;
  for (const id of state.clusterOrder) {
    const cluster = getCluster(state, id);
    if (cluster === undefined || (cluster.bereichManual && cluster.bereich !== "")) continue;
    const counts = new Map<string, { count: number; reason: Message }>();
    for (const key of members.get(id) ?? []) {
      const proposed = proposedOf.get(key);
      if (proposed === undefined) continue;
      const current = counts.get(proposed.label);
      counts.set(proposed.label, {
        count: (current?.count ?? 0) + 1,
        reason: current?.reason ?? proposed.reason,
      });
    }
    let best: string | undefined;
    let bestCount = 0;
    for (const [label, { count }] of counts) {
      const earlier = (rank.get(label) ?? Infinity) < (rank.get(best ?? "") ?? Infinity);
      if (count > bestCount || (count === bestCount && earlier)) [best, bestCount] = [label, count];
    }
    if (best === undefined) {
      if (cluster.bereich === "") next = withCluster(next, { ...cluster, bereich: WHOLE_INVENTORY_BEREICH });
      continue;
    }
    const bereich = renamed.get(best) ?? best;
    next = withCluster(next, {
      ...cluster,
      bereich,
      bereichReason: counts.get(best)?.reason ?? NO_REASON,
      bereichManual: false,
    });
  }
  return next;
}

/** Proposed label → the previous Bereich name sharing most of its processes (largest proposals first). */
function previousNames(
  proposedOf: ReadonlyMap<string, Proposed>,
  order: readonly string[],
  previous: PreviousBereiche,
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  const sizes = new Map<string, number>();
  for (const [key, proposed] of proposedOf) {
    sizes.set(proposed.label, (sizes.get(proposed.label) ?? 0) + 1);
    const old = previous.previousOf.get(key);
    const cluster = old === undefined ? undefined : getCluster(previous.state, old.clusterId);
    // Clusters a reviewer moved keep their own Bereich; only the others tell what a Bereich is called.
    const bereich = cluster === undefined || cluster.bereichManual ? "" : cluster.bereich;
    if (bereich === "") continue;
    const tally = votes.get(proposed.label) ?? new Map<string, number>();
    tally.set(bereich, (tally.get(bereich) ?? 0) + 1);
    votes.set(proposed.label, tally);
  }
  const claimed = new Set<string>();
  const renamed = new Map<string, string>();
  const byRank = [...order].sort((p, q) => (sizes.get(q) ?? 0) - (sizes.get(p) ?? 0));
  const taken = new Set(order.map(nameKey));
  for (const label of byRank) {
    let best: string | undefined;
    let bestCount = 0;
    for (const [name, count] of [...(votes.get(label) ?? [])].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
      if (count > bestCount && !claimed.has(nameKey(name))) [best, bestCount] = [name, count];
    }
    // Take a previous name only when it is this proposal's own name or no other proposal is called so.
    if (best === undefined || (nameKey(best) !== nameKey(label) && taken.has(nameKey(best)))) continue;
    claimed.add(nameKey(best));
    renamed.set(label, best);
  }
  return renamed;
}
