import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import {
  composeLabel,
  dominantValue,
  fitLabel,
  groupLabel,
  labelWords,
  uniqueLabel,
  wordList,
} from "../../../src/domain/clustering/labelWords";
import { findLabelFragments } from "../../../src/domain/clustering/labelLexicon";
import { DEFAULT_SYNONYMS } from "../../../src/domain/clustering/defaultSynonyms";
import { makeRecords } from "./makeRecords";
import { renderMessage } from "../../../src/domain/messages/renderMessage";
import { buildClusterModel } from "../../../src/domain/clustering/buildClusterModel";
import { describeCluster } from "../../../src/domain/clustering/internals/describeCluster";
import { shippedCatalogue } from "../catalogue/loadIndex";

describe("fitLabel / composeLabel", () => {
  it("cuts at a word boundary with an ellipsis, never inside a word", () => {
    const long = "Kraftfahrzeugzulassung mit ausländischem Kennzeichen aus einem EU-Land zur Teilnahme";
    const fitted = fitLabel(long);
    expect(fitted.length).toBeLessThanOrEqual(60);
    expect(fitted).toBe("Kraftfahrzeugzulassung mit ausländischem Kennzeichen aus…");
    expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitLabel("Reisepass")).toBe("Reisepass");
    // A cell's line breaks and tabs become single spaces.
    expect(fitLabel("  Kfz-Zulassung\r\n(Neufahrzeug)\tneu ")).toBe("Kfz-Zulassung (Neufahrzeug) neu");
  });
  it("shows a long name of alternatives by its first alternative, whole", () => {
    expect(fitLabel("Finanzielle Existenzsicherung/Unterstützung bei finanziellen Problemen")).toBe(
      "Finanzielle Existenzsicherung",
    );
    expect(fitLabel("Bauen & Wohnen/Umzug")).toBe("Bauen & Wohnen/Umzug");
    // Not when the first alternative ends in a word cut short for the next one.
    const cut = fitLabel(
      "Bereitstellung von Analyse-/ Messdaten von Messstellen an Oberflächengewässern und im Grundwasser",
    );
    expect(cut).toBe("Bereitstellung von Analyse-/ Messdaten von Messstellen an…");
  });
  it("adds procedure words while they fit", () => {
    expect(composeLabel(["Reisepass"], ["Ausstellung", "Verlängerung"])).toBe(
      "Reisepass: Ausstellung, Verlängerung",
    );
    expect(composeLabel(["Reisepass"], ["Ausstellung"], 15)).toBe("Reisepass");
  });
  it("labelWords keeps a further word only when enough names have it (minShare)", () => {
    const names = [...Array.from({ length: 8 }, (_, k) => `Hund Anmeldung ${k}`), "Beibehaltungsgenehmigung"];
    expect(labelWords(names, { max: 3, minShare: 0.2 })).toEqual(["Hund"]);
    expect(labelWords(names, { max: 3 })).toContain("Beibehaltung");
  });
  it("lists the details alone when there is no subject", () => {
    expect(composeLabel([], ["Nachweis", "Verfahren"])).toBe("Nachweis, Verfahren");
    expect(composeLabel([], [])).toBe("");
  });
});

describe("uniqueLabel / dominantValue", () => {
  it("takes the first free alternative and numbers only as the last resort", () => {
    const used = new Set(["Reisepass", "Reisepass Kinderreisepass"]);
    expect(uniqueLabel("Reisepass", ["Reisepass Kinderreisepass", "Reisepass: Ersatz"], used)).toBe(
      "Reisepass: Ersatz",
    );
    expect(uniqueLabel("Reisepass", [], used)).toBe("Reisepass (2)");
    expect(uniqueLabel("Neu", [], used)).toBe("Neu");
  });
  it("finds a value that at least two thirds have", () => {
    expect(dominantValue(["A", "A", "B"])).toBe("A");
    expect(dominantValue(["A", "B", undefined])).toBeUndefined();
    expect(dominantValue(["A", "A", undefined, "B"], 0.5)).toBe("A");
  });
});

describe("wordList", () => {
  it("skips a word inside one listed, by the forms compared, and never cuts a word", () => {
    expect(wordList(["Elterngeld", "ElterngeldPlus", "Kita"])).toEqual(["Elterngeld", "Kita"]);
    // Compared by their subject words: "Bauantrag" is "Bau" again after "Baugenehmigung".
    expect(wordList(["Baugenehmigung", "Bauantrag", "Ratenzahlung"], 3, 60, ["Bau", "Bau", "Raten"])).toEqual(
      ["Baugenehmigung", "Ratenzahlung"],
    );
    expect(wordList(["Abfallkalender", "Sperrmüll"], 3, 16)).toEqual(["Abfallkalender"]);
  });
});

describe("labelWords / groupLabel (for Bereiche)", () => {
  const names = ["Gewerbeanmeldung", "Gewerbeabmeldung", "Gewerbeummeldung", "Gaststättenerlaubnis"];
  // The words the label rule knows besides the names: procedure heads and the synonym table's words
  // ("Gaststätte", from "GastG", makes "Gaststätte" a noun that starts "Gaststättenerlaubnis").
  const procedureHeads = ["anmeldung", "abmeldung", "ummeldung", "erlaubnis"];
  const synonymWords = DEFAULT_SYNONYMS.flatMap((s) => s.to.split(" "));
  it("returns whole words, most frequent first, independent of order", () => {
    const words = labelWords(names);
    expect(words[0]).toBe("Gewerbe");
    expect(labelWords([...names].reverse())).toEqual(words);
    for (const w of words)
      expect(findLabelFragments(w, names, [...procedureHeads, ...synonymWords])).toEqual([]);
  });
  it("uses the dominant concept, else the common words", () => {
    expect(groupLabel(names, ["Unternehmen", "Unternehmen", "Unternehmen", "Arbeit"])).toBe("Unternehmen");
    expect(groupLabel(names, ["A", "B", "C", "D"])).toMatch(/^Gewerbe/);
  });
});

describe("cluster labels of whole words (issue 11 examples)", () => {
  const name = (rows: readonly string[]) => makeRecords(rows.map((r) => [r]));
  const labels = (rows: readonly string[], granularity = 0.9): string[] =>
    clusterProcesses(name(rows), { strategy: { kind: "text" }, granularity }).clusters.map((c) => c.label);

  it("never shows a head cut off a preposition or prefix", () => {
    const rows = [
      "Vormund Bestellung",
      "Vormundschaft Beratung",
      "Eignung als Vormund Anerkennung",
      "Bürgerentscheid Durchführung",
      "Bürgerbegehren Durchführung",
    ];
    for (const l of labels(rows)) {
      expect(l).not.toMatch(/\bMund\b/u);
      expect(l).not.toMatch(/(^|[\s:,])Führung\b/u);
    }
  });

  it("never shows a linking -s or a truncated stem", () => {
    const rows = [
      "Niederlassungserlaubnis Erteilung",
      "Niederlassungserlaubnis Verlängerung",
      "Niederlassungs- und Aufenthaltserlaubnis Antrag",
      "Fahrlehrererlaubnis Erteilung",
      "Fahrlehrererlaubnis Entziehung",
      "Dienstfahrerlaubnis Erteilung",
      "Präqualifikationsverfahren Durchführung",
      "Präqualifikationsverfahren Anmeldung",
    ];
    for (const g of [0.3, 0.6, 0.9]) {
      for (const l of labels(rows, g)) {
        expect(l).not.toMatch(/Niederlassungs\b|Fahrlehr\b|Dienstfahr\b|Präqualifikations\b/u);
        expect(findLabelFragments(l, rows, ["erlaubnis", "verfahren"])).toEqual([]);
      }
    }
  });

  it("keeps the written spelling of a part (ß)", () => {
    const rows = ["Großraum- und Schwerverkehr Erlaubnis", "Großraum- und Schwerverkehr Erteilung"];
    expect(labels(rows).join(" ")).not.toMatch(/Grossraum/u);
    // And of a word an abbreviation is written out to ("StVO" → "Straßenverkehr", not "Strassenverkehr").
    const stvo = clusterProcesses(name(["StVO Ausnahmegenehmigung", "StVO Anordnung", "StVO Erlaubnis"]), {
      strategy: { kind: "text" },
      granularity: 1,
    });
    expect(stvo.clusters[0]?.label).toMatch(/^Straßenverkehr\b/u);
  });

  it("never shows an abbreviation as a label word: 'Wasserrechtl.' is an adjective, 'Kl.' a Klasse", () => {
    const adjective = labels([
      "Wasserrechtl. Erlaubnis",
      "Wasserrechtl. Genehmigung",
      "Wasserrechtl. Bewilligung",
    ]);
    expect(adjective.join(" ")).not.toMatch(/Wasserrecht/u);
    const klasse = labels(["Führerschein Kl. B", "Führerschein Kl. C", "Führerschein Umtausch"]);
    expect(klasse.join(" ")).not.toMatch(/\bKl\b/u);
  });

  it("skips a word most rows of the inventory share", () => {
    const subjects = ["Reisepass", "Wohngeld", "Hundesteuer", "Personalausweis", "Elterngeld"];
    const procedures = ["Ausstellung", "Änderung", "Verlängerung", "Ersatz", "Auskunft"];
    const rows = subjects.flatMap((s, k) => procedures.map((p, j) => `${s} ${p} (Bezirk ${(k + j) % 3})`));
    for (const l of labels(rows, 0.6)) expect(l).not.toMatch(/Bezirk/u);
  });

  it("names a cluster by its procedures when its only shared subject word is one most rows share", () => {
    const subjects = ["Reisepass", "Wohngeld", "Hundesteuer", "Personalausweis"];
    const prefixes = ["Auskunft", "Ersatz", "Widerspruch", "Antrag"];
    const rows = [
      ...subjects.flatMap((s, k) => prefixes.map((p, j) => `${p} ${s} (Bezirk ${(k + j) % 3})`)),
      ...prefixes.map((p, j) => `${p} abfallrechtliches Nachweisverfahren (Bezirk ${j % 3})`),
    ];
    const result = clusterProcesses(name(rows), { strategy: { kind: "text" }, granularity: 0.6 });
    const nachweis = result.clusters.find((c) => c.keys.includes(`row:${String(18).padStart(3, "0")}`));
    expect(nachweis?.keys.length).toBeGreaterThan(1);
    expect(nachweis?.label).not.toMatch(/Bezirk/u);
    expect(nachweis?.label).toMatch(/Nachweis/u);
  });

  it("lists the most frequent words of a mixed cluster instead of claiming it for one of them", () => {
    const rows = [
      "Kirchenaustritt erklären",
      "Bescheinigung Kirchenaustritt",
      "Ruhestörung melden",
      "Briefwahl beantragen",
      "Briefwahl Unterlagen",
      "Ehrenamtskarte",
      "Bürgerbegehren",
    ];
    const result = clusterProcesses(name(rows), { strategy: { kind: "text" }, granularity: 1 });
    const all = result.clusters.find((c) => c.keys.length === rows.length);
    // Equal counts: in the order the most typical names write them.
    expect(all?.label).toBe("Kirchenaustritt, Briefwahl");
    // A listed word never repeats another inside it.
    const family = ["Elterngeld", "ElterngeldPlus", "Partnerschaftsbonus", "Kinderzuschlag", "Familienpass"];
    const listed = clusterProcesses(name(family), { strategy: { kind: "text" }, granularity: 1 });
    expect(listed.clusters[0]?.label.split(", ")).toHaveLength(3);
    expect(listed.clusters[0]?.label).not.toMatch(/Elterngeld.*Elterngeld/u);
    // Its alternatives (for a label already taken) extend the list.
    const model = buildClusterModel(name(rows), { strategy: { kind: "text" } });
    const members = Array.from({ length: rows.length }, (_, i) => i);
    const alternatives = describeCluster(model, members, undefined).alternatives();
    expect(alternatives[0]).toMatch(/^Kirchenaustritt, Briefwahl, \p{Lu}/u);
    // A cluster whose word most names share keeps "subject: procedures".
    const pure = clusterProcesses(name(["Hund anmelden", "Hund abmelden", "Hundesteuer", "Hund Chip"]), {
      strategy: { kind: "text" },
      granularity: 1,
    });
    expect(pure.clusters[0]?.label).toMatch(/^Hund\b/u);
  });

  it("takes a mixed cluster's words from its most typical names, not the alphabet's first", () => {
    const rows = ["Anwohnerparken", "Parkausweis", "Parkerleichterung", "Baumfällung"];
    const result = clusterProcesses(name(rows), { strategy: { kind: "text" }, granularity: 1 });
    const all = result.clusters.find((c) => c.keys.length === rows.length);
    // Alphabetically "Anwohnerparken, Baumfällung, Parkausweis"; the odd one out is left out.
    expect(all?.label).toBe("Parkausweis, Anwohnerparken, Parkerleichterung");
    // The order does not depend on the rows' order.
    const reversed = clusterProcesses(name([...rows].reverse()), {
      strategy: { kind: "text" },
      granularity: 1,
    });
    expect(reversed.clusters.find((c) => c.keys.length === rows.length)?.label).toBe(all?.label);
  });

  it("heads a mixed list with the noun most of its names' compounds share, when the list does not show it", () => {
    const label = (rows: readonly string[]) =>
      clusterProcesses(name(rows), { strategy: { kind: "text" }, granularity: 1 }).clusters[0];
    // "Steuer" is the head of three compounds and written alone once: four of six names.
    const taxes = label([
      "Vergnügungssteuer",
      "Zweitwohnungsteuer",
      "Übernachtungsteuer – Anmeldung",
      "Stundung einer Steuer",
      "Ratenzahlung vereinbaren",
      "Einspruch einlegen",
    ]);
    // After the head, the words that add to it, not "Vergnügungssteuer".
    expect(taxes?.label).toBe("Steuer: Stundung, Ratenzahlung, Einspruch");
    // The shared noun is in the reason, and the cluster is no loose collection.
    const reason = taxes === undefined ? "" : renderMessage(taxes.reason);
    expect(reason).toContain("Steuer (4 von 6)");
    expect(reason).not.toMatch(/lose/u);
    // Not for two of three names: a pair's words are in the list already.
    expect(label(["Vergnügungssteuer", "Zweitwohnungsteuer", "Ratenzahlung vereinbaren"])?.label).toBe(
      "Zweitwohnungsteuer, Vergnügungssteuer, Ratenzahlung",
    );
    // Not when every listed word shows it: "Gewerbesteuer, Hundesteuer", not "Steuer: Gewerbesteuer, …".
    const shown = label(["Vergnügungssteuer", "Zweitwohnungsteuer", "Übernachtungsteuer"]);
    expect(shown?.label).not.toMatch(/^Steuer:/u);
  });

  it("names a pair or three with no shared word by each name's first word, whole", () => {
    const label = (rows: readonly string[]) =>
      clusterProcesses(name(rows), { strategy: { kind: "text" }, granularity: 1 }).clusters[0]?.label;
    // Not "Daten: Erlaubnis, Widerspruch, Übermittlung", which claims the three for one of them.
    const three = label(["Widerspruch gegen Datenübermittlung einlegen", "Maklererlaubnis", "Sirenenprobe"]);
    expect(three?.split(", ")).toHaveLength(3);
    expect(three).toMatch(/Makler/u);
    expect(three).toMatch(/Sirenenprobe/u);
    expect(label(["Verlorenen Gegenstand suchen", "Suchtberatung"])).toBe("Gegenstand, Suchtberatung");
    // A word that does not fit is left out, not cut ("Kindeswohlgefährdung, Unterhaltsverpflichtung…").
    const long = label([
      "Unterhaltsvorschuss",
      "Unterhaltsverpflichtung beurkunden",
      "Kindeswohlgefährdung melden",
    ]);
    expect(long).not.toMatch(/…/u);
    expect(long?.length).toBeLessThanOrEqual(60);
    expect(long?.split(", ").length).toBeGreaterThanOrEqual(2);
    // Two names sharing their word keep "subject: procedures".
    expect(label(["Hund anmelden", "Hund abmelden"])).toMatch(/^Hund: /u);
  });

  it("lists words as people write them, not compound starts nobody writes alone", () => {
    const label = (rows: readonly string[]) => {
      const model = buildClusterModel(name(rows), {
        strategy: { kind: "text" },
        catalogue: shippedCatalogue(),
      });
      return describeCluster(
        model,
        rows.map((_, i) => i),
        undefined,
      ).label;
    };
    // "Sterbe" starts two compounds here, so the rule admits it; the list takes "Sterbefall", written whole.
    const tod = label([
      "Meldung eines Sterbefalls",
      "Ausstellung einer Sterbeurkunde",
      "Erwerb eines Grabnutzungsrechts",
      "Beantragung einer Hinterbliebenenrente",
    ]);
    expect(tod.split(", ")).not.toContain("Sterbe");
    expect(tod).toMatch(/Hinterbliebenenrente/u);
    // The catalogue's "Liefer- und Dienstleistungsbereich" does not make "Liefer" a word.
    const vergabe = label([
      "Präqualifikation Bauunternehmen",
      "Öffentliche Ausschreibung VOB/A",
      "Vergabe Liefer- und Dienstleistungen UVgO",
      "Dienstfahrerlaubnis Umschreibung",
    ]);
    expect(vergabe.split(", ")).not.toContain("Liefer");
    expect(vergabe).toMatch(/Ausschreibung/u);
  });

  it("shows a genitive the name marks with 'des'/'eines' in its base form", () => {
    const rows = ["Anzeige des Baubeginns", "Anzeige der Fertigstellung", "Meldung eines Sterbefalls"];
    const label =
      clusterProcesses(name(rows), { strategy: { kind: "text" }, granularity: 1 }).clusters[0]?.label ?? "";
    expect(label.split(", ")).toEqual(expect.arrayContaining(["Baubeginn", "Sterbefall"]));
    // "-es" stays as written: "des Gebäudes" and "des Hundes" end alike.
    const es = clusterProcesses(name(["Abriss des Gebäudes", "Haltung eines Hundes", "Gelbe Tonne"]), {
      strategy: { kind: "text" },
      granularity: 1,
    }).clusters[0]?.label;
    expect(es).not.toMatch(/Gebäud\b|Hunde\b(?!s)/u);
  });

  it("gives a cluster whose label is taken a distinguishing word, not a number", () => {
    const rows = ["Reisepass Ausstellung", "Reisepass Verlängerung", "Kinderreisepass Reisepass Ausstellung"];
    const records = name([...rows, "Hundesteuer Anmeldung"]);
    const free = clusterProcesses(records, { strategy: { kind: "text" }, granularity: 0.9 });
    const taken = free.clusters.find((c) => c.keys.includes("row:002"))?.label ?? "";
    expect(taken).toBe("Reisepass: Ausstellung, Verlängerung");
    // A reviewer's locked cluster already carries that label.
    const result = clusterProcesses(records, {
      strategy: { kind: "text" },
      granularity: 0.9,
      constraints: { locked: [{ cluster: taken, keys: ["row:005"] }] },
    });
    const labels = result.clusters.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    const relabelled = result.clusters.find((c) => c.keys.includes("row:002"))?.label ?? "";
    expect(relabelled).toBe("Reisepass Kinderreisepass: Ausstellung, Verlängerung");
  });
});

describe("labels and lower-case words", () => {
  it("never shows a word written only in lower case after the first word (a verb or adjective)", () => {
    const names = ["Hund anmelden", "Hund abmelden", "Hundesteuer bezahlen", "Kopien amtlich beglaubigen"];
    const words = labelWords(names, { max: 6 });
    expect(words).toContain("Hund");
    for (const verb of ["Anmelden", "Abmelden", "Bezahlen", "Beglaubigen", "Amtlich"])
      expect(words).not.toContain(verb);
  });

  it("never shows an inflected adjective that opens a name before a noun, unless it is also a noun", () => {
    const names = [
      "Drohende Räumung – Hilfe",
      "Drohende Wohnungslosigkeit",
      "Amtlicher Lageplan",
      "Amtlicher Lageplan Auszug",
      "Gefährlichen Hund halten",
      "Jugendliche Straftäter",
      "Beratung für Jugendliche",
    ];
    const words = labelWords(names, { max: 12 });
    for (const adjective of ["Drohende", "Amtlicher", "Gefährlichen"]) expect(words).not.toContain(adjective);
    // Common adjectives without a telling ending, too ("Gelbe Tonne", "Kleiner Waffenschein").
    const plain = labelWords(["Gelbe Tonne", "Offene Ganztagsschule anmelden", "Kleiner Waffenschein"], {
      max: 9,
    });
    for (const adjective of ["Gelbe", "Offene", "Kleiner"]) expect(plain).not.toContain(adjective);
    // Ordinals, "anonym" and "erweitert" open names as such adjectives ("Zweite Leichenschau").
    const ordinal = labelWords(
      ["Zweite Leichenschau", "Anonymer HIV-Test", "Anonyme Bestattung", "Erweitertes Führungszeugnis"],
      { max: 12 },
    );
    for (const adjective of ["Zweite", "Anonymer", "Anonyme", "Erweitertes"])
      expect(ordinal).not.toContain(adjective);
    expect(ordinal).toEqual(expect.arrayContaining(["Leichenschau", "Bestattung"]));
    // -al, -iell, -iv and the participles of separable verbs, too; a noun in -ale stays ("Signale").
    const more = labelWords(
      [
        "Illegale Müllablagerung melden",
        "Abgeschlepptes Fahrzeug auslösen",
        "Finanzielle Hilfen bei Elementarschäden",
        "Alternative Dichtungsprüfung",
        "Signale Ampelanlage",
      ],
      { max: 15 },
    );
    for (const adjective of ["Illegale", "Abgeschlepptes", "Finanzielle", "Alternative"])
      expect(more).not.toContain(adjective);
    expect(more).toEqual(expect.arrayContaining(["Müllablagerung", "Fahrzeug", "Signale"]));
    // Weak participles in -igt and -facht ("Beschleunigtes Fachkräfteverfahren"), and an adjective that
    // opens a phrase in brackets, capitalised there as at the start of the name.
    const participles = labelWords(
      [
        "Beschleunigtes Fachkräfteverfahren",
        "Vereinfachtes Baugenehmigungsverfahren",
        "Ungenehmigte Bauarbeiten melden",
        "Beschädigter Spielplatz",
        "Eigenwohnraumförderung (Bayerisches Wohnungsbauprogramm)",
        "Bayerisches Zinsverbilligungsprogramm",
      ],
      { max: 20 },
    );
    for (const adjective of [
      "Beschleunigtes",
      "Vereinfachtes",
      "Ungenehmigte",
      "Beschädigter",
      "Bayerisches",
    ])
      expect(participles).not.toContain(adjective);
    expect(participles).toEqual(
      expect.arrayContaining(["Fachkräfteverfahren", "Bauarbeiten", "Spielplatz", "Wohnungsbauprogramm"]),
    );
    // Inside a name after an article, a proper name's adjective keeps its capital ("einer Blauen Karte").
    const inside = labelWords(["Erteilung einer Blauen Karte EU", "Blaue Karte Verlängerung"], { max: 6 });
    expect(inside).not.toContain("Blauen");
    expect(inside).toContain("Karte");
    expect(plain).toEqual(expect.arrayContaining(["Tonne", "Ganztagsschule", "Waffenschein"]));
    expect(labelWords(["Barrierefreier Umbau Zuschuss", "Barrierefreier Umbau Antrag"])).not.toContain(
      "Barrierefreier",
    );
    // A verb prefix is no compound part to show ("Weiter|bewilligung").
    expect(labelWords(["GruSi Weiterbewilligung", "UVG Weiterbewilligung"], { max: 4 })).not.toContain(
      "Weiter",
    );
    expect(words).toEqual(expect.arrayContaining(["Räumung", "Lageplan", "Hund", "Jugendliche"]));
    // Alone or before a lower-case word it may be the subject ("Fische fangen", "Lebende Tiere" aside).
    expect(labelWords(["Ehrenamtliche gesucht", "Ehrenamtliche Tätigkeit"], { max: 3 })).toContain(
      "Ehrenamtliche",
    );
  });

  it("never shows an adjective first part of a hyphenated compound, nor a token that starts with a digit", () => {
    const words = labelWords(
      [
        "Medizinisch-psychologische Untersuchung",
        "Öffentlich-rechtliche Namensänderung",
        "Bescheinigung § 7i EStG",
      ],
      { max: 12 },
    );
    for (const fragment of ["Medizinisch", "Öffentlich", "7i"]) expect(words).not.toContain(fragment);
    expect(words).toEqual(expect.arrayContaining(["Untersuchung", "Namensänderung"]));
  });

  it("never shows the linking-s first part of a hyphenated compound alone, unless written alone too", () => {
    const words = labelWords(["Aufstiegs-BAföG beantragen", "Aufstiegs-BAföG Rückzahlung"], { max: 4 });
    expect(words).not.toContain("Aufstiegs");
    expect(words).toContain("Ausbildungsförderung"); // BAföG, written out by the default synonyms
    const status = labelWords(["Status-Abfrage", "Status Änderung", "Status Auskunft"], { max: 3 });
    expect(status).toContain("Status");
  });

  it("takes no hint from names written all in capitals", () => {
    // All-capital names give no case hint, so no word is ruled out by its case here.
    expect(labelWords(["HUND ANMELDEN", "HUND ABMELDEN"], { max: 3 }).map((w) => w.toLowerCase())).toContain(
      "hund",
    );
  });

  it("takes an adjective before a word as an attribute in names all in capitals or in lower case", () => {
    // Exported from an old system in capitals: "KLEINER WAFFENSCHEIN" labelled "Kleiner, …" before.
    const words = labelWords(
      [
        "KLEINER WAFFENSCHEIN",
        "WASSERRECHTLICHE ERLAUBNIS FÜR PRIVATEN BRUNNEN",
        "OFFENE GANZTAGSSCHULE",
        "weiterführende schule anmeldung",
      ],
      { max: 12 },
    ).map((w) => w.toLowerCase());
    for (const adjective of ["kleiner", "wasserrechtliche", "privaten", "offene", "weiterführende"])
      expect(words).not.toContain(adjective);
    expect(words).toEqual(expect.arrayContaining(["waffenschein", "brunnen", "ganztagsschule", "schule"]));
  });

  it("shows the words of names in capitals or in lower case as German writes nouns, not verbs", () => {
    const label = (rows: readonly string[]) =>
      clusterProcesses(makeRecords(rows.map((r) => [r])), { strategy: { kind: "text" }, granularity: 1 })
        .clusters[0]?.label;
    expect(label(["HUND ANMELDEN", "HUND ABMELDEN", "HUNDESTEUER"])).toMatch(/^Hund\b/u);
    expect(label(["bestattung anmelden", "friedhofsgebühren zahlen", "grab verlängern"])).toMatch(
      /^(?:Bestattung|Friedhofsgebühren|Grab)(?:, (?:Bestattung|Friedhofsgebühren|Grab)){2}$/u,
    );
    // A short word in capitals stays an abbreviation; an auxiliary verb is no label word.
    expect(label(["EBG ZULASSUNG", "EBG ABMELDUNG"])).toMatch(/^EBG\b/u);
    expect(label(["PFLEGEELTERN WERDEN", "TAGESMUTTER WERDEN"])).not.toMatch(/Werden|WERDEN/u);
  });
});
