import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";
import type { ClusterModel } from "../clusterModel";
import { fitLabel } from "../labelWords";
import type { BereichModel, ProposedBereich } from "./types";

/** A cluster as `assignBereiche` needs it: an id and its member keys. */
export interface ClusterMembers {
  readonly id: string;
  readonly keys: readonly string[];
}

/** The Bereiche and, per cluster id, why that cluster is in its Bereich. */
export interface BereichAssignment {
  readonly bereiche: readonly ProposedBereich[];
  /** Reason per cluster id, in German e.g. "Fachbereich: „Ordnungsamt“ (7 von 9 Prozessen)". */
  readonly clusterReasons: Readonly<Record<string, Message>>;
}

/**
 * Puts every cluster into exactly one Bereich: the group most of its members vote for (ties: the
 * group that came first), or the fallback group when none of them votes. Bereiche come largest first
 * (processes), ties by label; labels are unique and at most 60 characters. Pure and deterministic.
 */
export function assignBereiche(
  model: ClusterModel,
  bereichModel: BereichModel,
  clusters: readonly ClusterMembers[],
): BereichAssignment {
  const rowOf = new Map<string, number>();
  model.keys.forEach((key, i) => {
    if (!rowOf.has(key)) rowOf.set(key, i);
  });
  const fallback = bereichModel.groups.length;
  const members = new Map<number, { ids: string[]; size: number }>();
  const clusterReasons: Record<string, Message> = {};
  for (const cluster of clusters) {
    const counts = new Map<number, number>();
    for (const key of cluster.keys) {
      const row = rowOf.get(key);
      const vote = row === undefined ? -1 : (bereichModel.votes[row] as number);
      if (vote >= 0) counts.set(vote, (counts.get(vote) ?? 0) + 1);
    }
    let group = fallback;
    let best = 0;
    for (const [code, count] of counts) {
      if (count > best || (count === best && code < group)) [group, best] = [code, count];
    }
    const entry = members.get(group) ?? { ids: [], size: 0 };
    entry.ids.push(cluster.id);
    entry.size += cluster.keys.length;
    members.set(group, entry);
    clusterReasons[cluster.id] = clusterReason(bereichModel, group, best, cluster.keys.length);
  }
  const ordered = [...members]
    .map(([group, entry]) => ({ group, ...entry, label: labelOf(bereichModel, group) }))
    .sort((p, q) => q.size - p.size || compare(p.label, q.label) || p.group - q.group);
  const used = new Set<string>();
  const bereiche = ordered.map(({ group, ids, label }) => {
    const unique = uniqueLabel(label, used);
    return {
      id: `b:${ids[0] ?? group}`,
      label: unique,
      reason: bereichReason(bereichModel, group),
      clusterIds: ids,
    };
  });
  return { bereiche, clusterReasons };
}

function labelOf(model: BereichModel, group: number): string {
  return fitLabel((model.groups[group] ?? model.fallback).label);
}

function bereichReason(model: BereichModel, group: number): Message {
  const info = model.groups[group];
  if (info === undefined) return model.fallback.detail;
  // Cut and task-area groups say in their detail what they are; a column's value needs naming.
  return model.choice.kind === "cut" || model.choice.kind === "taskArea"
    ? info.detail
    : msg("cluster.bereichValued", { detail: info.detail, label: info.label });
}

/** The Bereich's reason and how many of the cluster's processes vote for it. */
function clusterReason(model: BereichModel, group: number, votes: number, size: number): Message {
  if (model.groups[group] === undefined) return model.fallback.detail;
  return msg("cluster.bereichPlaced", { reason: bereichReason(model, group), votes, size });
}

/** `label`, else `label (2)` … within 60 characters: two Bereiche never share a label. */
function uniqueLabel(label: string, used: Set<string>): string {
  let candidate = label;
  for (let k = 2; used.has(candidate.toLocaleLowerCase("de-DE")); k++) {
    candidate = `${fitLabel(label, 60 - ` (${k})`.length)} (${k})`;
  }
  used.add(candidate.toLocaleLowerCase("de-DE"));
  return candidate;
}

function compare(p: string, q: string): number {
  return p < q ? -1 : p > q ? 1 : 0;
}
