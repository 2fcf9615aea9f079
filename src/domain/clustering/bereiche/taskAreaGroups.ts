import { objectUnits, unitCentroids } from "../internals/objectUnits";
import type { SparseRows } from "../sparseRows";
import type { TaskAreaPlacement } from "../../catalogue/types";
import { targetBereichCount } from "./coarseGroups";

/** One task area inside a Bereich, and how many of the Bereich's rows belong to it by their names. */
export interface TaskAreaShare {
  readonly name: string;
  readonly count: number;
}

/** One Bereich made of task areas: the areas that name it, the ones merged in, and its row count. */
export interface TaskAreaGroup {
  /** Areas large enough to stand alone, largest first; they name the Bereich. */
  readonly areas: readonly TaskAreaShare[];
  /** Areas too small to stand alone that joined this Bereich, largest first. */
  readonly joined: readonly TaskAreaShare[];
  /** Rows no task area fits by name, placed here by similarity. */
  readonly unplaced: number;
  readonly rows: number;
  /**
   * The typical words its rows were nearest to, most frequent first: at most `TOP_WORDS`, each of at
   * least two rows ("Hundehaltung" (6), "Veranstaltung" (4)), so the reason says what the names have
   * in common with the area.
   */
  readonly words: readonly TaskAreaShare[];
}

/** Typical words a Bereich's reason names at most. */
const TOP_WORDS = 3;

/** Rows grouped into Bereiche by their task areas (`Catalogue.taskAreas`), model row order. */
export interface TaskAreaGroups {
  /** Bereich of each row (index into `groups`). */
  readonly groupOf: Int32Array;
  readonly groups: readonly TaskAreaGroup[];
}

/**
 * The placement with every group of rows that share an anchor (`anchors`, −1 = none; e.g. one
 * OZG-Leistung) moved to the area most of its placed rows have (ties: the earlier area); its rows
 * whose own nearest word lies elsewhere keep no typical word. Rows without an anchor keep theirs. @internal
 */
export function anchoredPlacement(placement: TaskAreaPlacement, anchors: Int32Array): TaskAreaPlacement {
  const votes = new Map<number, Map<number, number>>();
  anchors.forEach((anchor, i) => {
    const area = placement.areas[i] as number;
    if (anchor < 0 || area < 0) return;
    const counts = votes.get(anchor) ?? new Map<number, number>();
    counts.set(area, (counts.get(area) ?? 0) + 1);
    votes.set(anchor, counts);
  });
  const winner = new Map<number, number>();
  for (const [anchor, counts] of votes) {
    let best = -1;
    let most = 0;
    for (const [area, count] of counts)
      if (count > most || (count === most && area < best)) [best, most] = [area, count];
    winner.set(anchor, best);
  }
  const areas = Int32Array.from(placement.areas, (area, i) => winner.get(anchors[i] as number) ?? area);
  const words = Int32Array.from(placement.words, (word, i) => (areas[i] === placement.areas[i] ? word : -1));
  // A row keeps its family: the family signal of the cluster level follows the name, and a moved row's
  // family lies in another area, whose rows the Bereiche keep apart anyway.
  return { areas, words, families: placement.families };
}

/**
 * At most this many Bereiche: 25 (the readable maximum of issue "Sachebene", item 6), and for small
 * inventories n/4, the cap on clusters, since every Bereich holds at least one; never fewer than 5.
 */
export function taskAreaLimit(n: number): number {
  return Math.min(25, Math.max(5, Math.floor(n / 4)));
}

/**
 * Bereiche from each row's task area (`areas`, −1 = none): an area with enough rows to stand alone
 * (as many as a coarse group's smallest substantial size, n / (4 · √n-target), at least 2) is a
 * Bereich; the rows of smaller areas and rows without an area join the Bereich they are closest to on
 * average in `spaces` (the names' and the catalogue's vectors, each counted alike: the mean cosine
 * distance of their centroids); then, while there are more than `taskAreaLimit(n)`, the smallest
 * Bereich joins the one whose centroid is closest. Undefined when no area
 * stands alone. Deterministic (ties: the earlier area, the earlier group). @internal
 */
export function taskAreaGroups(
  placement: TaskAreaPlacement,
  areaNames: readonly string[],
  wordNames: readonly string[],
  spaces: readonly SparseRows[],
): TaskAreaGroups | undefined {
  const { areas } = placement;
  const n = areas.length;
  const minRows = Math.max(2, Math.ceil(n / (4 * targetBereichCount(n))));
  const units = objectUnits(areas);
  const standsAlone = (u: number): boolean =>
    (areas[units.rows[u]?.[0] ?? 0] as number) >= 0 && (units.rows[u]?.length ?? 0) >= minRows;
  const members: number[][] = [];
  for (let u = 0; u < units.count; u++) if (standsAlone(u)) members.push([u]);
  if (members.length === 0) return undefined;
  const rowsOf = (list: readonly number[]): number =>
    list.reduce((s, u) => s + (units.rows[u]?.length ?? 0), 0);
  // Distances between centroids only, never all pairs of units: an inventory the areas hardly know
  // has thousands of unplaced rows, each a unit of its own.
  const unitVectors = spaces.map((space) => unitCentroids(space, units));
  // The leaders are fixed before anything joins, so the order of the small units does not matter.
  const leaders = members.map((m) => m[0] as number);
  for (let u = 0; u < units.count; u++) {
    if (standsAlone(u)) continue;
    let best = 0;
    let bestDistance = Infinity;
    leaders.forEach((leader, g) => {
      const distance = meanCosineDistance(unitVectors, u, unitVectors, leader);
      if (distance < bestDistance) [best, bestDistance] = [g, distance];
    });
    members[best]?.push(u);
  }
  const limit = taskAreaLimit(n);
  while (members.length > limit) {
    let smallest = 0;
    members.forEach((m, g) => {
      if (rowsOf(m) <= rowsOf(members[smallest] ?? [])) smallest = g;
    });
    const groupRows = members.map((list) => list.flatMap((u) => units.rows[u] ?? []));
    const groupVectors = spaces.map((space) =>
      unitCentroids(space, { count: groupRows.length, unitOf: new Int32Array(0), rows: groupRows }),
    );
    let into = -1;
    let bestDistance = Infinity;
    members.forEach((_, g) => {
      if (g === smallest) return;
      const distance = meanCosineDistance(groupVectors, smallest, groupVectors, g);
      if (distance < bestDistance) [into, bestDistance] = [g, distance];
    });
    members[into]?.push(...(members[smallest] ?? []));
    members.splice(smallest, 1);
  }
  const groupOf = new Int32Array(n);
  const ordered = members
    .map((list) => list.flatMap((u) => units.rows[u] ?? []).sort((p, q) => p - q))
    .map((rows, g) => ({ rows, g }))
    .sort((p, q) => (p.rows[0] as number) - (q.rows[0] as number));
  const groups = ordered.map(({ rows, g }, k) => {
    for (const i of rows) groupOf[i] = k;
    const shares = (list: readonly number[]): TaskAreaShare[] =>
      list
        .map((u) => ({
          name: areaNames[areas[units.rows[u]?.[0] ?? 0] as number] ?? "",
          count: units.rows[u]?.length ?? 0,
        }))
        .sort((p, q) => q.count - p.count || (p.name < q.name ? -1 : p.name > q.name ? 1 : 0));
    const list = members[g] ?? [];
    const placed = list.filter((u) => (areas[units.rows[u]?.[0] ?? 0] as number) >= 0);
    return {
      areas: shares(placed.filter(standsAlone)),
      joined: shares(placed.filter((u) => !standsAlone(u))),
      unplaced: rowsOf(list.filter((u) => (areas[units.rows[u]?.[0] ?? 0] as number) < 0)),
      rows: rows.length,
      words: topWords(rows, placement.words, wordNames),
    };
  });
  return { groupOf, groups };
}

/** The typical words most of `rows` were nearest to (each of ≥ 2 rows), at most `TOP_WORDS`. */
function topWords(rows: readonly number[], words: Int32Array, wordNames: readonly string[]): TaskAreaShare[] {
  const counts = new Map<number, number>();
  for (const i of rows) {
    const w = words[i] as number;
    if (w >= 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort(([p, c], [q, d]) => d - c || p - q)
    .slice(0, TOP_WORDS)
    .map(([w, count]) => ({ name: wordNames[w] ?? "", count }));
}

/** Mean over the spaces of the cosine distance between row `i` of `a` and row `j` of `b` (unit rows). */
function meanCosineDistance(
  a: readonly SparseRows[],
  i: number,
  b: readonly SparseRows[],
  j: number,
): number {
  let sum = 0;
  a.forEach((x, s) => {
    const y = b[s] as SparseRows;
    let p = x.indptr[i] as number;
    let q = y.indptr[j] as number;
    const pEnd = x.indptr[i + 1] as number;
    const qEnd = y.indptr[j + 1] as number;
    let dot = 0;
    while (p < pEnd && q < qEnd) {
      const fp = x.indices[p] as number;
      const fq = y.indices[q] as number;
      if (fp === fq) dot += (x.data[p++] as number) * (y.data[q++] as number);
      else if (fp < fq) p++;
      else q++;
    }
    sum += 1 - dot;
  });
  return a.length === 0 ? 0 : sum / a.length;
}
