/** How a row was matched to the OZG catalogue. */
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

/** Loaded catalogue (built in the domain from plain data). */
export interface Catalogue {
  /** Lowercased words that occur in catalogue service / OZG-Leistung / Lebenslage / Themenfeld names. */
  readonly vocabulary: ReadonlySet<string>;
}
