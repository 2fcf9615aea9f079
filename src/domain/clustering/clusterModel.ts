import type { ClusterStrategy } from "./types";
import type { Dendrogram } from "./internals/dendrogram";
import type { LabelIndex } from "./internals/labelIndex";
import type { ModelRowSignals } from "./modelRowSignals";
import type { SparseRows } from "./sparseRows";
import type { CatalogueEvidence } from "../catalogue/types";
import type { TaskAreaGroups } from "./bereiche/taskAreaGroups";

/**
 * Everything a cut needs, computed once by `buildClusterModel`: rows in canonical order (sorted by
 * key), the text analysis for labels and the dendrogram. Plain data (arrays, typed arrays, records),
 * so it can be kept in a Web Worker or posted back and forth; granularity changes only re-cut it.
 */
export interface ClusterModel {
  readonly strategy: ClusterStrategy;
  /** The strategy's sensible cut, used when no granularity is given. */
  readonly defaultGranularity: number;
  /** Row keys in canonical order; row i of every array below is `keys[i]`. */
  readonly keys: readonly string[];
  readonly names: readonly string[];
  /** Subject terms, procedure words, Verrichtungen and structured values per row, interned for labels. */
  readonly labels: LabelIndex;
  readonly vectors: SparseRows;
  readonly signals: readonly ModelRowSignals[];
  /** Headers of the column strategy's columns, for reasons ("Spalte 3" when unknown). */
  readonly columnHeader?: string;
  readonly subColumnHeader?: string;
  readonly dendrogram: Dendrogram;
  /**
   * Each row's Bereich as codes (−1 = blank) when the Bereiche come from the sheet
   * (`sheetBereichValues`: the user's own groups) or from the task areas (`taskAreas`): a cluster never
   * spans two. A cut splits a cluster whose rows hold two codes along the tree (`applyConstraints`); the
   * similarity strategies keep such rows apart in the tree already. Absent when the Bereiche come from
   * the catalogue or a cut.
   */
  readonly partition?: Int32Array;
  /**
   * With the catalogue only: each row's L2-normalised vector in the concept space (explicit semantic
   * analysis onto the catalogue's Lebenslagen), same layout as `vectors`; feature id = concept id.
   */
  readonly concepts?: SparseRows;
  /** With the catalogue only: concept id → its catalogue name (the Lebenslage). */
  readonly conceptNames?: readonly string[];
  /**
   * With the catalogue only: each row's votes of its nearest catalogue services over the Lebenslagen
   * and Themenfelder (`Catalogue.evidence`), for the Bereich level.
   */
  readonly evidence?: CatalogueEvidence;
  /**
   * With the catalogue and no grouping column of the sheet, when the Bereiche come from the task areas
   * (source `taskArea`, or `auto` with the auto strategy): the Bereiche from the task areas the names
   * belong to. For the similarity strategies their `groupOf` is also the `partition`.
   */
  readonly taskAreas?: TaskAreaGroups;
}

/** Maps a granularity (0 = fine … 1 = coarse) to the dendrogram distance threshold it cuts at. */
export function granularityToThreshold(granularity: number): number {
  return Math.min(1, Math.max(0, granularity));
}

/** Display value for blank cells in the column strategy: a visible group, never lost. */
export const BLANK_VALUE = "ohne Angabe";
