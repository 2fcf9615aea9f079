import type { FactKind } from "./labelIndex";

/**
 * Reusable counting buffers for describing many clusters in one cut (all zero between calls). Create
 * one per cut with `createDescribeScratch`; describing without one allocates per cluster.
 * @internal
 */
export interface DescribeScratch {
  readonly vector: Float64Array;
  readonly features: Int32Array;
  readonly stems: Int32Array;
  readonly words: Int32Array;
  readonly procedures: Int32Array;
  readonly verrichtungen: Int32Array;
}

/** The most frequent value of a fact and how many members have it. @internal */
export interface Dominant {
  readonly kind: FactKind;
  readonly code: number;
  readonly value: string;
  readonly count: number;
}
