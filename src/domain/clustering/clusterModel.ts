import type { CatalogueMatch } from "../catalogue/types";
import type { ClusterStrategy } from "./types";
import type { Dendrogram } from "./internals/dendrogram";
import type { LabelIndex } from "./internals/labelIndex";
import type { SparseRows } from "./internals/tfidfVectors";

/** Per-row structured values the reasons can cite (absent = not in the sheet). */
export interface ModelRowSignals {
  readonly leikaKey?: string;
  /** OZG-Leistung: its name, else its id. */
  readonly ozg?: string;
  /** OZG-Leistung name only (labels use it when all members share it). */
  readonly ozgName?: string;
  readonly fachanwendung?: string;
  readonly lebenslage?: string;
  readonly themenfeld?: string;
  /** Column strategy: display value of the column ("ohne Angabe" for blanks), and of the sub column. */
  readonly column?: string;
  readonly subColumn?: string;
  readonly catalogue?: CatalogueMatch;
}

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
}

/** Maps a granularity (0 = fine … 1 = coarse) to the dendrogram distance threshold it cuts at. */
export function granularityToThreshold(granularity: number): number {
  return Math.min(1, Math.max(0, granularity));
}

/** Display value for blank cells in the column strategy: a visible group, never lost. */
export const BLANK_VALUE = "ohne Angabe";
