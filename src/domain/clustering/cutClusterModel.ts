import { msg } from "../messages/renderMessage";
import type { Message } from "../messages/types";
import type { ClusterModel } from "./clusterModel";
import { granularityToThreshold } from "./clusterModel";
import type { ClusterConstraints, ClusterResult, Granularity, ProposedCluster } from "./types";
import { applyConstraints, type RowGroup } from "./internals/applyConstraints";
import { mergesUpTo } from "./internals/dendrogram";
import { createDescribeScratch, describeCluster } from "./internals/describeCluster";
import { uniqueLabel } from "./labelWords";

/** Throws a RangeError unless 0 ≤ granularity ≤ 1. */
export function checkGranularity(granularity: number): number {
  if (!Number.isFinite(granularity) || granularity < 0 || granularity > 1) {
    throw new RangeError(`Die Feinheit muss zwischen 0 (fein) und 1 (grob) liegen, nicht ${granularity}.`);
  }
  return granularity;
}

function byCodePoint(p: string, q: string): number {
  return p < q ? -1 : p > q ? 1 : 0;
}

/** The granularity a cut uses: the model's default for `null`, else the given one (checked). */
export function resolveGranularity(model: ClusterModel, granularity: Granularity = null): number {
  return granularity === null ? model.defaultGranularity : checkGranularity(granularity);
}

/**
 * Cuts a cached model at a granularity (0 = fine … 1 = coarse; default: the model's own sensible
 * cut) and labels the clusters; reviewer constraints are applied around the cut (see
 * `applyConstraints`). Cheap (O(n + non-zeros)), so a slider can call it on every move.
 * Clusters come decision clusters first (by label), then proposals by size, then first key.
 */
export function cutClusterModel(
  model: ClusterModel,
  granularity: Granularity = null,
  constraints: ClusterConstraints = {},
): ClusterResult {
  const g = resolveGranularity(model, granularity);
  const d = model.dendrogram;
  const keyIndex = new Map<string, number>();
  const anyConstraint =
    (constraints.locked?.length ?? 0) +
      (constraints.pinned?.length ?? 0) +
      (constraints.cannotLink?.length ?? 0) >
    0;
  // Only constraints look rows up by key; a plain re-cut skips building the index.
  if (anyConstraint) {
    model.keys.forEach((k, i) => {
      if (!keyIndex.has(k)) keyIndex.set(k, i);
    });
  }
  const threshold = granularityToThreshold(g);
  const groups = applyConstraints(d, mergesUpTo(d, threshold), keyIndex, constraints, model.partition);
  const decisionGroups = groups
    .filter((x) => x.decision !== undefined)
    .sort((p, q) => byCodePoint(p.decision?.label ?? "", q.decision?.label ?? ""));
  const proposalGroups = groups
    .filter((x) => x.decision === undefined)
    .sort(
      (p, q) =>
        q.rows.length - p.rows.length ||
        byCodePoint(model.keys[p.rows[0] as number] ?? "", model.keys[q.rows[0] as number] ?? ""),
    );
  const used = new Set(decisionGroups.map((x) => x.decision?.label ?? ""));
  const clusters: ProposedCluster[] = [];
  for (const group of decisionGroups) clusters.push(decisionCluster(model, group));
  const scratch = createDescribeScratch(model);
  for (const group of proposalGroups) {
    const desc = describeCluster(model, group.rows, group.height, scratch, threshold);
    // Labels name clusters in the review and the report, so they must be unique: a distinguishing
    // word where one exists, numbering only as the last resort.
    const label = used.has(desc.label) ? uniqueLabel(desc.label, desc.alternatives(), used) : desc.label;
    used.add(label);
    const cluster = toCluster(model, group.rows, label, desc.reason, desc.memberReasons, false);
    clusters.push(desc.loose ? { ...cluster, loose: true } : cluster);
  }
  return { clusters, granularity: g, strategy: model.strategy };
}

function toCluster(
  model: ClusterModel,
  rows: readonly number[],
  label: string,
  reason: Message,
  reasons: readonly Message[],
  fromDecision: boolean,
): ProposedCluster {
  // Rows are ascending and the model's rows are sorted by key, so the keys come out sorted.
  const keys = rows.map((i) => model.keys[i] ?? "");
  const memberReasons: Record<string, Message> = {};
  keys.forEach((key, k) => {
    memberReasons[key] = reasons[k] ?? reason;
  });
  return {
    id: `c:${keys[0] ?? ""}`,
    label,
    reason,
    keys,
    memberReasons,
    singleton: keys.length === 1,
    fromDecision,
  };
}

function decisionCluster(model: ClusterModel, group: RowGroup): ProposedCluster {
  const label = group.decision?.label ?? "";
  if (group.decision?.kind === "locked") {
    return toCluster(
      model,
      group.rows,
      label,
      msg("cluster.lockedCluster"),
      group.rows.map(() => msg("cluster.lockedMember")),
      true,
    );
  }
  const proposed = group.proposedRows ?? new Set<number>();
  // A proposed member says what it shares with the reviewer's ones, as proposal members do.
  const shared = proposed.size > 0 ? describeCluster(model, group.rows, undefined).memberReasons : [];
  const reasons = group.rows.map((i, k) => {
    const own = shared[k];
    return proposed.has(i) && own !== undefined
      ? msg("cluster.proposedMember", { reason: own })
      : msg("cluster.assignedByReviewer");
  });
  const reason =
    proposed.size > 0 ? msg("cluster.decisionPlus", { count: proposed.size }) : msg("cluster.decision");
  return toCluster(model, group.rows, label, reason, reasons, true);
}
