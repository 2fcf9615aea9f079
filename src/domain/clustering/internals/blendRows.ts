import type { SparseRows } from "./tfidfVectors";

/**
 * Concatenates two blocks of L2-normalised rows, scaled by √(1 − w) and √w, so the cosine of two
 * blended rows is (1 − w)·cos_a + w·cos_b. A row whose second block is empty keeps its first block at
 * full weight (a name the catalogue knows nothing about is compared by its name alone, not
 * penalised); its cosine with a blended row is then √(1 − w)·cos_a. Feature ids of `b` follow those of
 * `a`. @internal
 */
export function blendRows(a: SparseRows, b: SparseRows, w: number): SparseRows {
  const n = a.n;
  const indptr = new Int32Array(n + 1);
  const nnz = a.indices.length + b.indices.length;
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
  const offset = a.features.length;
  const sa = Math.sqrt(1 - w);
  const sb = Math.sqrt(w);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const bStart = b.indptr[i] as number;
    const bEnd = b.indptr[i + 1] as number;
    const scaleA = bEnd > bStart ? sa : 1;
    for (let q = a.indptr[i] as number; q < (a.indptr[i + 1] as number); q++, p++) {
      indices[p] = a.indices[q] as number;
      data[p] = (a.data[q] as number) * scaleA;
    }
    for (let q = bStart; q < bEnd; q++, p++) {
      indices[p] = offset + (b.indices[q] as number);
      data[p] = (b.data[q] as number) * sb;
    }
    indptr[i + 1] = p;
  }
  return {
    n,
    indptr,
    indices: indices.subarray(0, p),
    data: data.subarray(0, p),
    features: [...a.features, ...b.features],
  };
}
