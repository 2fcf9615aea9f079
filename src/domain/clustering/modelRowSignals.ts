import type { CatalogueMatch } from "../catalogue/types";

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
  /**
   * The service family of the task areas the row's name is nearest to (`LEISTUNGSFAMILIEN`: "Waffen",
   * "Eheschließung & Lebenspartnerschaft"); only with the catalogue, in a list of a town hall's services.
   */
  readonly family?: string;
  /** The row's confident place in the OZG catalogue (only with `ClusterOptions.catalogue`). */
  readonly catalogue?: CatalogueMatch;
}
