import type { ClusterView } from "../../domain/review/reviewSelectors";
import type { Message } from "../../domain/messages/types";
import { NO_REASON, type ReviewProcess, type ReviewState } from "../../domain/review/types";

/** One Bereich of the review list: its clusters (largest first) and its Einzelprozesse. */
export interface BereichGroupView {
  /** The Bereich's name; also its identity (the domain keys Bereiche by name). */
  readonly name: string;
  /**
   * Reason of the Bereich: its first cluster's placement reason without that cluster's count ("alle 27
   * Prozesse" speaks of the cluster, not of the Bereich the header shows).
   */
  readonly reason: Message;
  /** Processes in the Bereich, Einzelprozesse included. */
  readonly processes: number;
  readonly clusters: readonly ClusterView[];
  readonly singles: readonly ReviewProcess[];
}

/**
 * Groups the review's clusters and Einzelprozesse by Bereich, largest Bereich first (processes, then
 * name in German collation). `views` and `singles` come from the domain's selectors and keep their order
 * inside a group. Bereich names are compared case-insensitively, as the domain does.
 */
export function selectBereichGroups(
  state: ReviewState,
  views: readonly ClusterView[],
  singles: readonly ReviewProcess[],
): BereichGroupView[] {
  const groups = new Map<
    string,
    { name: string; reason: Message; clusters: ClusterView[]; singles: ReviewProcess[] }
  >();
  const groupOf = (clusterId: string) => {
    const cluster = state.clusters[clusterId];
    const name = cluster?.bereich ?? "";
    const id = name.toLocaleLowerCase("de-DE");
    let group = groups.get(id);
    if (group === undefined) {
      group = { name, reason: bereichOnly(cluster?.bereichReason ?? NO_REASON), clusters: [], singles: [] };
      groups.set(id, group);
    }
    return group;
  };
  for (const view of views) groupOf(view.cluster.id).clusters.push(view);
  for (const single of singles) groupOf(single.clusterId).singles.push(single);
  return [...groups.values()]
    .map((group) => ({
      ...group,
      processes: group.clusters.reduce((sum, view) => sum + view.members.length, 0) + group.singles.length,
    }))
    .sort((a, b) => b.processes - a.processes || a.name.localeCompare(b.name, "de-DE"));
}

/** Names of every Bereich in the state (clusters with members or locked), sorted in German collation. */
export function selectBereichNames(groups: readonly BereichGroupView[]): string[] {
  return groups.map((group) => group.name).sort((a, b) => a.localeCompare(b, "de-DE"));
}

/** A cluster's placement reason ("{reason} (alle 27 Prozesse)") as the reason of its Bereich alone. */
function bereichOnly(reason: Message): Message {
  const inner = reason.code === "cluster.bereichPlaced" ? reason.params?.["reason"] : undefined;
  return typeof inner === "object" && !Array.isArray(inner) ? (inner as Message) : reason;
}
