import type { SparseRows } from "./tfidfVectors";
import { sparseRowsFrom } from "../sparseRows";

/**
 * Rows grouped into comparison units: all rows of one LeiKa object (equal code ≥ 0) form one unit,
 * every other row is a unit of its own. Units are numbered in order of their first row, so the
 * numbering follows the canonical row order and is deterministic. @internal
 */
export interface RowUnits {
  readonly count: number;
  /** Unit of each row. */
  readonly unitOf: Int32Array;
  /** Rows of each unit, ascending; the first one represents the unit in merges. */
  readonly rows: readonly (readonly number[])[];
}

/** Groups rows by their object code (−1 = no object, the row stays alone). @internal */
export function objectUnits(codes: Int32Array): RowUnits {
  const unitOf = new Int32Array(codes.length);
  const byCode = new Map<number, number>();
  const rows: number[][] = [];
  codes.forEach((code, i) => {
    let unit = code >= 0 ? byCode.get(code) : undefined;
    if (unit === undefined) {
      unit = rows.length;
      rows.push([]);
      if (code >= 0) byCode.set(code, unit);
    }
    unitOf[i] = unit;
    rows[unit]?.push(i);
  });
  return { count: rows.length, unitOf, rows };
}

/**
 * One L2-normalised vector per unit: the normalised sum of its rows' vectors (their centroid's
 * direction). The Verrichtungen of an object ("Baugenehmigung Erteilung", "… Befreiung", "…
 * Statusabfrage") all repeat its subject, so the centroid keeps the subject and dilutes the
 * procedure details that would otherwise pull its rows towards unrelated objects. Single-row units
 * keep their row's vector unchanged. @internal
 */
export function unitCentroids(vectors: SparseRows, units: RowUnits): SparseRows {
  const acc = new Map<number, number>();
  return sparseRowsFrom(units.rows, vectors.features, (rows) => {
    acc.clear();
    for (const i of rows) {
      for (let p = vectors.indptr[i] as number; p < (vectors.indptr[i + 1] as number); p++) {
        const f = vectors.indices[p] as number;
        acc.set(f, (acc.get(f) ?? 0) + (vectors.data[p] as number));
      }
    }
    const entries = [...acc].sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, v] of entries) norm += v * v;
    const scale = rows.length === 1 || norm === 0 ? 1 : 1 / Math.sqrt(norm);
    return entries.map(([f, v]) => [f, v * scale] as const);
  });
}

/** The given rows' vectors as their own matrix (row k = `rows[k]`), sharing the feature list. @internal */
export function sliceRows(vectors: SparseRows, rows: readonly number[]): SparseRows {
  const indptr = new Int32Array(rows.length + 1);
  let nnz = 0;
  rows.forEach((i, k) => {
    nnz += (vectors.indptr[i + 1] as number) - (vectors.indptr[i] as number);
    indptr[k + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
  rows.forEach((i, k) => {
    const from = vectors.indptr[i] as number;
    const to = vectors.indptr[i + 1] as number;
    indices.set(vectors.indices.subarray(from, to), indptr[k] as number);
    data.set(vectors.data.subarray(from, to), indptr[k] as number);
  });
  return { n: rows.length, indptr, indices, data, features: vectors.features };
}

/**
 * The most frequent code ≥ 0 among `rows` with its count (ties: the smaller code); code −1 when no row
 * has one. `counts` is scratch space, cleared first. @internal
 */
export function mostFrequentCode(
  codes: ArrayLike<number>,
  rows: Iterable<number>,
  counts: Map<number, number> = new Map(),
): { readonly code: number; readonly count: number } {
  counts.clear();
  let best = -1;
  let bestCount = 0;
  for (const i of rows) {
    const c = codes[i] as number;
    if (c < 0) continue;
    const k = (counts.get(c) ?? 0) + 1;
    counts.set(c, k);
    if (k > bestCount || (k === bestCount && c < best)) {
      best = c;
      bestCount = k;
    }
  }
  return { code: best, count: bestCount };
}

/**
 * A per-row code lifted to units: the most frequent code among the unit's rows that have one
 * (ties: the smaller code), −1 when none has. `keep` says for which units the code counts at all.
 * @internal
 */
export function unitCodes(
  codes: Int32Array,
  units: RowUnits,
  keep?: (rows: readonly number[]) => boolean,
): Int32Array {
  const out = new Int32Array(units.count).fill(-1);
  const counts = new Map<number, number>();
  units.rows.forEach((rows, u) => {
    if (keep !== undefined && !keep(rows)) return;
    out[u] = mostFrequentCode(codes, rows, counts).code;
  });
  return out;
}
