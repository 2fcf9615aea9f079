/**
 * `npm run catalogue`: turns the shipped OZG catalogue (assets/catalogue/ozg-katalog.csv, MIT, see
 * LICENSE-OZG-Datenbank-NRW.txt next to it) into the compact index the engine loads
 * (assets/catalogue/ozg-katalog-index.json, a `CatalogueData`). The index is committed, so a fresh
 * clone works without running this; run it again only when the CSV changes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import type { CatalogueData } from "../src/domain/catalogue/types";

interface CsvRow {
  readonly leika_schluessel: string;
  readonly leika_bezeichnung: string;
  readonly ozg_id: string;
  readonly ozg_leistung: string;
  readonly lebenslage: string;
  readonly themenfeld: string;
}

const folder = join(__dirname, "..", "assets", "catalogue");
const csv = readFileSync(join(folder, "ozg-katalog.csv"), "utf8");
const rows = Papa.parse<CsvRow>(csv, { header: true, skipEmptyLines: true }).data;

/** Interns values in first-seen order (the CSV's order), so the index is deterministic. */
function interner<T>(keyOf: (value: T) => string): { readonly list: T[]; indexOf(value: T): number } {
  const ids = new Map<string, number>();
  const list: T[] = [];
  return {
    list,
    indexOf(value: T): number {
      const key = keyOf(value);
      let id = ids.get(key);
      if (id === undefined) {
        id = list.length;
        ids.set(key, id);
        list.push(value);
      }
      return id;
    },
  };
}

/**
 * Compounds that share a first part are listed with a hyphen for it ("Berufsregistereintragung,
 * -auszüge und -löschung"); where the CSV drops that hyphen after "und"/"oder" ("-auszüge und löschung"),
 * a label would show "löschung" as a lower-case word of its own. Restores it (one OZG-Leistung in 557).
 */
function repairElidedCompound(name: string): string {
  return name.replace(/(-\p{L}+ (?:und|oder) )(\p{Ll})/gu, "$1-$2");
}

const themen = interner<string>((t) => t);
const lagen = interner<[string, number]>((l) => l[0]);
const leistungen = interner<[string, string, number]>((l) => l[0]);
const services: [string, string, number][] = [];
for (const r of rows) {
  const theme = themen.indexOf(r.themenfeld.trim());
  const lage = lagen.indexOf([r.lebenslage.trim(), theme]);
  const leistung = leistungen.indexOf([r.ozg_id.trim(), repairElidedCompound(r.ozg_leistung.trim()), lage]);
  const key = /^\d{14}$/.test(r.leika_schluessel.trim()) ? r.leika_schluessel.trim() : "";
  services.push([key, r.leika_bezeichnung.trim(), leistung]);
}
const data: CatalogueData = {
  version: 1,
  themenfelder: themen.list,
  lebenslagen: lagen.list,
  leistungen: leistungen.list,
  services,
};
const json = JSON.stringify(data);
writeFileSync(join(folder, "ozg-katalog-index.json"), json);
console.log(
  `ozg-katalog-index.json: ${services.length} Leistungen, ${leistungen.list.length} OZG-Leistungen, ` +
    `${lagen.list.length} Lebenslagen, ${themen.list.length} Themenfelder; ` +
    `${(json.length / 1024).toFixed(0)} KB, gzip ${(gzipSync(json).length / 1024).toFixed(0)} KB`,
);
