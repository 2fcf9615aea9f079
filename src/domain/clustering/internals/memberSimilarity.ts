import type { SparseRows } from "./tfidfVectors";

/**
 * Cosine similarity of each member's name vector to the sum of the other members' vectors (its
 * "fit" in the cluster), in O(non-zeros). Singletons get 0. `scratch` (length ≥ feature count, all
 * zero) avoids allocating per cluster during a cut; it is returned all zero again.
 * @internal
 */
export function memberSimilarity(
  v: SparseRows,
  members: readonly number[],
  scratch: Float64Array = new Float64Array(v.features.length),
): number[] {
  if (members.length < 2) return members.map(() => 0);
  const sum = scratch;
  const touched: number[] = [];
  for (const i of members) {
    for (let p = v.indptr[i] as number; p < (v.indptr[i + 1] as number); p++) {
      const f = v.indices[p] as number;
      // TF-IDF weights are positive, so a zero entry has not been touched yet.
      if (sum[f] === 0) touched.push(f);
      sum[f] = (sum[f] as number) + (v.data[p] as number);
    }
  }
  let sumSq = 0;
  for (const f of touched) sumSq += (sum[f] as number) ** 2;
  const result = members.map((i) => {
    let dot = 0;
    let self = 0;
    for (let p = v.indptr[i] as number; p < (v.indptr[i + 1] as number); p++) {
      const x = v.data[p] as number;
      dot += x * (sum[v.indices[p] as number] as number);
      self += x * x;
    }
    const restNormSq = sumSq - 2 * dot + self;
    const restDot = dot - self;
    return restNormSq > 1e-12 && self > 0 ? restDot / (Math.sqrt(restNormSq) * Math.sqrt(self)) : 0;
  });
  for (const f of touched) sum[f] = 0;
  return result;
}
