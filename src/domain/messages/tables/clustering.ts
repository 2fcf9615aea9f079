import type { MessageTable } from "../types";

/** Codes of this area, prefixed "cluster.". */
type ClusteringCode = never;

/** Reasons of the clustering engine: clusters, members, Bereiche, catalogue matches. */
export const clusteringMessages: MessageTable<ClusteringCode> = {
  de: {},
  en: {},
};
