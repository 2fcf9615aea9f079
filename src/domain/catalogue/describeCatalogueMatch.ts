import { msg } from "../messages/renderMessage";
import type { Message } from "../messages/types";
import type { CatalogueMatch } from "./types";

const VIA: Readonly<Record<CatalogueMatch["via"], Message>> = {
  leikaKey: msg("cluster.catalogueViaLeikaKey"),
  leikaObject: msg("cluster.catalogueViaLeikaObject"),
  name: msg("cluster.catalogueViaName"),
};

/**
 * A row's catalogue match for a member reason, in German e.g. „laut OZG-Katalog: OZG-Leistung
 * „Eheschließung“, Lebenslage „Eheschließung & Partnerschaft“ (über den LeiKa-Schlüssel)“; a match by
 * name also names the most similar catalogue service, since that is what the reviewer can check.
 */
export function describeCatalogueMatch(match: CatalogueMatch): Message {
  const how =
    match.via === "name" && match.serviceName.trim() !== ""
      ? msg("cluster.catalogueNearest", { service: match.serviceName })
      : VIA[match.via];
  return msg("cluster.catalogueMatch", { ozg: match.ozgLeistung, lebenslage: match.lebenslage, how });
}
