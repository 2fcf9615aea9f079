import type { SparseRows } from "../../../src/domain/clustering/internals/tfidfVectors";

/** Three unit rows over two features: [1, 0], [0.6, 0.8], [0, 1]. */
export const THREE_VECTORS: SparseRows = {
  n: 3,
  indptr: Int32Array.from([0, 1, 3, 4]),
  indices: Int32Array.from([0, 0, 1, 1]),
  data: Float32Array.from([1, 0.6, 0.8, 1]),
  features: ["g:a", "g:b"],
};
