import type { CatalogueMatch } from "./types";

/**
 * Plain-German reason for a row's catalogue match, for member reasons, e.g.
 * "laut OZG-Katalog: Lebenslage „Eheschließung & Partnerschaft“, OZG-Leistung „Eheschließung“ (über den
 * LeiKa-Schlüssel)" or "… (ähnlichste Katalogleistung „Waffenbesitzkarte Erteilung“)".
 */
export function describeCatalogueMatch(match: CatalogueMatch): string {
  const where = `laut OZG-Katalog: Lebenslage „${match.lebenslage}“, OZG-Leistung „${match.ozgLeistung}“`;
  switch (match.via) {
    case "leikaKey":
      return `${where} (über den LeiKa-Schlüssel)`;
    case "leikaObject":
      return `${where} (über die ersten 8 Stellen des LeiKa-Schlüssels)`;
    case "name":
      return `${where} (ähnlichste Katalogleistung „${match.serviceName}“)`;
    default: {
      const never: never = match.via;
      throw new TypeError(`Unbekannte Zuordnung: ${String(never)}`);
    }
  }
}
