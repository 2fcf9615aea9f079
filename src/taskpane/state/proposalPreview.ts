import type { ClusterResult } from "../../domain/clustering/types";
import type { Message } from "../../domain/messages/types";

/** One cluster of the preview: its label and how many processes it holds. */
export interface PreviewCluster {
  readonly id: string;
  readonly label: string;
  readonly size: number;
  /** A loose collection (`ProposedCluster.loose`): the preview marks it for review. */
  readonly loose: boolean;
}

/** One Bereich of the preview, with its clusters (largest first) and Einzelprozesse counted apart. */
export interface PreviewBereich {
  readonly id: string;
  readonly label: string;
  /** Why these clusters form the Bereich; `null` for the one Bereich of a bare cut. */
  readonly reason: Message | null;
  readonly processes: number;
  /** Clusters with at least two processes, largest first, then by label. */
  readonly clusters: readonly PreviewCluster[];
  /** Clusters of one process (Einzelprozesse) in this Bereich. */
  readonly singles: number;
}

/** What the Vorschlag step shows before anything is written. */
export interface ProposalPreviewModel {
  readonly processes: number;
  /** All clusters, Einzelprozesse included (each is a line of the overview). */
  readonly clusters: number;
  /** How many of them are loose collections (`ProposedCluster.loose`). */
  readonly loose: number;
  /** How the Bereiche were formed; `null` for a bare cut. */
  readonly why: Message | null;
  /** Largest Bereich first (processes, then label). */
  readonly bereiche: readonly PreviewBereich[];
}

/**
 * Groups a cut by its Bereiche for the preview. A result without an overview (a bare cut) gives one
 * Bereich holding every cluster, so the preview never hides clusters.
 */
export function proposalPreview(result: ClusterResult, fallbackLabel: string): ProposalPreviewModel {
  const byId = new Map(result.clusters.map((cluster) => [cluster.id, cluster]));
  const groups: readonly {
    id: string;
    label: string;
    reason: Message | null;
    clusterIds: readonly string[];
  }[] = result.overview?.bereiche ?? [
    { id: "b:all", label: fallbackLabel, reason: null, clusterIds: result.clusters.map((c) => c.id) },
  ];
  const bereiche = groups.map((group): PreviewBereich => {
    const members = group.clusterIds.flatMap((id) => {
      const cluster = byId.get(id);
      return cluster === undefined ? [] : [cluster];
    });
    const clusters = members
      .filter((cluster) => cluster.keys.length > 1)
      .map((cluster) => ({
        id: cluster.id,
        label: cluster.label,
        size: cluster.keys.length,
        loose: cluster.loose === true,
      }))
      .sort((a, b) => b.size - a.size || a.label.localeCompare(b.label, "de-DE"));
    return {
      id: group.id,
      label: group.label,
      reason: group.reason,
      processes: members.reduce((sum, cluster) => sum + cluster.keys.length, 0),
      clusters,
      singles: members.length - clusters.length,
    };
  });
  bereiche.sort((a, b) => b.processes - a.processes || a.label.localeCompare(b.label, "de-DE"));
  return {
    processes: result.clusters.reduce((sum, cluster) => sum + cluster.keys.length, 0),
    clusters: result.clusters.length,
    loose: result.clusters.filter((cluster) => cluster.loose === true).length,
    why: result.overview?.choice.why ?? null,
    bereiche,
  };
}
