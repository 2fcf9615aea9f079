import {
  buildLabelLexicon,
  findLabelFragments,
  isNoun,
  scanWords,
  wholeWords,
} from "../../../src/domain/clustering/labelLexicon";

describe("scanWords / wholeWords", () => {
  it("marks words a hyphen truncates, keeps a word after a leading hyphen whole", () => {
    expect(scanWords("Niederlassungs- und Aufenthaltserlaubnis").map((w) => [w.norm, w.truncated])).toEqual([
      ["niederlassungs", true],
      ["und", false],
      ["aufenthaltserlaubnis", false],
    ]);
    expect(wholeWords("Kfz-Zulassung, -um- und -Abmeldung (§ 5)")).toEqual([
      "kfz",
      "zulassung",
      "und",
      "abmeldung",
    ]);
  });

  it("writes out an adjective in -lich abbreviated with a full stop before the next word", () => {
    const norms = (text: string) => scanWords(text).map((w) => w.norm);
    expect(norms("Wasserrechtl. Erlaubnis")).toEqual(["wasserrechtliche", "erlaubnis"]);
    expect(norms("Ärztl. Gutachten")).toEqual(["ärztliche", "gutachten"]);
    // Not a noun ending a sentence, nor one after a vowel, nor a short abbreviation, nor without a stop.
    expect(norms("Übernachtung im Hotel. Anmeldung")).toEqual(["übernachtung", "im", "hotel", "anmeldung"]);
    expect(norms("Führerschein Kl. B")).toEqual(["führerschein", "kl", "b"]);
    expect(norms("Antrag Ärztl.")).toEqual(["antrag", "ärztl"]);
    expect(norms("Wasserrechtl Erlaubnis")).toEqual(["wasserrechtl", "erlaubnis"]);
  });
});

describe("findLabelFragments (the label rule of issue 11)", () => {
  it("finds the fragments the issue reports", () => {
    expect(findLabelFragments("Eignung Mund: Anerkennung", ["Eignung als Vormund Anerkennung"])).toEqual([
      "Mund",
    ]);
    expect(findLabelFragments("Bürgerentscheid Führung", ["Bürgerentscheid Durchführung"])).toEqual([
      "Führung",
    ]);
    expect(
      findLabelFragments("Niederlassungs: Erlaubnis", ["Niederlassungserlaubnis"], ["erlaubnis"]),
    ).toEqual(["Niederlassungs"]);
    expect(
      findLabelFragments("Fahrlehr: Erlaubnis", ["Fahrlehrererlaubnis Erteilung"], ["erlaubnis"]),
    ).toEqual(["Fahrlehr"]);
    expect(findLabelFragments("Dienstfahr: Erlaubnis", ["Dienstfahrerlaubnis"], ["erlaubnis"])).toEqual([
      "Dienstfahr",
    ]);
    expect(
      findLabelFragments("Präqualifikations Führung", ["Durchführung eines Präqualifikationsverfahrens"]),
    ).toEqual(["Präqualifikations", "Führung"]);
  });

  it("accepts written words, inflected forms, noun starts and heads after a noun", () => {
    const names = ["Aufenthaltserlaubnis Erteilung", "Ausgleichsleistungen Antrag", "Anlagen Prüfung"];
    // Heads count as words when the lexicon knows them (here given; in use the inventory's words).
    const known = ["Aufenthalt", "Ausgleich", "Leistung"];
    expect(findLabelFragments("Aufenthalt: Erteilung", names, known)).toEqual([]);
    expect(findLabelFragments("Leistungen Ausgleichsleistung", names, known)).toEqual([]);
    expect(findLabelFragments("Anlage", names)).toEqual([]);
    // A feminine noun is a compound start by its form, without its linking -s.
    expect(findLabelFragments("Niederlassung", ["Niederlassungserlaubnis"], ["erlaubnis"])).toEqual([]);
    // Words that head a compound after a preposition are fragments unless people wrote them.
    expect(findLabelFragments("Führung", ["Durchführung", "Führung eines Titels"])).toEqual([]);
  });

  it("reads a truncated word as the compound it stands for", () => {
    const names = ["Pfändungs- und Überweisungsbeschluss Erlass"];
    expect(findLabelFragments("Pfändung Pfändungsbeschluss Überweisungsbeschluss", names)).toEqual([]);
    expect(findLabelFragments("Pfändungs", names)).toEqual(["Pfändungs"]);
  });

  it("ignores numbers and punctuation", () => {
    expect(findLabelFragments("Reisepass: Ausstellung (2) …", ["Reisepass Ausstellung"])).toEqual([]);
  });
});

describe("isNoun", () => {
  const lexicon = buildLabelLexicon(
    ["Gewerbeanmeldung", "Gewerbeabmeldung", "Fahrschule", "Fahrzeug", "Förderabgabe", "Förderschule"],
    ["anmeldung", "abmeldung", "schule", "abgabe", "zeug"],
  );
  it("takes a part that starts several compounds and ends in -e, or a feminine noun", () => {
    expect(isNoun("gewerbe", lexicon)).toBe(true);
    expect(isNoun("niederlassung", lexicon)).toBe(true);
  });
  it("does not take the -s of a word ending in it for a link", () => {
    const nis = buildLabelLexicon(["Zeugnisanerkennung", "Zeugnisbewertung", "Schulzeugnis"], ["zeugnis"]);
    expect(isNoun("zeugni", nis)).toBe(false);
    expect(isNoun("zeugnis", nis)).toBe(true);
    expect(findLabelFragments("Zeugni: Anerkennung", ["Zeugnisanerkennung"], ["zeugnis"])).toContain(
      "Zeugni",
    );
    expect(findLabelFragments("Zeugnis: Anerkennung", ["Zeugnisanerkennung"], ["zeugnis"])).toEqual([]);
  });
  it("rejects verb stems, prepositions and prefixes", () => {
    expect(isNoun("fahr", lexicon)).toBe(false);
    expect(isNoun("förder", lexicon)).toBe(false);
    expect(isNoun("gewerb", lexicon)).toBe(false);
    expect(isNoun("durch", lexicon)).toBe(false);
    expect(isNoun("vor", lexicon)).toBe(false);
  });
});
