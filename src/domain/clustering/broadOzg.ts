import type { CatalogueMatch } from "../catalogue/types";

/**
 * An OZG-Leistung bundling more LeiKa services than this is a broad heading, not a bundle: "Zulassung für
 * reglementierte Berufe" (318), "Unternehmensanmeldung und -genehmigung" (198: a day-care centre's licence
 * as much as an auctioneer's), "Aufenthaltstitel" (165) … — 7 of the catalogue's 557, all others bundle
 * at most 89. Two rows matched by name to one of them were in one reference group in 80 of 115 pairs on
 * the five tuning lists (0.70), against 181 of 185 for the other OZG-Leistungen (0.98). Without
 * them as a bundle (cut 60 / 100 / 150, tuning lists, `npm run bench:lists -- --katalog`): cluster
 * B³-F1 +0.000 / +0.003 / +0.003, Bereich +0.004 / +0.004 / +0.004 on average (60 costs stadt-aemter
 * 0.007); 100, the middle of the flat range, taken. Held out (twelve lists): cluster +0.003, Bereich
 * +0.005 on average (efa +0.021, onlinedienste-titel +0.017; leistungen −0.009, kreisstadt −0.007).
 */
export const BROAD_OZG_SERVICES = 100;

/** A match by name to a broad OZG-Leistung (`BROAD_OZG_SERVICES`): a heading, not the row's bundle. */
export function broadByName(match: CatalogueMatch | undefined): boolean {
  return match !== undefined && match.via === "name" && match.ozgServices > BROAD_OZG_SERVICES;
}
