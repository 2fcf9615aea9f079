import type { ProcessRecord } from "../../../src/domain/inventory/types";

/** A small realistic inventory: names of German administrative processes with some LeiKa keys. */
export const SAMPLE_NAMES: readonly (readonly [string, string?])[] = [
  ["Kfz-Zulassung", "99036008007000"],
  ["Kfz-Abmeldung", "99036008070000"],
  ["Außerbetriebsetzung eines Kraftfahrzeugs", "99036008003000"],
  ["Kraftfahrzeug Ummeldung", "99036008071000"],
  ["Kraftfahrzeugkennzeichen Zuteilung", "99036009069000"],
  ["Wohngeld beantragen", "99107001017000"],
  ["Wohngeld Weiterleistungsantrag", "99107001020000"],
  ["Mietzuschuss"],
  ["Elterngeld beantragen", "99041006080000"],
  ["Elterngeld Plus Änderung", "99041006011000"],
  ["Gewerbeanmeldung", "99050012104000"],
  ["Gewerbeabmeldung", "99050012070000"],
  ["Gewerbeummeldung", "99050012071000"],
  ["Führerschein Erteilung", "99023001001000"],
  ["Führerschein Umtausch", "99023001036000"],
  ["Baugenehmigung beantragen", "99012008006000"],
  ["Bauantrag einreichen"],
  ["Hundesteuer Anmeldung"],
  ["Hundesteuer Abmeldung"],
  ["Biotonne bestellen"],
  ["KiTa-Platz Anmeldung"],
  ["Kindertagesstätte Beitragsermäßigung"],
  ["Fischereischein"],
];

/** Records for the sample names (or given names), keyed `row:NNN`, with optional extra cells. */
export function makeRecords(names: readonly (readonly [string, string?])[] = SAMPLE_NAMES): ProcessRecord[] {
  return names.map(([name, key], index) => ({
    key: `row:${String(index + 2).padStart(3, "0")}`,
    row: index + 2,
    index,
    name,
    cells: [name, key ?? ""],
    ...(key !== undefined ? { leikaKey: key } : {}),
  }));
}
