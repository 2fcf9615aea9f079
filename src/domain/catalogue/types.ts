/**
 * Types of the OZG catalogue as agreed for issue 11 (owned by the catalogue work; this file carries
 * only the agreed interface so labels and reasons can be written against it).
 */
export type CatalogueMatchVia = "leikaKey" | "leikaObject" | "name";

/** A row's confident match in the OZG catalogue. */
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
}

/** Loaded catalogue (opaque here except for its vocabulary). */
export interface Catalogue {
  /** Lowercased words that occur in catalogue service / OZG-Leistung / Lebenslage / Themenfeld names. */
  readonly vocabulary: ReadonlySet<string>;
}
