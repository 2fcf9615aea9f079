import { msg } from "../../messages/renderMessage";
/**
 * @internal Reducer cases of the upper level: move clusters to a Bereich (or a new one: a split),
 * rename a Bereich, merge Bereiche. A Bereich is the set of clusters that carry its name, so it exists
 * while it has clusters; names compare case-insensitively like cluster names.
 */
import type { ProtocolEntry, ReviewAction, ReviewCluster, ReviewOutcome, ReviewState } from "../types";
import { done, entry, refuse } from "./outcome";
import { getCluster, nameKey, withCluster } from "./stateAccess";

type ActionOf<T extends ReviewAction["type"]> = Extract<ReviewAction, { type: T }>;

const MANUAL_REASON = msg("cluster.assignedByReviewer");

/** Bereich names of the state, in cluster order, without duplicates. */
export function bereichNames(state: ReviewState): string[] {
  const seen = new Map<string, string>();
  for (const id of state.clusterOrder) {
    const bereich = getCluster(state, id)?.bereich ?? "";
    if (bereich !== "" && !seen.has(nameKey(bereich))) seen.set(nameKey(bereich), bereich);
  }
  return [...seen.values()];
}

/** The existing spelling of a Bereich name, or the trimmed name itself when it is new. */
function existingName(state: ReviewState, name: string): string {
  const wanted = nameKey(name);
  return bereichNames(state).find((b) => nameKey(b) === wanted) ?? name.trim();
}

function clustersIn(state: ReviewState, bereich: string): ReviewCluster[] {
  const wanted = nameKey(bereich);
  return state.clusterOrder.flatMap((id) => {
    const cluster = getCluster(state, id);
    return cluster !== undefined && nameKey(cluster.bereich) === wanted ? [cluster] : [];
  });
}

export function moveClustersToBereich(
  state: ReviewState,
  action: ActionOf<"moveClustersToBereich">,
): ReviewOutcome {
  if (action.bereich.trim() === "") return refuse(state, msg("review.bereichNameMissing"));
  const target = existingName(state, action.bereich);
  let next = state;
  const entries: ProtocolEntry[] = [];
  for (const id of action.clusterIds) {
    const cluster = getCluster(state, id);
    if (cluster === undefined) return refuse(state, msg("review.clusterMissing", { id }));
    if (nameKey(cluster.bereich) === nameKey(target)) continue;
    next = withCluster(next, {
      ...cluster,
      bereich: target,
      bereichReason: MANUAL_REASON,
      bereichManual: true,
    });
    entries.push(
      entry(action, "Bereich gewechselt", { process: cluster.name, from: cluster.bereich, to: target }),
    );
  }
  return done(entries.length === 0 ? state : next, entries);
}

export function renameBereich(state: ReviewState, action: ActionOf<"renameBereich">): ReviewOutcome {
  const members = clustersIn(state, action.from);
  if (members.length === 0) return refuse(state, msg("review.bereichMissing", { bereich: action.from }));
  const to = action.to.trim();
  if (to === "") return refuse(state, msg("review.bereichNameMissing"));
  const from = members[0]?.bereich ?? action.from;
  if (to === from) return done(state, []);
  if (nameKey(to) !== nameKey(from) && clustersIn(state, to).length > 0) {
    return refuse(state, msg("review.bereichExists", { bereich: to }));
  }
  let next = state;
  for (const cluster of members) next = withCluster(next, { ...cluster, bereich: to });
  return done(next, [entry(action, "Bereich umbenannt", { from: from, to: to })]);
}

export function mergeBereiche(state: ReviewState, action: ActionOf<"mergeBereiche">): ReviewOutcome {
  if (action.target.trim() === "") return refuse(state, msg("review.bereichNameMissing"));
  const sources = [...new Set(action.sources.map(nameKey))];
  if (sources.length < 2) return refuse(state, msg("review.mergeTwoBereiche"));
  const missing = action.sources.find((name) => clustersIn(state, name).length === 0);
  if (missing !== undefined) return refuse(state, msg("review.bereichMissing", { bereich: missing }));
  const target = existingName(state, action.target);
  const outside = clustersIn(state, target).length > 0 && !sources.includes(nameKey(target));
  if (outside) {
    return refuse(state, msg("review.bereichNameTaken", { name: target }));
  }
  let next = state;
  const names: string[] = [];
  for (const source of sources) {
    const members = clustersIn(state, source);
    names.push(members[0]?.bereich ?? source);
    for (const cluster of members) {
      next = withCluster(next, {
        ...cluster,
        bereich: target,
        bereichReason: MANUAL_REASON,
        bereichManual: true,
      });
    }
  }
  return done(next, [entry(action, "Bereiche zusammengelegt", { from: names.join(", "), to: target })]);
}
