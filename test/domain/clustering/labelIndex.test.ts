import { DEFAULT_STOP_WORDS } from "../../../src/domain/clustering/defaultStopWords";
import { DEFAULT_SYNONYMS } from "../../../src/domain/clustering/defaultSynonyms";
import { analyzeNames } from "../../../src/domain/clustering/internals/analyzeNames";
import { buildLabelIndex } from "../../../src/domain/clustering/internals/labelIndex";
import { SAMPLE_NAMES } from "./makeRecords";

/** The procedure words a label of `rows` may show, given the words the catalogue knows. */
function proceduresShown(rows: readonly string[]): (known: readonly string[]) => string[] {
  const analysis = analyzeNames(rows, DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS);
  return (known) =>
    buildLabelIndex(
      analysis,
      rows.map(() => ({})),
      new Set(known),
    ).procedureDisplay.slice();
}

describe("buildLabelIndex", () => {
  const names = SAMPLE_NAMES.map(([name]) => name);
  const analysis = analyzeNames(names, DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS);
  const signals = SAMPLE_NAMES.map(([, key]) => (key === undefined ? {} : { leikaKey: key }));
  const index = buildLabelIndex(analysis, signals);

  it("keeps every row's terms, stems and procedure words in order", () => {
    analysis.rows.forEach((row, i) => {
      const range = (ptr: Int32Array): number[] =>
        Array.from({ length: (ptr[i + 1] as number) - (ptr[i] as number) }, (_, k) => (ptr[i] as number) + k);
      expect(range(index.termPtr).map((p) => index.words[index.termWord[p] as number])).toEqual(row.terms);
      expect(range(index.termPtr).map((p) => index.stems[index.termStem[p] as number])).toEqual(
        row.termStems,
      );
      expect(range(index.procPtr).map((p) => index.procedures[index.procId[p] as number])).toEqual(
        row.procedures,
      );
    });
  });

  it("interns each value once and shows words in their written form", () => {
    expect(new Set(index.stems).size).toBe(index.stems.length);
    expect(new Set(index.words).size).toBe(index.words.length);
    expect(index.wordDisplay[index.words.indexOf("kraftfahrzeug")]).toBe("Kraftfahrzeug");
  });

  it("decodes Verrichtungen and codes LeiKa objects and groups, −1 where a row has no key", () => {
    const zulassung = names.indexOf("Kfz-Zulassung");
    expect(index.verrichtungen[index.verrichtung[zulassung] as number]).toBe("Zulassung");
    const object = index.facts.object;
    expect(object.values[object.codes[zulassung] as number]).toBe("99036008");
    expect(object.codes[names.indexOf("Mietzuschuss")]).toBe(-1);
    expect(index.facts.group.codes[names.indexOf("Kfz-Abmeldung")]).toBe(index.facts.group.codes[zulassung]);
    expect([...index.facts.ozg.codes].every((c) => c === -1)).toBe(true);
  });

  it("shows a word in its base form: from the inventory, else a genitive confirmed by known words", () => {
    const display = (rows: readonly string[], known: readonly string[] = []): Record<string, string> => {
      const a = analyzeNames(rows, DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS);
      const ix = buildLabelIndex(
        a,
        rows.map(() => ({})),
        new Set(known),
      );
      return Object.fromEntries(ix.words.map((w, k) => [w, ix.wordDisplay[k] ?? ""]));
    };
    // The base is written elsewhere in the inventory.
    expect(display(["Hund anmelden", "Anmeldung eines Hundes"])["hundes"]).toBe("Hund");
    // The name marks the genitive: "eines Jagdscheins" is the genitive of "Jagdschein".
    const genitive = [
      "Erteilung eines Jagdscheins",
      "Zuteilung eines Kurzzeitkennzeichens",
      "Anmeldung eines Kurs",
    ];
    expect(display(genitive)["jagdscheins"]).toBe("Jagdschein");
    // A noun in -us is no genitive of a base in -u.
    const status = display(["Bewilligung des Status eines zugelassenen Empfängers"]);
    expect(status["status"]).toBe("Status");
    // Adjectives may stand between the article and the genitive.
    expect(status["empfängers"]).toBe("Empfänger");
    expect(display(["Förderung des nachträglichen Einbaus von Filtern"])["einbaus"]).toBe("Einbau");
    // Without an article only the known words (the catalogue's) confirm the base or its head.
    const bare = ["Jagdscheins Verlust", "Kurzzeitkennzeichens Zuteilung", "Anmeldung Kurs"];
    expect(display(bare)["jagdscheins"]).toBe("Jagdscheins");
    const known = display(bare, ["jagdschein", "kennzeichen", "kur"]);
    expect(known["jagdscheins"]).toBe("Jagdschein");
    expect(known["kurzzeitkennzeichens"]).toBe("Kurzzeitkennzeichen");
    expect(display(genitive)["kurs"]).toBe("Kurs");
    // Too short a base is never taken ("Kurs" is not the genitive of "Kur" here).
    expect(known["kurs"]).toBe("Kurs");
  });

  it("shows a dative plural as its plural when a known word confirms it", () => {
    const rows = ["Reklamation an Abfallbehältern", "Befreiung von Elternbeiträgen", "Kosten erstatten"];
    const a = analyzeNames(rows, DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS);
    const display = (known: readonly string[]): Record<string, string> => {
      const ix = buildLabelIndex(
        a,
        rows.map(() => ({})),
        new Set(known),
      );
      return Object.fromEntries(ix.words.map((w, k) => [w, ix.wordDisplay[k] ?? ""]));
    };
    // Unconfirmed: as written.
    expect(display([])["abfallbehältern"]).toBe("Abfallbehältern");
    const shown = display(["abfallbehälter", "beiträge", "kost"]);
    expect(shown["abfallbehältern"]).toBe("Abfallbehälter");
    // Confirmed through the compound's head ("Beiträge").
    expect(shown["elternbeiträgen"]).toBe("Elternbeiträge");
    // Only the -n goes, and only to a known word: "Kosten" is neither "Koste" nor "Kost".
    expect(shown["kosten"]).toBe("Kosten");
  });

  it("keeps the written spelling when the base form is only known, not written (ß stays ß)", () => {
    const rows = ["Reinigung von Straßen", "Straßenbeleuchtung melden", "Erteilung eines Großraumtransports"];
    const a = analyzeNames(rows, DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS);
    const ix = buildLabelIndex(
      a,
      rows.map(() => ({})),
      new Set(["strasse", "grossraumtransport"]),
    );
    const shown = Object.fromEntries(ix.words.map((w, k) => [w, ix.wordDisplay[k] ?? ""]));
    expect(shown["strassen"]).toBe("Straße");
    expect(shown["grossraumtransports"]).toBe("Großraumtransport");
  });

  it("counts and shows a procedure verb as its noun when that noun is written or known", () => {
    const procedures = proceduresShown([
      "Hund anmelden",
      "Anmeldung eines Hundes",
      "Hund abmelden",
      "Wohngeld beantragen",
    ]);
    // "Anmeldung" is written: "anmelden" is the same procedure. Nobody wrote "Abmeldung" or "Antrag".
    expect(procedures([])).toEqual(["Anmeldung", "Abmelden", "Beantragen"]);
    // The catalogue knows them: nouns throughout.
    expect(procedures(["abmeldung", "antrag"])).toEqual(["Anmeldung", "Abmeldung", "Antrag"]);
  });

  it("never shows an adverb or a verb that would read as another noun as a procedure word", () => {
    const procedures = proceduresShown([
      "Kurs an der Volkshochschule buchen",
      "Kitaplatz finden",
      "Abfall elektronisch",
      "Kurs online",
    ]);
    // "Buchen" would read as beech trees, "Finden", "Elektronisch", "Online" say nothing of the service.
    expect(procedures([])).toEqual([]);
    // Once the catalogue knows the noun, "buchen" shows as it.
    expect(procedures(["buchung"])).toEqual(["Buchung"]);
  });

  it("never shows a compound's first part as a word when nobody wrote it alone", () => {
    const display = (rows: readonly string[]): Record<string, string> => {
      const a = analyzeNames(rows, DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS);
      const ix = buildLabelIndex(
        a,
        rows.map(() => ({})),
      );
      return Object.fromEntries(ix.words.map((w, k) => [w, ix.wordDisplay[k] ?? ""]));
    };
    const strafe = display(["Strafantrag Aufnahme", "Strafen und Bußgelder im Straßenverkehr"]);
    // "Strafen" is not cut to "Straf" because "Strafantrag" starts so, and that "Straf" reads "Strafen".
    expect(strafe["strafen"]).toBe("Strafen");
    expect(Object.values(strafe)).not.toContain("Straf");
    // A genitive's base stays the base ("des Namens" → "Namen"), also for the part of "Geburtsnamens".
    const name = display(["Bestimmung des Geburtsnamens eines Kindes", "Angleichung des Namens"]);
    expect(name["namens"]).toBe("Namen");
    expect(Object.values(name)).not.toContain("Namens");
  });
});
