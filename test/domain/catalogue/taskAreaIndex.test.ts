import fc from "fast-check";
import { AUFGABENBEREICHE } from "../../../src/domain/catalogue/aufgabenbereiche";
import { catalogueWords } from "../../../src/domain/catalogue/internals/catalogueWords";
import { createTaskAreaIndex } from "../../../src/domain/catalogue/internals/taskAreaIndex";
import { shippedCatalogue } from "./loadIndex";

const index = createTaskAreaIndex();
const areaOf = (name: string): string | undefined => index.names[index.place([name]).areas[0] ?? -1];

describe("task areas of a municipal administration", () => {
  it("places services by the office that usually handles them, whatever their wording", () => {
    expect(areaOf("Eheschließung anmelden")).toBe("Standesamt & Personenstand");
    expect(areaOf("Ehefähigkeitszeugnis beantragen")).toBe("Standesamt & Personenstand");
    expect(areaOf("Hundesteuer – Anmeldung")).toBe("Steuern, Abgaben & Stadtkasse");
    expect(areaOf("Wohnsitz ummelden")).toBe("Bürgerbüro & Meldewesen");
    expect(areaOf("Kita-Platz beantragen")).toBe("Kinder, Jugend & Familie");
    expect(areaOf("Bauantrag stellen")).toBe("Bauen & Bauordnung");
    expect(areaOf("Sperrmüll abholen lassen")).toBe("Abfall & Stadtreinigung");
    expect(areaOf("Wunschkennzeichen reservieren")).toBe("Fahrzeugzulassung & Fahrerlaubnis");
    expect(areaOf("Führerschein umtauschen")).toBe("Fahrzeugzulassung & Fahrerlaubnis");
    // Weapons and hunting licences are one authority's work, though they share no word.
    expect(areaOf("Waffenbesitzkarte beantragen")).toBe(areaOf("Jagdschein verlängern"));
  });

  it("leaves a name without any word near an area's words unplaced, also when only a few n-grams agree", () => {
    expect(index.place(["Qwxz", "beantragen", "Server Lizenz Vorgang"])).toEqual({
      areas: Int32Array.from([-1, -1, -1]),
      words: Int32Array.from([-1, -1, -1]),
    });
  });

  it("places each name by itself: a row's area does not depend on the others", () => {
    const pool = ["Geburtsurkunde", "Grundsteuer", "Baumfällung", "Führerschein", "Sperrmüll", "Bibliothek"];
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 1 }), (names) => {
        const { areas, words } = index.place(names);
        expect([...areas]).toEqual(names.map((n) => index.place([n]).areas[0]));
        expect([...words]).toEqual(names.map((n) => index.place([n]).words[0]));
      }),
    );
  });

  it("has unique area names of whole words within 60 characters, and no typical word in two areas", () => {
    const names = AUFGABENBEREICHE.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(60);
    const areaOfWord = new Map<string, string>();
    for (const area of AUFGABENBEREICHE) {
      for (const phrase of area.words.split(",")) {
        const key = catalogueWords(phrase.trim()).join(" ");
        // Every typical word says something once procedure words are dropped.
        expect({ phrase, key }).not.toEqual({ phrase, key: "" });
        const other = areaOfWord.get(key);
        if (other !== undefined) expect({ key, area: area.name }).toEqual({ key, area: other });
        areaOfWord.set(key, area.name);
      }
    }
  });

  it("is part of the shipped catalogue, whose vocabulary knows the areas' words (labels name Bereiche by them)", () => {
    const catalogue = shippedCatalogue();
    expect(catalogue.taskAreaNames).toEqual(AUFGABENBEREICHE.map((a) => a.name));
    const placed = catalogue.taskAreas(["Sterbeurkunde anfordern"]);
    expect([...placed.areas]).toEqual([catalogue.taskAreaNames.indexOf("Standesamt & Personenstand")]);
    expect(catalogue.taskAreaWords[placed.words[0] ?? -1]).toBe("Sterbeurkunde");
    for (const word of ["meldewesen", "personenstand", "stadtreinigung"])
      expect(catalogue.vocabulary.has(word)).toBe(true);
  });
});
