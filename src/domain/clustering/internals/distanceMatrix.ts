import { condensedRowBases } from "./condensedIndex";
import type { SparseRows } from "./tfidfVectors";

/**
 * A structured signal blended into the name distance: rows with equal codes (≥ 0) get their distance
 * shrunk by `weight` (d · (1 − weight)); rows whose codes differ get it raised by `penalty`
 * (d + (1 − d) · penalty). A row without the signal (code −1) is unaffected, so a sheet with gaps
 * still clusters by name. @internal
 */
export interface PairSignal {
  readonly codes: Int32Array;
  readonly weight: number;
  readonly penalty: number;
  /**
   * Graded instead of equal/different: the similarity of any two codes (row-major, codes × codes, in
   * 0..1). Two rows with codes ≥ 0 then move to (1 − weight) · d + weight · (1 − similarity), as if a
   * block of their codes' vectors were blended into the name vectors with that share (`blendRows`),
   * at the cost of one table lookup per pair instead of a dense block in every row; `penalty` is unused.
   */
  readonly similarity?: CodeSimilarity;
}

/** Similarity of every two codes of a `PairSignal` (`values[a · size + b]`). @internal */
export interface CodeSimilarity {
  readonly size: number;
  readonly values: Float32Array;
}

/**
 * Condensed cosine-distance matrix of L2-normalised sparse rows, with signals blended in. Dot products
 * go through an inverted index, so each pair costs only the features it shares; rows without shared
 * features are never visited and get distance 1. @internal
 */
export function textDistances(rows: SparseRows, signals: readonly PairSignal[]): Float32Array {
  const n = rows.n;
  const dist = new Float32Array((n * (n - 1)) / 2);
  const features = rows.features.length;
  // Column-major copy (inverted index); postings of a feature are in ascending row order.
  const colStart = new Int32Array(features + 1);
  for (let p = 0; p < rows.indices.length; p++) {
    const f = (rows.indices[p] as number) + 1;
    colStart[f] = (colStart[f] as number) + 1;
  }
  for (let f = 0; f < features; f++) colStart[f + 1] = (colStart[f + 1] as number) + (colStart[f] as number);
  const fill = colStart.slice(0, features);
  const postRow = new Int32Array(rows.indices.length);
  const postVal = new Float32Array(rows.indices.length);
  for (let i = 0; i < n; i++) {
    for (let p = rows.indptr[i] as number; p < (rows.indptr[i + 1] as number); p++) {
      const f = rows.indices[p] as number;
      const at = fill[f] as number;
      postRow[at] = i;
      postVal[at] = rows.data[p] as number;
      fill[f] = at + 1;
    }
  }
  const cursor = colStart.slice(0, features);
  const base = condensedRowBases(n);
  const acc = new Float64Array(n);
  const signalCount = signals.length;
  const signalCodes = signals.map((s) => s.codes);
  const signalWeights = signals.map((s) => s.weight);
  const signalPenalties = signals.map((s) => s.penalty);
  const signalSimilarities = signals.map((s) => s.similarity);
  for (let i = 0; i < n; i++) {
    for (let p = rows.indptr[i] as number; p < (rows.indptr[i + 1] as number); p++) {
      const f = rows.indices[p] as number;
      const w = rows.data[p] as number;
      // Rows are visited in order, so the feature's cursor points at row i itself.
      const from = (cursor[f] as number) + 1;
      cursor[f] = from;
      const end = colStart[f + 1] as number;
      for (let q = from; q < end; q++) {
        const j = postRow[q] as number;
        acc[j] = (acc[j] as number) + w * (postVal[q] as number);
      }
    }
    const bi = base[i] as number;
    for (let j = i + 1; j < n; j++) {
      const d = 1 - (acc[j] as number);
      acc[j] = 0;
      dist[bi + j] = d < 0 ? 0 : d;
    }
    for (let s = 0; s < signalCount; s++) {
      const codes = signalCodes[s] as Int32Array;
      const ci = codes[i] as number;
      if (ci < 0) continue;
      const shrink = 1 - (signalWeights[s] as number);
      const penalty = signalPenalties[s] as number;
      const similarity = signalSimilarities[s];
      if (similarity !== undefined) {
        const weight = signalWeights[s] as number;
        const row = ci * similarity.size;
        for (let j = i + 1; j < n; j++) {
          const cj = codes[j] as number;
          if (cj < 0) continue;
          const at = bi + j;
          dist[at] = (dist[at] as number) * shrink + weight * (1 - (similarity.values[row + cj] as number));
        }
        continue;
      }
      for (let j = i + 1; j < n; j++) {
        const cj = codes[j] as number;
        if (cj < 0) continue;
        const at = bi + j;
        const d = dist[at] as number;
        dist[at] = ci === cj ? d * shrink : d + (1 - d) * penalty;
      }
    }
  }
  return dist;
}

/**
 * Hierarchical code distance: `levels[l]` holds per-row codes (finest level first, −1 = missing);
 * two rows at the first level where their codes agree get `levelDistance[l]`, otherwise 1. When
 * `names` is given (a name-distance matrix, overwritten in place), pairs of rows that both lack the
 * finest code keep their name distance. Average linkage over such an ultrametric reproduces the code
 * groups exactly. @internal
 */
export function codeDistances(
  n: number,
  levels: readonly Int32Array[],
  levelDistance: readonly number[],
  names: Float32Array | null,
): Float32Array {
  const dist = names ?? new Float32Array((n * (n - 1)) / 2);
  const base = condensedRowBases(n);
  const finest = levels[0] ?? new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const bi = base[i] as number;
    for (let j = i + 1; j < n; j++) {
      if (names !== null && (finest[i] as number) < 0 && (finest[j] as number) < 0) continue;
      let d = 1;
      for (let l = 0; l < levels.length; l++) {
        const c = levels[l] as Int32Array;
        const ci = c[i] as number;
        if (ci >= 0 && ci === c[j]) {
          d = levelDistance[l] as number;
          break;
        }
      }
      dist[bi + j] = d;
    }
  }
  return dist;
}
