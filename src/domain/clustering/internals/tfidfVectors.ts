/**
 * Sparse TF-IDF vectors in CSR form (plain typed arrays, cheap to keep and to post to a worker).
 * Matches scikit-learn's `TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
 * smooth_idf=True, norm="l2")` for the n-gram block; an optional second block of whole stems is
 * normalised on its own and mixed in with weight `wordWeight`, so cos = (1-w)·cos_ngram + w·cos_word.
 * @internal
 */
import type { SparseRows } from "../sparseRows";

export type { SparseRows };

const MIN_N = 3;
const MAX_N = 5;

function charWbNgrams(word: string, weight: number, out: string[], outWeights: number[]): void {
  const padded = ` ${word} `;
  for (let n = MIN_N; n <= MAX_N; n++) {
    if (padded.length < n) {
      if (n === MIN_N) {
        out.push(`g:${padded}`);
        outWeights.push(weight);
      }
      break;
    }
    for (let i = 0; i + n <= padded.length; i++) {
      out.push(`g:${padded.slice(i, i + n)}`);
      outWeights.push(weight);
    }
  }
}

/** Feature ids in order of first occurrence, with their document frequencies. */
interface FeatureTable {
  readonly features: string[];
  readonly df: number[];
  /** A stem's n-gram feature ids and its whole-word feature id (−1 without the word block). */
  readonly gramsOf: (stem: string) => { readonly grams: readonly number[]; readonly word: number };
}

function featureTable(wordWeight: number): FeatureTable {
  const ids = new Map<string, number>();
  const features: string[] = [];
  const df: number[] = [];
  const idOf = (g: string): number => {
    let id = ids.get(g);
    if (id === undefined) {
      id = features.length;
      ids.set(g, id);
      features.push(g);
      df.push(0);
    }
    return id;
  };
  // Stems repeat thousands of times in an inventory: build each stem's feature ids once.
  const stemGrams = new Map<string, { readonly grams: readonly number[]; readonly word: number }>();
  const gramsOf = (stem: string): { readonly grams: readonly number[]; readonly word: number } => {
    let entry = stemGrams.get(stem);
    if (entry === undefined) {
      const grams: string[] = [];
      const unused: number[] = [];
      charWbNgrams(stem, 1, grams, unused);
      entry = { grams: grams.map(idOf), word: wordWeight > 0 ? idOf(`w:${stem}`) : -1 };
      stemGrams.set(stem, entry);
    }
    return entry;
  };
  return { features, df, gramsOf };
}

/** Per row: feature id → weighted count; counts each feature's documents into `table.df`. */
function countFeatures(
  rows: readonly (readonly string[])[],
  table: FeatureTable,
  termWeights: readonly (readonly number[])[] | undefined,
  documents: Int32Array | undefined,
): Map<number, number>[] {
  const df = table.df;
  const docFeatures = new Map<number, Set<number>>();
  const rowCounts: Map<number, number>[] = rows.map((stems, r) => {
    const tw = termWeights?.[r];
    const counts = new Map<number, number>();
    stems.forEach((s, k) => {
      const w = tw?.[k] ?? 1;
      const entry = table.gramsOf(s);
      for (const id of entry.grams) counts.set(id, (counts.get(id) ?? 0) + w);
      if (entry.word >= 0) counts.set(entry.word, (counts.get(entry.word) ?? 0) + w);
    });
    const doc = documents?.[r] ?? -1;
    if (doc < 0) {
      for (const id of counts.keys()) df[id] = (df[id] ?? 0) + 1;
    } else {
      // A shared document counts each feature once, however many rows it has.
      let seen = docFeatures.get(doc);
      if (seen === undefined) {
        seen = new Set<number>();
        docFeatures.set(doc, seen);
      }
      for (const id of counts.keys()) seen.add(id);
    }
    return counts;
  });
  for (const seen of docFeatures.values()) for (const id of seen) df[id] = (df[id] ?? 0) + 1;
  return rowCounts;
}

/**
 * Builds the vectors of each row's stems; `termWeights` (parallel, default 1) scale a stem's term
 * frequency. `documents` (optional, per row) says which rows count as one document for the document
 * frequency: variants of one service ("Kraftfahrzeug Abmeldung", "Kraftfahrzeug Meldung Verkauf")
 * would otherwise make its subject look common and weigh it down. Rows with −1 count on their own.
 * Deterministic: feature ids follow first occurrence.
 */
export function tfidfVectors(
  rows: readonly (readonly string[])[],
  wordWeight: number,
  termWeights?: readonly (readonly number[])[],
  documents?: Int32Array,
): SparseRows {
  const table = featureTable(wordWeight);
  const features = table.features;
  const rowCounts = countFeatures(rows, table, termWeights, documents);
  const n = rows.length;
  const docs = documents === undefined ? n : documentCount(documents);
  const idf = table.df.map((d) => Math.log((1 + docs) / (1 + d)) + 1);
  const indptr = new Int32Array(n + 1);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    nnz += rowCounts[i]?.size ?? 0;
    indptr[i + 1] = nnz;
  }
  const indices = new Int32Array(nnz);
  const data = new Float32Array(nnz);
  for (let i = 0; i < n; i++) {
    const entries = [...(rowCounts[i] ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
    let gNorm = 0;
    let wNorm = 0;
    const weights = entries.map(([id, tf]) => {
      // Sublinear tf; weighted counts below 1 stay linear so the weighting is kept.
      const w = (tf > 1 ? 1 + Math.log(tf) : tf) * (idf[id] ?? 1);
      if ((features[id] ?? "").startsWith("w:")) wNorm += w * w;
      else gNorm += w * w;
      return w;
    });
    const gScale = gNorm > 0 ? Math.sqrt(1 - wordWeight) / Math.sqrt(gNorm) : 0;
    const wScale = wNorm > 0 ? Math.sqrt(wordWeight) / Math.sqrt(wNorm) : 0;
    let p = indptr[i] ?? 0;
    entries.forEach(([id], k) => {
      indices[p] = id;
      data[p] = (weights[k] ?? 0) * ((features[id] ?? "").startsWith("w:") ? wScale : gScale);
      p++;
    });
  }
  return { n, indptr, indices, data, features };
}

/** Number of documents: distinct ids ≥ 0 plus every row with −1. */
function documentCount(documents: Int32Array): number {
  const ids = new Set<number>();
  let alone = 0;
  for (const d of documents) {
    if (d < 0) alone++;
    else ids.add(d);
  }
  return ids.size + alone;
}
