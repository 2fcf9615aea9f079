import type { ClusterConstraints } from "../types";
import { cutRoots, leavesOf, type Dendrogram } from "./dendrogram";

/** A group of rows before labelling. @internal */
export interface RowGroup {
  readonly rows: number[];
  /** Merge distance of the group's tree node; undefined for leaves and decision groups. */
  readonly height: number | undefined;
  /** Set for locked clusters and pin groups: the reviewer's label. */
  readonly decision?: { readonly label: string; readonly kind: "locked" | "pinned" };
  /** Rows of a pin group that the engine added (not pinned themselves). */
  readonly proposedRows?: ReadonlySet<number>;
}

/**
 * Cuts the dendrogram after `m` merges and applies reviewer decisions around the cut:
 * 1. locked clusters are taken out and returned exactly as given (keys not in the data are ignored,
 *    a key in two locked clusters stays in the first);
 * 2. cannot-link: a proposed cluster holding a forbidden pair, or rows of two different `partition`
 *    codes (the sheet's own Bereiche, −1 = blank), is split into its two dendrogram
 *    children, recursively, until no pair is left. Applying it after the cut (instead of blocking
 *    merges inside NN-chain, which breaks the algorithm's reducibility argument) keeps the cached
 *    dendrogram valid for every constraint set, so review edits stay instant; the split still follows
 *    the tree, so the parts are clusters the engine would have proposed at a finer setting;
 * 3. pinned rows go to the cluster named by their pin; the free rows of a proposal join that cluster
 *    when the proposal holds pins to exactly one name and they are not cannot-linked to it;
 *    otherwise they stay a proposal of their own.
 * @internal
 */
export function applyConstraints(
  d: Dendrogram,
  m: number,
  keyIndex: ReadonlyMap<string, number>,
  constraints: ClusterConstraints,
  partition?: Int32Array,
): RowGroup[] {
  const taken = new Uint8Array(d.n);
  const decisions = lockedGroups(constraints, keyIndex, taken);
  const lockedLabels = new Set(decisions.map((g) => g.decision?.label));
  const pin = new Map<number, string>();
  for (const p of constraints.pinned ?? []) {
    const i = keyIndex.get(p.key);
    if (i !== undefined && taken[i] === 0 && !lockedLabels.has(p.cluster) && !pin.has(i))
      pin.set(i, p.cluster);
  }
  const apart = apartRows(constraints, keyIndex);
  const proposals = cutAvoidingPairs(d, m, taken, apart, partition);
  if (pin.size === 0) return [...decisions, ...proposals];
  const pinned = joinPins(proposals, pin, apart);
  return [...decisions, ...pinned.groups, ...pinned.free];
}

/** Step 1: the locked clusters' rows, marked `taken` (a key in two locked clusters stays in the first). */
function lockedGroups(
  constraints: ClusterConstraints,
  keyIndex: ReadonlyMap<string, number>,
  taken: Uint8Array,
): RowGroup[] {
  const decisions: RowGroup[] = [];
  for (const lock of constraints.locked ?? []) {
    const rows: number[] = [];
    for (const key of lock.keys) {
      const i = keyIndex.get(key);
      if (i !== undefined && taken[i] === 0) {
        taken[i] = 1;
        rows.push(i);
      }
    }
    if (rows.length > 0)
      decisions.push({
        rows: rows.sort((p, q) => p - q),
        height: undefined,
        decision: { label: lock.cluster, kind: "locked" },
      });
  }
  return decisions;
}

/** Cannot-link pairs as row → rows it must not share a cluster with (both directions). */
function apartRows(
  constraints: ClusterConstraints,
  keyIndex: ReadonlyMap<string, number>,
): Map<number, Set<number>> {
  const apart = new Map<number, Set<number>>();
  for (const [x, y] of constraints.cannotLink ?? []) {
    const i = keyIndex.get(x);
    const j = keyIndex.get(y);
    if (i === undefined || j === undefined || i === j) continue;
    (apart.get(i) ?? apart.set(i, new Set()).get(i))?.add(j);
    (apart.get(j) ?? apart.set(j, new Set()).get(j))?.add(i);
  }
  return apart;
}

/**
 * Step 2: the cut's clusters of free rows, split along the tree until no cannot-link pair and no two
 * partition codes are left. @internal (exported for `countClusters`)
 */
export function cutAvoidingPairs(
  d: Dendrogram,
  m: number,
  taken: Uint8Array,
  apart: ReadonlyMap<number, ReadonlySet<number>>,
  partition?: Int32Array,
): RowGroup[] {
  const n = d.n;
  const spansPartitions = (rows: readonly number[]): boolean => {
    if (partition === undefined) return false;
    let code = -1;
    for (const i of rows) {
      const c = partition[i] as number;
      if (c < 0) continue;
      if (code >= 0 && c !== code) return true;
      code = c;
    }
    return false;
  };
  const violates = (rows: readonly number[]): boolean => {
    if (spansPartitions(rows)) return true;
    if (apart.size === 0) return false;
    const set = new Set(rows);
    return rows.some((i) => [...(apart.get(i) ?? [])].some((j) => set.has(j)));
  };
  const roots = cutRoots(d, m);
  const byRoot = new Map<number, true>();
  for (let i = 0; i < n; i++) if (taken[i] === 0) byRoot.set(roots[i] as number, true);
  const proposals: RowGroup[] = [];
  const split = (node: number): void => {
    const rows = leavesOf(d, node).filter((i) => taken[i] === 0);
    if (rows.length === 0) return;
    if (node >= n && violates(rows)) {
      split(d.left[node - n] as number);
      split(d.right[node - n] as number);
      return;
    }
    proposals.push({ rows, height: node >= n ? d.height[node - n] : undefined });
  };
  for (const root of [...byRoot.keys()].sort((p, q) => p - q)) split(root);
  return proposals;
}

/**
 * Step 3: pinned rows go to their pin's cluster (by label order); a proposal's free rows join it when the
 * proposal holds pins to exactly one name and they are not cannot-linked to it, else stay `free`.
 */
function joinPins(
  proposals: readonly RowGroup[],
  pin: ReadonlyMap<number, string>,
  apart: ReadonlyMap<number, ReadonlySet<number>>,
): { groups: RowGroup[]; free: RowGroup[] } {
  const pinRows = new Map<string, number[]>();
  const pinAdded = new Map<string, Set<number>>();
  const free: RowGroup[] = [];
  for (const g of proposals) {
    for (const i of g.rows) {
      const l = pin.get(i);
      if (l !== undefined) (pinRows.get(l) ?? pinRows.set(l, []).get(l))?.push(i);
    }
  }
  for (const g of proposals) {
    const labels = [...new Set(g.rows.flatMap((i) => (pin.has(i) ? [pin.get(i) as string] : [])))];
    const rest = g.rows.filter((i) => !pin.has(i));
    if (rest.length === 0) continue;
    const only = labels.length === 1 ? labels[0] : undefined;
    if (only === undefined) {
      free.push(labels.length === 0 ? g : { rows: rest, height: undefined });
      continue;
    }
    const added = pinAdded.get(only) ?? pinAdded.set(only, new Set()).get(only) ?? new Set<number>();
    const stay: number[] = [];
    for (const i of rest) {
      const target = [...(pinRows.get(only) ?? []), ...added];
      if (target.some((j) => apart.get(i)?.has(j) === true)) stay.push(i);
      else added.add(i);
    }
    if (stay.length > 0) free.push({ rows: stay, height: undefined });
  }
  const groups: RowGroup[] = [];
  for (const [label, rows] of [...pinRows].sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))) {
    const added = pinAdded.get(label) ?? new Set<number>();
    groups.push({
      rows: [...rows, ...added].sort((p, q) => p - q),
      height: undefined,
      decision: { label, kind: "pinned" },
      proposedRows: added,
    });
  }
  return { groups, free };
}
