/** The catalogue mapping as extra inventory columns, on request ("OZG-Leistung (Katalog)" …). */
import type { ProcessRecord } from "../inventory/types";
import { msg, renderMessage } from "../messages/renderMessage";
import type { Catalogue } from "./types";

/** Headers of the mapping columns, in order. */
export const CATALOGUE_COLUMN_HEADERS = [
  "OZG-Leistung (Katalog)",
  "Lebenslage (Katalog)",
  "Themenfeld (Katalog)",
] as const;

/**
 * What a row without a confident match shows in the first mapping column: a cell value of the
 * workbook, so German like the rest of the report.
 */
export const NO_CATALOGUE_MATCH = renderMessage(msg("cluster.catalogueNoMatch"), "de");

/**
 * Per record key, the three mapping values (OZG-Leistung, Lebenslage, Themenfeld) of its confident match
 * in the OZG catalogue — by LeiKa key where the row has a valid one, else by name, as the engine matches —
 * or `NO_CATALOGUE_MATCH` and two empty values.
 */
export function catalogueColumns(
  records: readonly ProcessRecord[],
  catalogue: Catalogue,
): Map<string, readonly [string, string, string]> {
  const out = new Map<string, readonly [string, string, string]>();
  for (const r of records) {
    const key = r.leikaKey !== undefined && /^99\d{12}$/.test(r.leikaKey) ? r.leikaKey : undefined;
    const match = catalogue.match({ name: r.name, ...(key === undefined ? {} : { leikaKey: key }) });
    out.set(
      r.key,
      match === undefined
        ? [NO_CATALOGUE_MATCH, "", ""]
        : [match.ozgLeistung, match.lebenslage, match.themenfeld],
    );
  }
  return out;
}
