import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import { parseInventory } from "../../../src/domain/inventory/parseInventory";
import { shippedCatalogue } from "../catalogue/loadIndex";

/** A district's inventory with the specialist application of each process (written for this test). */
const INVENTORY: readonly (readonly string[])[] = [
  ["Prozess", "Fachanwendung", "Fachbereich"],
  ["Kfz-Anmeldung", "i-Kfz / KFZ-Verfahren", "Straßenverkehr"],
  ["Kfz-Abmeldung", "i-Kfz / KFZ-Verfahren", "Straßenverkehr"],
  ["Außerbetriebsetzung", "i-Kfz / KFZ-Verfahren", "Straßenverkehr"],
  ["Halterwechsel", "i-Kfz / KFZ-Verfahren", "Straßenverkehr"],
  ["Wunschkennzeichen reservieren", "i-Kfz / KFZ-Verfahren", "Straßenverkehr"],
  ["Führerschein Ersterteilung", "FE-Verfahren", "Straßenverkehr"],
  ["Führerschein Umtausch", "FE-Verfahren", "Straßenverkehr"],
  ["Ersatzführerschein", "FE-Verfahren", "Straßenverkehr"],
  ["Anmeldung Wohnsitz", "OK.EWO", "Bürgerservice"],
  ["Abmeldung Wohnsitz", "OK.EWO", "Bürgerservice"],
  ["Meldebescheinigung", "OK.EWO", "Bürgerservice"],
  ["Personalausweis beantragen", "VOIS|PAS", "Bürgerservice"],
  ["Reisepass beantragen", "VOIS|PAS", "Bürgerservice"],
  ["Wohngeld Erstantrag", "OPEN/PROSOZ", "Soziales"],
  ["Wohngeld Weiterleistung", "OPEN/PROSOZ", "Soziales"],
  ["Grundsicherung", "OPEN/PROSOZ", "Soziales"],
  ["Hilfe zur Pflege", "OPEN/PROSOZ", "Soziales"],
  ["Bauantrag", "ProBauG", "Bauordnung"],
  ["Bauvoranfrage", "ProBauG", "Bauordnung"],
  ["Abbruchanzeige", "ProBauG", "Bauordnung"],
  ["Gewerbeanmeldung", "OK.GEWAN", "Ordnung"],
  ["Gewerbeabmeldung", "OK.GEWAN", "Ordnung"],
  ["Gaststättenerlaubnis", "OK.GEWAN", "Ordnung"],
  ["Hundesteuer Anmeldung", "OK.FIS", "Finanzen"],
  ["Hundesteuer Abmeldung", "OK.FIS", "Finanzen"],
  ["Grundsteuer Erlass", "OK.FIS", "Finanzen"],
];

describe("the sheet's Fachanwendung in the default (auto) proposal", () => {
  const { records, headers } = parseInventory({ values: INVENTORY, firstRow: 1, firstColumn: 0 });
  const result = clusterProcesses(records, { catalogue: shippedCatalogue(), headers });
  const clusterOf = (name: string): string | undefined =>
    result.clusters.find((c) => c.keys.some((k) => records.find((r) => r.key === k)?.name === name))?.id;

  it("reads the column as Fachanwendung", () => {
    expect(records.every((r) => r.fachanwendung !== undefined)).toBe(true);
  });

  it("keeps processes of one application together and those of two apart when names alone would join them", () => {
    // Both ID documents run in VOIS|PAS; the registration certificate in OK.EWO. Without the push apart
    // of two applications, the n/4 limit joined "Meldebescheinigung" to "Personalausweis beantragen"
    // and left "Reisepass beantragen" alone.
    expect(clusterOf("Reisepass beantragen")).toBe(clusterOf("Personalausweis beantragen"));
    expect(clusterOf("Meldebescheinigung")).not.toBe(clusterOf("Personalausweis beantragen"));
    // No cluster spans two applications here.
    for (const cluster of result.clusters) {
      const apps = new Set(cluster.keys.map((k) => records.find((r) => r.key === k)?.fachanwendung));
      expect([cluster.label, apps.size]).toEqual([cluster.label, 1]);
    }
  });
});
