/**
 * Sparse row vectors in CSR form (plain typed arrays, cheap to keep and to post to a worker): the TF-IDF
 * vectors of the names (`internals/tfidfVectors`) and the catalogue's concept projection share it.
 */
export interface SparseRows {
  readonly n: number;
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly data: Float32Array;
  /** Feature strings by id (n-grams are "g:…", whole stems "w:…"). */
  readonly features: readonly string[];
}

/**
 * `SparseRows` assembled row by row: row `i` holds the (feature, value) pairs `rowOf(items[i], i)` gives,
 * in that order (features ascending, as CSR readers expect); values are stored as 32-bit floats.
 */
export function sparseRowsFrom<T>(
  items: readonly T[],
  features: readonly string[],
  rowOf: (item: T, i: number) => Iterable<readonly [number, number]>,
): SparseRows {
  const indptr = new Int32Array(items.length + 1);
  const indices: number[] = [];
  const data: number[] = [];
  items.forEach((item, i) => {
    for (const [feature, value] of rowOf(item, i)) {
      indices.push(feature);
      data.push(value);
    }
    indptr[i + 1] = indices.length;
  });
  return {
    n: items.length,
    indptr,
    indices: Int32Array.from(indices),
    data: Float32Array.from(data),
    features,
  };
}

/** The same rows with every row `i` for which `empty(i)` holds left without features (it then knows nothing). */
export function withEmptyRows(rows: SparseRows, empty: (i: number) => boolean): SparseRows {
  return sparseRowsFrom(
    Array.from({ length: rows.n }, (_, i) => i),
    rows.features,
    function* (i) {
      if (empty(i)) return;
      for (let p = rows.indptr[i] as number; p < (rows.indptr[i + 1] as number); p++)
        yield [rows.indices[p] as number, rows.data[p] as number] as const;
    },
  );
}
