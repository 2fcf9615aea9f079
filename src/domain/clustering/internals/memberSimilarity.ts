import type { SparseRows } from "./tfidfVectors";

/**
 * Cosine similarity of each member's name vector to the sum of the other members' vectors (its
 * "fit" in the cluster), in O(non-zeros). Singletons get 0. `scratch` (length ≥ feature count, all
 * zero) and `touchedScratch` (same length) avoid allocating per cluster during a cut; the former is
 * returned all zero again.
 * @internal
 */
export function memberSimilarity(
  v: SparseRows,
  members: readonly number[],
  scratch: Float64Array = new Float64Array(v.features.length),
  touchedScratch: Int32Array = new Int32Array(v.features.length),
): Float64Array {
  const count = members.length;
  if (count < 2) return new Float64Array(count);
  // Locals instead of property reads in the hot loops: a cut runs this over every row.
  const sum = scratch;
  const indptr = v.indptr;
  const indices = v.indices;
  const data = v.data;
  const touched = touchedScratch;
  let touchedCount = 0;
  for (let m = 0; m < count; m++) {
    const i = members[m] as number;
    const end = indptr[i + 1] as number;
    for (let p = indptr[i] as number; p < end; p++) {
      const f = indices[p] as number;
      const old = sum[f] as number;
      // TF-IDF weights are positive, so a zero entry has not been touched yet.
      if (old === 0) touched[touchedCount++] = f;
      sum[f] = old + (data[p] as number);
    }
  }
  let sumSq = 0;
  for (let t = 0; t < touchedCount; t++) {
    const x = sum[touched[t] as number] as number;
    sumSq += x * x;
  }
  const result = new Float64Array(count);
  for (let m = 0; m < count; m++) {
    const i = members[m] as number;
    let dot = 0;
    let self = 0;
    const end = indptr[i + 1] as number;
    for (let p = indptr[i] as number; p < end; p++) {
      const x = data[p] as number;
      dot += x * (sum[indices[p] as number] as number);
      self += x * x;
    }
    const restNormSq = sumSq - 2 * dot + self;
    const restDot = dot - self;
    result[m] = restNormSq > 1e-12 && self > 0 ? restDot / (Math.sqrt(restNormSq) * Math.sqrt(self)) : 0;
  }
  for (let t = 0; t < touchedCount; t++) sum[touched[t] as number] = 0;
  return result;
}
