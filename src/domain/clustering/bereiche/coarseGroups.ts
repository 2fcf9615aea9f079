import type { ClusterModel } from "../clusterModel";
import { granularityToThreshold } from "../clusterModel";
import { buildDendrogram, cutRoots, mergesUpTo } from "../internals/dendrogram";
import { textDistances } from "../internals/distanceMatrix";
import { condensedRowBases } from "../internals/condensedIndex";
import { nnChainAverage } from "../internals/nnChainAverage";
import { unitCentroids, type RowUnits } from "../internals/objectUnits";
import type { SparseRows } from "../sparseRows";

/**
 * Weight of the catalogue's concept space in the coarse (Bereich) similarity, next to the names'
 * TF-IDF space: 0.5. The catalogue prototype (shared notes, clustering §7) measured the 50/50 mix as
 * the best of the tried mixes on independent city lists at the topic level; about half of the links
 * the catalogue adds are wrong at the finer level, which is why it only weighs this much up here.
 * Used only for a model without the catalogue's nearest-service votes (`unitDistances`).
 */
export const CONCEPT_WEIGHT = 0.5;

/**
 * How many Bereiche a coarse cut aims at for n processes: √n, kept within 5–25. A committee reads an
 * overview of 5 to 25 headings (issue "Sachebene", item 6); within that range √n is the classic rule
 * of thumb for the number of groups of an unlabelled list (300 processes → 17, 650 → 25), and it was
 * fixed before measuring, not fitted to a list.
 */
export function targetBereichCount(n: number): number {
  return Math.min(25, Math.max(5, Math.round(Math.sqrt(n))));
}

/** A coarse group: its rows (model order, ascending). @internal */
export type CoarseGroup = readonly number[];

/**
 * Groups the model's rows coarsely for the Bereich level: the model's own clusters at its default cut
 * are the units (so a default cluster never straddles two groups), compared by the centroid of their
 * name vectors mixed with the centroid of their concept vectors (`CONCEPT_WEIGHT`, when the catalogue
 * is on), merged by average linkage; the tree is then split top-down until `target` groups of a
 * substantial size exist, and the small leftovers (outliers that average linkage keeps apart until
 * late) join the substantial group they are closest to on average. Deterministic. @internal
 */
export function coarseGroups(model: ClusterModel, target: number): CoarseGroup[] {
  const n = model.keys.length;
  if (n === 0) return [];
  const units = baseUnits(model);
  if (units.count === 1) return [units.rows[0] ?? []];
  return splitUnits(units, unitDistances(model, units), n, target);
}

/** Condensed distances of the units: the mean of their centroids' cosine distances in each space. */
function meanDistances(spaces: readonly SparseRows[], units: RowUnits): Float32Array {
  const sum = textDistances(unitCentroids(spaces[0] as SparseRows, units), []);
  for (const space of spaces.slice(1)) {
    const d = textDistances(unitCentroids(space, units), []);
    for (let p = 0; p < sum.length; p++) sum[p] = (sum[p] as number) + (d[p] as number);
  }
  for (let p = 0; p < sum.length; p++) sum[p] = (sum[p] as number) / spaces.length;
  return sum;
}

/**
 * The coarse grouping of `units` (covering `n` rows) by their condensed distances `dist` (consumed):
 * average linkage, split top-down into `target` substantial groups, small leftovers joined. @internal
 */
export function splitUnits(units: RowUnits, dist: Float32Array, n: number, target: number): CoarseGroup[] {
  // A Bereich groups clusters: with few clusters, aim at about three per Bereich.
  target = Math.min(target, Math.max(1, Math.round(units.count / 3)));
  const saved = dist.slice();
  const tree = buildDendrogram(units.count, nnChainAverage(units.count, dist));
  const minRows = Math.max(2, Math.ceil(n / (4 * target)));
  const sizeOf = nodeSizes(tree.n, tree.left, tree.right, units);
  // Undo merges from the top (highest first) until enough substantial groups exist.
  const open = new Set<number>([tree.n + tree.height.length - 1]);
  let substantial = sizeOf(tree.n + tree.height.length - 1) >= minRows ? 1 : 0;
  for (let k = tree.height.length - 1; k >= 0 && substantial < target; k--) {
    const node = tree.n + k;
    if (!open.delete(node)) continue;
    if (sizeOf(node) >= minRows) substantial -= 1;
    for (const child of [tree.left[k] as number, tree.right[k] as number]) {
      open.add(child);
      if (sizeOf(child) >= minRows) substantial += 1;
    }
  }
  const nodes = [...open].sort((p, q) => p - q);
  const unitLists = nodes.map((node) => unitsUnder(tree.n, tree.left, tree.right, node));
  const big = unitLists.filter((list, i) => sizeOf(nodes[i] as number) >= minRows);
  const small = unitLists.filter((list, i) => sizeOf(nodes[i] as number) < minRows);
  const groups = big.length === 0 ? [unitLists.flat()] : big.map((list) => [...list]);
  if (big.length > 0) {
    const base = condensedRowBases(units.count);
    const d = (a: number, b: number): number =>
      a === b ? 0 : (saved[(base[Math.min(a, b)] as number) + Math.max(a, b)] as number);
    for (const list of small) {
      let best = 0;
      let bestDistance = Infinity;
      groups.forEach((group, g) => {
        let sum = 0;
        for (const u of list) for (const v of group) sum += d(u, v);
        const average = sum / (list.length * group.length);
        if (average < bestDistance) {
          bestDistance = average;
          best = g;
        }
      });
      groups[best]?.push(...list);
    }
  }
  return groups
    .map((list) => list.flatMap((u) => units.rows[u] ?? []).sort((p, q) => p - q))
    .sort((p, q) => (p[0] as number) - (q[0] as number));
}

/** The model's clusters at its default cut, as units numbered by their first row. */
function baseUnits(model: ClusterModel): RowUnits {
  const d = model.dendrogram;
  const roots = cutRoots(d, mergesUpTo(d, granularityToThreshold(model.defaultGranularity)));
  const unitOfRoot = new Map<number, number>();
  const rows: number[][] = [];
  const unitOf = new Int32Array(d.n);
  for (let i = 0; i < d.n; i++) {
    const root = roots[i] as number;
    let unit = unitOfRoot.get(root);
    if (unit === undefined) {
      unit = rows.length;
      unitOfRoot.set(root, unit);
      rows.push([]);
    }
    unitOf[i] = unit;
    rows[unit]?.push(i);
  }
  return { count: rows.length, unitOf, rows };
}

/**
 * Condensed unit distances. With the catalogue's nearest-service votes (`ClusterModel.evidence`): the
 * mean of the cosine distances of the units' centroids in four spaces — names, concepts, Lebenslage
 * votes, Themenfeld votes — each counted alike, since none of them was measured to be the better
 * judge of a topic. Without them: names mixed with concepts (`CONCEPT_WEIGHT`) when present.
 */
function unitDistances(model: ClusterModel, units: RowUnits): Float32Array {
  if (model.evidence !== undefined && model.concepts !== undefined) {
    const { lebenslagen, themenfelder } = model.evidence;
    return meanDistances([model.vectors, model.concepts, lebenslagen, themenfelder], units);
  }
  const names = textDistances(unitCentroids(model.vectors, units), []);
  if (model.concepts === undefined) return names;
  const concepts = textDistances(unitCentroids(model.concepts, units), []);
  for (let p = 0; p < names.length; p++)
    names[p] = (1 - CONCEPT_WEIGHT) * (names[p] as number) + CONCEPT_WEIGHT * (concepts[p] as number);
  return names;
}

/** Row count under each tree node (units are leaves), memoised. */
function nodeSizes(
  leaves: number,
  left: Int32Array,
  right: Int32Array,
  units: RowUnits,
): (node: number) => number {
  const sizes = new Float64Array(leaves + left.length);
  for (let u = 0; u < leaves; u++) sizes[u] = units.rows[u]?.length ?? 0;
  for (let k = 0; k < left.length; k++)
    sizes[leaves + k] = (sizes[left[k] as number] as number) + (sizes[right[k] as number] as number);
  return (node) => sizes[node] as number;
}

function unitsUnder(leaves: number, left: Int32Array, right: Int32Array, node: number): number[] {
  const out: number[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const x = stack.pop() as number;
    if (x < leaves) out.push(x);
    else stack.push(left[x - leaves] as number, right[x - leaves] as number);
  }
  return out.sort((p, q) => p - q);
}
