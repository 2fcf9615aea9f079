/**
 * A TF-IDF retrieval index over n-gram documents (sublinear tf, smooth idf, L2), stored as an inverted
 * index in typed arrays; queries are scored by cosine against every document at once, visiting only
 * the documents that share a feature with the query. Features are the dense ids of a `GramSpace`.
 * @internal
 */
export interface GramIndex {
  readonly docs: number;
  /** Smooth idf by feature id; 0 for features no document has. */
  readonly idf: Float64Array;
  /** Postings of feature f: `postDoc/postVal[colStart[f] .. colStart[f + 1])`. */
  readonly colStart: Int32Array;
  readonly postDoc: Int32Array;
  readonly postVal: Float32Array;
}

/** A sparse L2-normalised query vector over an index's features. @internal */
export interface GramVector {
  readonly ids: readonly number[];
  readonly values: readonly number[];
}

function sublinear(tf: number): number {
  return tf > 1 ? 1 + Math.log(tf) : tf;
}

/**
 * Term counts of a document given as feature ids with repeats, in a dense scratch array (no maps:
 * building the catalogue counts millions of n-grams). Returns the distinct ids; the caller reads
 * `scratch` and zeroes it again.
 */
function countIds(ids: readonly number[], scratch: Float64Array): number[] {
  const touched: number[] = [];
  for (const id of ids) {
    if (id >= scratch.length) continue;
    if (scratch[id] === 0) touched.push(id);
    scratch[id] = (scratch[id] as number) + 1;
  }
  return touched;
}

/** Builds the index of documents given as n-gram ids with repeats (`features` = size of the id space). @internal */
export function buildGramIndex(documents: readonly (readonly number[])[], features: number): GramIndex {
  const df = new Int32Array(features);
  const seen = new Uint8Array(features);
  for (const doc of documents) {
    const distinct: number[] = [];
    for (const id of doc) {
      if (seen[id] === 0) {
        seen[id] = 1;
        distinct.push(id);
      }
    }
    for (const id of distinct) {
      seen[id] = 0;
      df[id] = (df[id] as number) + 1;
    }
  }
  const docs = documents.length;
  const idf = Float64Array.from(df, (d) => (d === 0 ? 0 : Math.log((1 + docs) / (1 + d)) + 1));
  const colStart = new Int32Array(features + 1);
  df.forEach((d, f) => (colStart[f + 1] = (colStart[f] as number) + d));
  const fill = colStart.slice(0, features);
  const postDoc = new Int32Array(colStart[features] as number);
  const postVal = new Float32Array(postDoc.length);
  const scratch = new Float64Array(features);
  documents.forEach((doc, d) => {
    const v = vectorOf(idf, doc, scratch);
    v.ids.forEach((f, k) => {
      const at = fill[f] as number;
      postDoc[at] = d;
      postVal[at] = v.values[k] as number;
      fill[f] = at + 1;
    });
  });
  return { docs, idf, colStart, postDoc, postVal };
}

/**
 * The L2-normalised TF-IDF vector of a document given as n-gram ids with repeats; features the index
 * lacks are dropped. `scratch`: zeroed array of at least the index's feature count, left zeroed. @internal
 */
export function vectorOf(
  idf: Float64Array,
  grams: readonly number[],
  scratch: Float64Array = new Float64Array(idf.length),
): GramVector {
  const ids: number[] = [];
  const values: number[] = [];
  let norm = 0;
  const touched = countIds(grams, scratch);
  touched.sort((p, q) => p - q);
  for (const id of touched) {
    const tf = scratch[id] as number;
    scratch[id] = 0;
    const weight = idf[id] ?? 0;
    if (weight === 0) continue;
    const w = sublinear(tf) * weight;
    ids.push(id);
    values.push(w);
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { ids, values: values.map((w) => w * scale) };
}

/** Cosine of the query with every document, added into `out` (length `docs`, zeroed by the caller). @internal */
export function scoreAll(index: GramIndex, query: GramVector, out: Float64Array): void {
  query.ids.forEach((f, k) => {
    const w = query.values[k] as number;
    const end = index.colStart[f + 1] as number;
    for (let p = index.colStart[f] as number; p < end; p++) {
      const d = index.postDoc[p] as number;
      out[d] = (out[d] as number) + w * (index.postVal[p] as number);
    }
  });
}
