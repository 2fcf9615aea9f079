import { condensedRowBases } from "../internals/condensedIndex";
import { objectUnits } from "../internals/objectUnits";
import type { SparseRows } from "../sparseRows";
import { meanDistances, targetBereichCount } from "./coarseGroups";

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
}

/** Rows grouped into Bereiche by their task areas (`Catalogue.taskAreas`), model row order. */
export interface TaskAreaGroups {
  /** Bereich of each row (index into `groups`). */
  readonly groupOf: Int32Array;
  readonly groups: readonly TaskAreaGroup[];
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
 * average in `spaces` (the names' and the catalogue's vectors, each counted alike); then, while there
 * are more than `taskAreaLimit(n)`, the smallest Bereich joins its closest. Undefined when no area
 * stands alone. Deterministic (ties: the earlier area, the earlier group). @internal
 */
export function taskAreaGroups(
  areas: Int32Array,
  areaNames: readonly string[],
  spaces: readonly SparseRows[],
): TaskAreaGroups | undefined {
  const n = areas.length;
  const minRows = Math.max(2, Math.ceil(n / (4 * targetBereichCount(n))));
  const units = objectUnits(areas);
  const standsAlone = (u: number): boolean =>
    (areas[units.rows[u]?.[0] ?? 0] as number) >= 0 && (units.rows[u]?.length ?? 0) >= minRows;
  const members: number[][] = [];
  for (let u = 0; u < units.count; u++) if (standsAlone(u)) members.push([u]);
  if (members.length === 0) return undefined;
  const dist = meanDistances(spaces, units);
  const base = condensedRowBases(units.count);
  const d = (a: number, b: number): number =>
    a === b ? 0 : (dist[(base[Math.min(a, b)] as number) + Math.max(a, b)] as number);
  const rowsOf = (list: readonly number[]): number =>
    list.reduce((s, u) => s + (units.rows[u]?.length ?? 0), 0);
  const average = (xs: readonly number[], ys: readonly number[]): number => {
    let sum = 0;
    for (const x of xs) for (const y of ys) sum += d(x, y);
    return sum / (xs.length * ys.length);
  };
  const closest = (list: readonly number[], among: readonly (readonly number[])[], skip = -1): number => {
    let best = -1;
    let bestDistance = Infinity;
    among.forEach((group, g) => {
      if (g === skip) return;
      const distance = average(list, group);
      if (distance < bestDistance) [best, bestDistance] = [g, distance];
    });
    return best;
  };
  // The leaders are fixed before anything joins, so the order of the small units does not matter.
  const leaders = members.map((m) => [...m]);
  for (let u = 0; u < units.count; u++) if (!standsAlone(u)) members[closest([u], leaders)]?.push(u);
  const limit = taskAreaLimit(n);
  while (members.length > limit) {
    let smallest = 0;
    members.forEach((m, g) => {
      if (rowsOf(m) <= rowsOf(members[smallest] ?? [])) smallest = g;
    });
    const into = closest(members[smallest] ?? [], members, smallest);
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
    };
  });
  return { groupOf, groups };
}
