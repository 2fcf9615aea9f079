import { condensedRowBases } from "./condensedIndex";
import { textDistances, type PairSignal } from "./distanceMatrix";
import { collapsedAverageMerges } from "./collapsedMerges";
import { expandUnitMerges } from "./expandUnitMerges";
import type { RawMerges } from "./nnChainAverage";
import { readableAverageMerges } from "./readableMerges";
import { objectUnits, sliceRows, unitCentroids, unitCodes } from "./objectUnits";
import type { SparseRows } from "./tfidfVectors";

/**
 * Average-linkage merges of the auto strategy over rows, computed on LeiKa objects as units.
 *
 * The rows of one LeiKa object (8 digits) are nearly always one service (99 % pure on the labelled
 * data), so they are compared as one unit: by the centroid of their name vectors, which keeps the
 * shared subject and dilutes Verrichtung details. Rows without an object are units of their own and
 * keep the subject-phrase signal (an object already is one subject). Inside an object the rows merge
 * first, at their name distance shrunk by `objectWeight`, so a fine cut can still tell them apart.
 * The units merge with `readableAverageMerges`: plain UPGMA up to `readable.base` and below
 * `readable.cap` groups, priced merges in between.
 *
 * Memory: the unit matrix replaces the row matrix (units ≤ rows), so the engine never holds more than
 * one n(n−1)/2 Float32 matrix; the per-object matrices are small and built one at a time.
 * @internal
 */
export function autoMerges(
  vectors: SparseRows,
  phrase: PairSignal,
  objectCodes: Int32Array,
  objectWeight: number,
  signals: readonly PairSignal[],
  readable: ReadableMiddle,
  disagreement?: Disagreement,
): RawMerges {
  const units = objectUnits(objectCodes);
  const unitSignals: PairSignal[] = [
    {
      ...phrase,
      codes: unitCodes(phrase.codes, units, (rows) => (objectCodes[rows[0] as number] as number) < 0),
    },
    ...signals.map((s) => ({ ...s, codes: unitCodes(s.codes, units) })),
  ];
  const dist = textDistances(unitCentroids(vectors, units), unitSignals);
  if (disagreement !== undefined) {
    raiseByDisagreement(dist, unitCentroids(disagreement.rows, units), disagreement.penalty);
  }
  const unitMerges = readableAverageMerges(
    units.count,
    dist,
    readable.base,
    readable.cap,
    Int32Array.from(units.rows, (rows) => rows.length),
  );
  const inner = units.rows.map((rows) =>
    rows.length < 2
      ? undefined
      : collapsedAverageMerges(
          sliceRows(vectors, rows),
          { ...phrase, codes: Int32Array.from(rows, (i) => phrase.codes[i] as number) },
          1 - objectWeight,
        ),
  );
  return expandUnitMerges(units, unitMerges, inner);
}

/** Where the readable middle of the tree lies (`readableAverageMerges`): above `base`, down to `cap` groups. @internal */
export interface ReadableMiddle {
  readonly base: number;
  readonly cap: number;
}

/** Rows in a second space whose disagreement pushes names apart (see `raiseByDisagreement`). @internal */
export interface Disagreement {
  readonly rows: SparseRows;
  readonly penalty: number;
}

/**
 * Raises each name distance d < 1 to d + (1 − d) · penalty · e, e the cosine distance of the two units
 * in `evidence` (L2-normalised rows): units the evidence places alike keep their distance, units it
 * places apart move apart. Only raises, so the cut's threshold never merges more than without it;
 * pairs of which one unit has no evidence (an empty row) are left as they are. @internal
 */
export function raiseByDisagreement(dist: Float32Array, evidence: SparseRows, penalty: number): void {
  const n = evidence.n;
  const agreement = textDistances(evidence, []);
  const known = Array.from(
    { length: n },
    (_, i) => (evidence.indptr[i + 1] as number) > (evidence.indptr[i] as number),
  );
  const base = condensedRowBases(n);
  for (let i = 0; i < n; i++) {
    if (!known[i]) continue;
    for (let j = i + 1; j < n; j++) {
      const p = (base[i] as number) + j;
      const d = dist[p] as number;
      if (d < 1 && known[j]) dist[p] = d + (1 - d) * penalty * (agreement[p] as number);
    }
  }
}
