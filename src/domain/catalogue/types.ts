/**
 * The OZG catalogue as the engine knows it: plain index data (built by `npm run catalogue` from
 * `assets/catalogue/ozg-katalog.csv`) and the runtime `Catalogue` that `createCatalogue` builds from it.
 */
import type { SparseRows } from "../clustering/sparseRows";

/** How a row was matched to the catalogue. */
export type CatalogueMatchVia = "leikaKey" | "leikaObject" | "name";

/** A row's confident place in the catalogue. */
export interface CatalogueMatch {
  readonly ozgId: string;
  readonly ozgLeistung: string;
  readonly lebenslage: string;
  readonly themenfeld: string;
  readonly via: CatalogueMatchVia;
  /** 0..1; only matches at or above the "sichere Zuordnung" threshold are attached to rows. */
  readonly score: number;
  /** The catalogue service the row was matched to (its name), e.g. "Waffenbesitzkarte Erteilung". */
  readonly serviceName: string;
  /** How many LeiKa services the catalogue's OZG-Leistung bundles (Waffenerlaubnis 89, Hundesteuer 2). */
  readonly ozgServices: number;
}

/**
 * The index file's content: names once, hierarchy by array index (compact, and plain JSON so both the
 * CLI and the pane's worker can load it without parsing CSV).
 */
export interface CatalogueData {
  /** Format version; `createCatalogue` rejects others. */
  readonly version: 1;
  readonly themenfelder: readonly string[];
  /** [name, index into `themenfelder`]. */
  readonly lebenslagen: readonly (readonly [string, number])[];
  /** [OZG id, name, index into `lebenslagen`]. */
  readonly leistungen: readonly (readonly [string, string, number])[];
  /** [14-digit LeiKa key or "", service name, index into `leistungen`]. */
  readonly services: readonly (readonly [string, string, number])[];
}

/** One row to place in the catalogue. */
export interface CatalogueQuery {
  readonly name: string;
  readonly leikaKey?: string;
}

/**
 * Loaded catalogue, built in the domain from plain data by `createCatalogue(data)`. Immutable; its
 * retrieval structures are built once, so matching many rows is cheap.
 */
export interface Catalogue {
  /** Lowercased words that occur in catalogue service / OZG-Leistung / Lebenslage / Themenfeld names. */
  readonly vocabulary: ReadonlySet<string>;
  /** Concept (Lebenslage) names by concept id, the dimensions of `project`. */
  readonly conceptNames: readonly string[];
  /** Confident match of one row, or undefined ("keine sichere Zuordnung"). */
  match(query: CatalogueQuery): CatalogueMatch | undefined;
  /**
   * Explicit semantic analysis: each name's L2-normalised vector over the concepts (cosine of its
   * character n-grams with each concept document, top concepts kept). Row i depends on name i only.
   */
  project(names: readonly string[]): SparseRows;
  /**
   * Soft catalogue evidence of each name: the votes of its nearest catalogue services (see
   * `CatalogueEvidence`). Row i depends on name i only.
   */
  evidence(names: readonly string[]): CatalogueEvidence;
  /**
   * Names of the task areas of a municipal administration (`AUFGABENBEREICHE`: Bürgerbüro,
   * Standesamt, Jugendamt …), the dimensions of `taskAreas`.
   */
  readonly taskAreaNames: readonly string[];
  /** The areas' typical words, as `TaskAreaPlacement.words` counts them. */
  readonly taskAreaWords: readonly string[];
  /**
   * Names of the service families inside the task areas (`LEISTUNGSFAMILIEN`: Eheschließung, Waffen,
   * Müllabfuhr …), as `TaskAreaPlacement.families` counts them.
   */
  readonly taskAreaFamilies: readonly string[];
  /**
   * Each service family (row, as `taskAreaFamilies` numbers them) in the concept space of `project`:
   * the normalised mean of the projections of its name and its words. Families of related services
   * ("Jagdschein", "Fischereischein") lie close; knowledge of the families, not of any list.
   */
  readonly familyConcepts: SparseRows;
  /**
   * Each service family (row) over the OZG-Leistungen (features: their ids): the normalised sum of the
   * match scores of its name and words matched by name ("Waffenbesitzkarte" → Waffenerlaubnis …). Finer
   * than `familyConcepts`: families whose words fall in one OZG-Leistung share a row entry.
   */
  readonly familyLeistungen: SparseRows;
  /**
   * Each name's task area, the typical word it is nearest to and that word's family; a nearly as near word
   * of a family the name's concepts agree with clearly better wins (`CONCEPT_RERANK`). `concepts`: the
   * names' `project` rows when the caller has them already. Row i depends on name i only.
   */
  taskAreas(names: readonly string[], concepts?: SparseRows): TaskAreaPlacement;
}

/**
 * Each name's task area (index into `taskAreaNames`, −1 = none), nearest typical word (index into
 * `taskAreaWords`) and service family (index into `taskAreaFamilies`, −1 = none: the word is the
 * area's own or the name is unplaced).
 */
export interface TaskAreaPlacement {
  readonly areas: Int32Array;
  readonly words: Int32Array;
  readonly families: Int32Array;
}

/**
 * Where the catalogue's nearest services of each name lie, as L2-normalised vote vectors over the
 * Lebenslagen (feature id = concept id of `Catalogue.conceptNames`) and over the Themenfelder. A name
 * without any n-gram in common with the catalogue has empty rows.
 */
export interface CatalogueEvidence {
  readonly lebenslagen: SparseRows;
  readonly themenfelder: SparseRows;
}
