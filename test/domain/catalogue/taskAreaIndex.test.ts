import fc from "fast-check";
import { AUFGABENBEREICHE } from "../../../src/domain/catalogue/aufgabenbereiche";
import { LEISTUNGSFAMILIEN } from "../../../src/domain/catalogue/leistungsfamilien";
import {
  catalogueWords,
  headingOf,
  queryWords,
} from "../../../src/domain/catalogue/internals/catalogueWords";
import {
  aligned,
  alignmentStem,
  createTaskAreaIndex,
} from "../../../src/domain/catalogue/internals/taskAreaIndex";
import { shippedCatalogue } from "./loadIndex";

const index = createTaskAreaIndex();
/** Each family's area, by the order families are numbered in (area by area). */
const familyArea = new Map(
  LEISTUNGSFAMILIEN.flatMap((families, area) => families.map(() => area)).map((area, f) => [f, area]),
);
const areaOf = (name: string): string | undefined => index.names[index.place([name]).areas[0] ?? -1];

describe("task areas of a municipal administration", () => {
  it("places services by the office that usually handles them, whatever their wording", () => {
    expect(areaOf("Eheschließung anmelden")).toBe("Standesamt & Personenstand");
    expect(areaOf("Ehefähigkeitszeugnis beantragen")).toBe("Standesamt & Personenstand");
    // A name's alignment under Art. 47 EGBGB is the registry office's, no angler's.
    expect(areaOf("Angleichungserklärung")).toBe("Standesamt & Personenstand");
    expect(areaOf("Hundesteuer – Anmeldung")).toBe("Steuern, Abgaben & Stadtkasse");
    expect(areaOf("Wohnsitz ummelden")).toBe("Bürgerbüro & Meldewesen");
    expect(areaOf("Kita-Platz beantragen")).toBe("Kinder, Jugend & Familie");
    expect(areaOf("Bauantrag stellen")).toBe("Bauen & Bauordnung");
    expect(areaOf("Sperrmüll abholen lassen")).toBe("Abfall & Stadtreinigung");
    expect(areaOf("Wunschkennzeichen reservieren")).toBe("Fahrzeugzulassung & Fahrerlaubnis");
    expect(areaOf("Führerschein umtauschen")).toBe("Fahrzeugzulassung & Fahrerlaubnis");
    // A district's election is an election, not the Kreistag's sessions nor a teacher's training.
    expect(areaOf("Vorbereitung Kreistagswahl")).toBe("Wahlen & Bürgerbeteiligung");
    // Asked as residents ask: the verb "melde" is no Meldewesen, "ich" and "wie" no subject.
    expect(areaOf("Wie melde ich ein Gewerbe an?")).toBe(areaOf("Gewerbe anmelden"));
    expect(areaOf("Wann muss ich Hundesteuer zahlen?")).toBe("Steuern, Abgaben & Stadtkasse");
    expect(catalogueWords("Wie melde ich ein Gewerbe an?", true)).toEqual(["gewerbe"]);
    // The catalogue's own names are read as written (a capitalised "Suche" is a noun).
    expect(catalogueWords("Suche nach Gräbern", true)).toEqual(["suche", "gräbern"]);
    // A name of one procedure word names its service when a typical word is that word; a procedure of
    // many subjects places nothing.
    expect(areaOf("Außerbetriebsetzung")).toBe("Fahrzeugzulassung & Fahrerlaubnis");
    expect(areaOf("Wiederzulassung")).toBe("Fahrzeugzulassung & Fahrerlaubnis");
    expect(areaOf("Stilllegung")).toBeUndefined();
    expect(areaOf("Antrag auf Erteilung")).toBeUndefined();
    // Of a name of several procedure words, one that is a typical word places it.
    expect(areaOf("Neuerteilung nach Entziehung")).toBe("Fahrzeugzulassung & Fahrerlaubnis");
    expect(areaOf("Erteilung und Verlängerung")).toBeUndefined();
    // Weapons and hunting licences are one authority's work, though they share no word.
    expect(areaOf("Waffenbesitzkarte beantragen")).toBe(areaOf("Jagdschein verlängern"));
  });

  it("lets a nearly as near word win whose family the name's catalogue concepts agree with clearly better", () => {
    const catalogue = shippedCatalogue();
    const names = ["Lastenzuschuss Eigentümer", "Klärung des Versicherungskontos", "Wohngeld beantragen"];
    const familyOf = (placement: { readonly families: Int32Array }, k: number): string | undefined =>
      catalogue.taskAreaFamilies[placement.families[k] ?? -1];
    // By the nearest word alone, the owner's word pulls the first to the land register and the
    // insurance word the second to vehicle registration …
    const plain = index.place(names);
    expect(familyOf(plain, 0)).toBe("Liegenschaftskataster & Flurkarte");
    expect(familyOf(plain, 1)).toBe("Fahrzeugzulassung");
    // … the catalogue's concepts of the names (housing allowance, pension) decide between near words.
    const placed = catalogue.taskAreas(names);
    expect(familyOf(placed, 0)).toBe("Wohngeld");
    expect(familyOf(placed, 1)).toBe("Rente & Versicherungsamt");
    // A name whose nearest word's family fits is placed as before; and a name alone as in a list.
    expect(familyOf(placed, 2)).toBe(familyOf(plain, 2));
    expect(familyOf(catalogue.taskAreas([names[0] ?? ""]), 0)).toBe("Wohngeld");
    // The caller's concept rows give the same placement as the catalogue's own projection.
    expect(catalogue.taskAreas(names, catalogue.project(names))).toEqual(placed);
  });

  it("leaves a name without any word near an area's words unplaced, also when only a few n-grams agree", () => {
    expect(index.place(["Qwxz", "beantragen", "Server Lizenz Vorgang"])).toEqual({
      areas: Int32Array.from([-1, -1, -1]),
      words: Int32Array.from([-1, -1, -1]),
      families: Int32Array.from([-1, -1, -1]),
    });
  });

  it("matches typical words only at compound boundaries, not by an inner piece or a shared head alone", () => {
    const wordOf = (name: string): string | undefined => index.words[index.place([name]).words[0] ?? -1];
    // Same start (modifier or inflected form) and a head of another compound count.
    expect(wordOf("Grundsteuerzahlung")).toBe("Grundsteuer");
    expect(wordOf("Hunde anmelden")).toMatch(/^Hund/u);
    expect(wordOf("Zweitwohnungsteuer zahlen")).toBe("Zweitwohnungsteuer");
    expect(wordOf("Gartenhausbaugenehmigung")).toBe("Gartenhaus");
    // "Ur|laub" is no compound of "Laub", "Pferde|haltung" no kind of "Hunde|haltung".
    expect(wordOf("Urlaubsantrag")).not.toBe("Laub");
    expect(wordOf("Pferdehaltung anzeigen")).not.toBe("Hundehaltung");
    expect(areaOf("Leerung der Tonne vergessen")).toBe("Abfall & Stadtreinigung");
    // An abbreviation of two letters starts no longer word: "AE" (Aufenthaltserlaubnis) is no "AED".
    expect(aligned("ae", "aed")).toBe(false);
    expect(aligned("ae", "ae")).toBe(true);
    expect(aligned("kfz", "kfzsteuer")).toBe(true);
    expect(wordOf("AE Erteilung")).not.toBe("AED");
  });

  it("does not place a name by an adjective it writes in lower case, but by one that names its subject", () => {
    const wordOf = (name: string): string | undefined => index.words[index.place([name]).words[0] ?? -1];
    // "gefährliche" describes the waste, "ausländischer" the certificate: neither is a dog or a licence.
    expect(areaOf("Erlaubnis für gefährliche Abfälle")).toBe("Abfall & Stadtreinigung");
    // A participle in -iert describes, too: the ambulance transport is no further training, also where
    // the catalogue's concepts would prefer the word it meets ("Qualifizierung").
    const catalogue = shippedCatalogue();
    const transport = catalogue.taskAreas(["Genehmigung für den qualifizierten Krankentransport"]);
    expect(catalogue.taskAreaWords[transport.words[0] ?? -1]).toBe("Krankentransport");
    expect(wordOf("Anerkennung ausländischer Schulabschlüsse")).not.toMatch(/Führerschein/u);
    // An adjective at the start, or one whose first part is a subject, still places the name.
    expect(areaOf("Gefährlicher Hund – Erlaubnis")).toBe(areaOf("Hund anmelden"));
    expect(areaOf("Abweichung von bauordnungsrechtlichen Vorschriften")).toBe("Bauen & Bauordnung");
    // A present participle is such an adjective: a temporary licence to serve drinks is no
    // "Vorübergehender Schutz" of refugees.
    const familyOf = (name: string): string | undefined =>
      index.families[index.place([name]).families[0] ?? -1];
    expect(familyOf("Gestattung für einen vorübergehenden Gaststättenbetrieb")).toBe("Gaststätten");
    expect(familyOf("Gestattung für einen vorübergehenden Ausschank")).toBe("Gaststätten");
    // So is one at the start, before a noun or joined to another adjective; a noun in -ender is none.
    expect(familyOf("Vorübergehende Gestattung nach § 12 GastG")).toBe("Gaststätten");
    expect(familyOf("Öffentliche Beglaubigung einer Unterschrift")).toBe("Beglaubigungen");
    expect(familyOf("Öffentlich-rechtliche Namensänderung")).toBe("Namensrecht");
    expect(familyOf("Abfallkalender")).toBe(familyOf("Sperrmüll abholen lassen"));
    // An adjective that is itself a subject still places a name it starts.
    expect(areaOf("Ärztliche Bescheinigung")).toBe("Gesundheit");
  });

  it("meets a typical word's attributive adjective only by the same adjective, not by a word it starts", () => {
    const wordOf = (name: string): string | undefined => index.words[index.place([name]).words[0] ?? -1];
    // "Große Hunde" are dogs: a wholesale licence only starts like the adjective.
    expect(wordOf("Großhandelsgenehmigung")).not.toBe("Große Hunde");
    expect(wordOf("Große Hunde – Anzeige")).toBe("Große Hunde");
    // The same adjective still meets, in any inflection.
    expect(wordOf("Vermögenswirksame Leistungen")).toBe("Vermögenswirksame Leistungen");
    expect(wordOf("Nachfrage nach einer verlorenen Sache")).toBe("Verlorene Gegenstände");
  });

  it("keeps words alike without their procedure parts apart, so the one the name writes places it", () => {
    const familyOf = (name: string): string | undefined =>
      index.families[index.place([name]).families[0] ?? -1];
    // "Namensänderung" and "Namenserteilung" are both "namens" to the n-grams, in one area.
    expect(familyOf("Namensänderung")).toBe("Namensrecht");
    expect(familyOf("Namenserteilung")).toBe("Geburt");
    expect(familyOf("Nutzungsänderung beantragen")).toBe("Umbau & Nutzungsänderung");
  });

  it("reads a portal's heading and detail: the heading names the subject", () => {
    expect(headingOf("Wohngeld – Erstantrag")).toBe("Wohngeld");
    expect(headingOf("Kfz-Zulassung: Neuzulassung")).toBe("Kfz-Zulassung");
    expect(headingOf("Bauantrag - Verlängerung der Geltungsdauer")).toBe("Bauantrag");
    // A hyphen inside a word, a colon without a space and plain names have no heading.
    expect(headingOf("Kfz-Zulassung beantragen")).toBe("");
    expect(headingOf("Erlaubnis nach § 34c GewO")).toBe("");
    expect(headingOf("Sprechzeiten 8:30 Uhr")).toBe("");
    // Its words are looked up twice; a name without a heading is looked up as before.
    expect(queryWords("Wohngeld – Erstantrag")).toEqual([
      ...catalogueWords("Wohngeld"),
      ...catalogueWords("Wohngeld – Erstantrag"),
    ]);
    expect(queryWords("Wohngeld beantragen")).toEqual(catalogueWords("Wohngeld beantragen"));
    // Placed by the heading, not by a word of the detail that another office also uses.
    expect(areaOf("Arbeitsschutz – Mitteilung über Schwangerschaft einer Beschäftigten")).toBe(
      areaOf("Arbeitsschutz – Ausnahme vom Sonntagsarbeitsverbot"),
    );
    expect(areaOf("Arbeitsschutz – Mitteilung über Schwangerschaft einer Beschäftigten")).not.toBe(
      areaOf("Schwangerschaftsberatung"),
    );
  });

  it("aligns words at compound boundaries (property over generated compounds)", () => {
    const modifiers = ["hunde", "pferde", "fischerei", "bau", "wahl", "lärm", "anwohner", "kinder", "grund"];
    const heads = ["haltung", "steuer", "schein", "abgabe", "beschwerde", "ausweis", "platz", "karte"];
    const stem = alignmentStem;
    fc.assert(
      fc.property(
        fc.constantFrom(...modifiers),
        fc.constantFrom(...modifiers),
        fc.constantFrom(...heads),
        fc.constantFrom(...heads),
        (m1, m2, h1, h2) => {
          // A compound meets its own head and its own modifier, also inflected.
          expect(aligned(stem(m1 + h1), stem(h1))).toBe(true);
          expect(aligned(stem(m1 + h1 + "n"), stem(m1))).toBe(true);
          // Two compounds that share only their head (different subjects) do not meet.
          if (m1[0] !== m2[0]) expect(aligned(stem(m1 + h1), stem(m2 + h1))).toBe(false);
          // Two compounds of one long modifier do, whatever their heads.
          if (m1.length >= 5) expect(aligned(stem(m1 + h1), stem(m1 + h2))).toBe(true);
          // Symmetric.
          expect(aligned(stem(m1 + h1), stem(m2 + h2))).toBe(aligned(stem(m2 + h2), stem(m1 + h1)));
        },
      ),
    );
    // A piece of fewer than three letters before a word is no modifier: "Ur|laub" is not "Laub".
    expect(aligned(stem("urlaub"), stem("laub"))).toBe(false);
    // An umlaut a plural adds still meets the plain word; in a head it makes another word.
    expect(aligned(stem("bäume"), stem("baum"))).toBe(true);
    expect(aligned(stem("baumfällung"), stem("bäume"))).toBe(true);
    expect(aligned(stem("filmförderung"), stem("forderung"))).toBe(false);
  });

  it("places services that share no word in one family where a portal bundles them", () => {
    const familyOf = (name: string): string | undefined =>
      index.families[index.place([name]).families[0] ?? -1];
    expect(familyOf("Ehefähigkeitszeugnis beantragen")).toBe(familyOf("Eheschließung anmelden"));
    expect(familyOf("Sperrmüll abholen lassen")).toBe(familyOf("Biotonne bestellen"));
    expect(familyOf("Waffenbesitzkarte beantragen")).toBe(familyOf("Munitionserwerb"));
    expect(familyOf("Lastenzuschuss")).toBe(familyOf("Wohngeld beantragen"));
    expect(familyOf("Knöllchen bezahlen")).toBeDefined();
    // Families are finer than areas: hunting and weapons are one office's work, two families.
    expect(areaOf("Jagdschein verlängern")).toBe(areaOf("Waffenbesitzkarte beantragen"));
    expect(familyOf("Jagdschein verlängern")).not.toBe(familyOf("Waffenbesitzkarte beantragen"));
    // Every family lies in one area; a name's family is always of its area.
    fc.assert(
      fc.property(fc.constantFrom(...index.words), (word) => {
        const placement = index.place([word]);
        const family = placement.families[0] as number;
        if (family >= 0) expect(familyArea.get(family)).toBe(placement.areas[0]);
      }),
    );
  });

  it("breaks a tie of words equal without their procedure parts by the word the name writes", () => {
    // "Aufenthaltsbescheinigung" and "Aufenthaltserlaubnis" are both "aufenthalts" to the n-grams.
    const areas = [
      { name: "Meldewesen", words: "Aufenthaltsbescheinigung" },
      { name: "Ausländerbehörde", words: "Aufenthaltserlaubnis" },
    ];
    const small = createTaskAreaIndex(areas, [[], []]);
    const placed = (name: string): string | undefined => small.names[small.place([name]).areas[0] ?? -1];
    expect(placed("Aufenthaltserlaubnis für Forschende")).toBe("Ausländerbehörde");
    expect(placed("Aufenthaltsbescheinigung beantragen")).toBe("Meldewesen");
    // Neither written: the earlier word, as before.
    expect(placed("Aufenthaltsgenehmigung")).toBe("Meldewesen");
    // The shipped areas: the residence permit is the foreigners' office's, the law's book says which help.
    expect(areaOf("Aufenthaltserlaubnis für Forschende")).toBe("Ausländerbehörde & Einbürgerung");
    const familyOf = (name: string): string | undefined =>
      index.families[index.place([name]).families[0] ?? -1];
    expect(familyOf("Grundsicherung nach dem SGB XII")).toBe("Sozialhilfe & Grundsicherung");
    expect(familyOf("Leistungen nach SGB II")).toBe("Bürgergeld & Jobcenter");
    expect(familyOf("Opferentschädigung nach SGB XIV")).toBe("Soziale Entschädigung");
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
