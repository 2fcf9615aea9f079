import { useCallback, useState } from "react";

/** A set with one value switched on or off (a new set; the old one is left alone). */
export function toggled(set: ReadonlySet<string>, value: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

/** What the reviewer has ticked, opened or collapsed in the Prüfen list (view state, never saved). */
export interface ReviewSelection {
  /** Ticked clusters (ids), for merging or moving to a Bereich. */
  readonly clusters: ReadonlySet<string>;
  /** Ticked Bereiche (names), for merging. */
  readonly bereiche: ReadonlySet<string>;
  /** Clusters showing their members. */
  readonly expanded: ReadonlySet<string>;
  /** Collapsed Bereiche (names); a Bereich is open unless collapsed. */
  readonly collapsed: ReadonlySet<string>;
  /** Ticked members per cluster id. */
  readonly members: ReadonlyMap<string, ReadonlySet<string>>;
  readonly selectCluster: (id: string, on: boolean) => void;
  readonly selectBereich: (name: string, on: boolean) => void;
  readonly expandCluster: (id: string, on: boolean) => void;
  readonly collapseBereich: (name: string, on: boolean) => void;
  readonly toggleMember: (clusterId: string, key: string, on: boolean) => void;
  readonly clearMembers: (clusterId: string) => void;
  readonly clearClusters: () => void;
  readonly clearBereiche: () => void;
}

/** Selection state of the Prüfen step with stable callbacks (so memoised cards do not re-render). */
export function useReviewSelection(): ReviewSelection {
  const [clusters, setClusters] = useState<ReadonlySet<string>>(new Set());
  const [bereiche, setBereiche] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [members, setMembers] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  return {
    clusters,
    bereiche,
    expanded,
    collapsed,
    members,
    selectCluster: useCallback((id, on) => setClusters((prev) => toggled(prev, id, on)), []),
    selectBereich: useCallback((name, on) => setBereiche((prev) => toggled(prev, name, on)), []),
    expandCluster: useCallback((id, on) => setExpanded((prev) => toggled(prev, id, on)), []),
    collapseBereich: useCallback((name, on) => setCollapsed((prev) => toggled(prev, name, on)), []),
    toggleMember: useCallback(
      (clusterId, key, on) =>
        setMembers((prev) =>
          new Map(prev).set(clusterId, toggled(prev.get(clusterId) ?? new Set(), key, on)),
        ),
      [],
    ),
    clearMembers: useCallback(
      (clusterId) => setMembers((prev) => new Map(prev).set(clusterId, new Set())),
      [],
    ),
    clearClusters: useCallback(() => setClusters(new Set()), []),
    clearBereiche: useCallback(() => setBereiche(new Set()), []),
  };
}
