import type { CatalogueMatch } from "./types";

const VIA: Readonly<Record<CatalogueMatch["via"], string>> = {
  leikaKey: "über den LeiKa-Schlüssel",
  leikaObject: "über das LeiKa-Objekt",
  name: "über den Namen",
};

/**
 * A row's catalogue match in plain German for a member reason, e.g. „laut OZG-Katalog: OZG-Leistung
 * „Eheschließung“, Lebenslage „Eheschließung & Partnerschaft“ (über den LeiKa-Schlüssel)“; a match by
 * name also names the most similar catalogue service, since that is what the reviewer can check.
 */
export function describeCatalogueMatch(match: CatalogueMatch): string {
  const how =
    match.via === "name" && match.serviceName.trim() !== ""
      ? `ähnlichste Katalogleistung „${match.serviceName}“`
      : VIA[match.via];
  return `laut OZG-Katalog: OZG-Leistung „${match.ozgLeistung}“, Lebenslage „${match.lebenslage}“ (${how})`;
}
