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
