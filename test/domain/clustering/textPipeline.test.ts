import fc from "fast-check";
import { DEFAULT_STOP_WORDS } from "../../../src/domain/clustering/defaultStopWords";
import { DEFAULT_SYNONYMS } from "../../../src/domain/clustering/defaultSynonyms";
import { normalizeName } from "../../../src/domain/clustering/normalizeName";
import { analyzeNames } from "../../../src/domain/clustering/internals/analyzeNames";
import { decompound } from "../../../src/domain/clustering/internals/decompound";
import { nnChainAverage } from "../../../src/domain/clustering/internals/nnChainAverage";

describe("normalizeName", () => {
  it("lowercases, folds ß, splits hyphens, slashes and brackets, drops bare numbers", () => {
    expect(normalizeName("Kfz-Zulassung / Straßenverkehr (§ 59 Abs. 1)")).toBe(
      "kfz zulassung strassenverkehr abs",
    );
  });
});

describe("decompound", () => {
  const known = new Set(["gewerbe", "anmeldung", "steuer", "hund", "kraftfahrzeug", "zulassung"]);
  it("splits at a known head with a known modifier, allowing linking elements", () => {
    expect(decompound("gewerbeanmeldung", known)).toEqual(["gewerbe", "anmeldung"]);
    expect(decompound("hundesteuer", known)).toEqual(["hund", "steuer"]);
    expect(decompound("kraftfahrzeugzulassung", known)).toEqual(["kraftfahrzeug", "zulassung"]);
  });
  it("leaves unknown words whole", () => {
    expect(decompound("fischerei", known)).toEqual(["fischerei"]);
  });
  it("splits an inflected form like its known base word, not at an accidental inner word", () => {
    const vocabulary = new Set(["fahrzeug", "zeugen", "fahrzeugteil"]);
    // "fahrzeugen" is "fahrzeug" + -en, not "fahr" + "zeugen".
    expect(decompound("fahrzeugen", vocabulary)).toEqual(["fahrzeug"]);
    expect(decompound("fahrzeugteilen", vocabulary)).toEqual(["fahrzeugteil"]);
  });
});

describe("analyzeNames", () => {
  it("applies synonyms, removes procedure words and keeps them for labels", () => {
    const { rows } = analyzeNames(
      ["Kfz-Abmeldung", "Kraftfahrzeug Zulassung", "Wohngeld beantragen"],
      DEFAULT_SYNONYMS,
      DEFAULT_STOP_WORDS,
    );
    expect(rows[0]?.terms).toEqual(["kraftfahrzeug"]);
    expect(rows[0]?.procedures).toEqual(["abmeldung"]);
    expect(rows[1]?.subjects).toEqual(rows[0]?.subjects);
    expect(rows[2]?.terms).toEqual(["wohngeld"]);
    expect(rows[2]?.procedures).toEqual(["beantragen"]);
  });
  it("treats negation, possessive and quantifying determiners as grammar, not as subjects", () => {
    const { rows } = analyzeNames(
      [
        "Keine Wahlbenachrichtigung erhalten",
        "Außerbetriebsetzung Ihres Kfz",
        "Restabfallbehälter umtauschen (andere Größe)",
        "Suche nach der eigenen Herkunft",
      ],
      DEFAULT_SYNONYMS,
      DEFAULT_STOP_WORDS,
    );
    const words = rows.flatMap((r) => [...r.terms, ...r.subjects]);
    for (const w of ["keine", "ihres", "andere", "eigenen"]) expect(words).not.toContain(w);
    expect(rows[0]?.terms).toEqual(["wahlbenachrichtigung"]);
  });
  it("writes out the usual abbreviations of benefits and laws, so they meet their full names", () => {
    const { rows } = analyzeNames(
      [
        "GruSi Erstantrag",
        "Grundsicherung Änderung",
        "HzP ambulant",
        "Erlaubnis § 34c GewO",
        "Gewerbe anmelden",
      ],
      DEFAULT_SYNONYMS,
      DEFAULT_STOP_WORDS,
    );
    expect(rows[0]?.subjects).toEqual(expect.arrayContaining(rows[1]?.subjects ?? ["?"]));
    expect(rows[2]?.terms).toEqual(expect.arrayContaining(["hilfe", "pflege"]));
    expect(rows[3]?.terms).toContain("gewerbe");
    expect(rows[4]?.terms).toContain("gewerbe");
  });
  it("writes out the abbreviations offices use in their own inventories, as whole words only", () => {
    const { rows } = analyzeNames(
      [
        "AE Verlängerung",
        "Aufenthaltserlaubnis Erteilung",
        "Ersatz ZB I / ZB II",
        "Entziehung FE Punktesystem",
        "TB-Fürsorge Umgebungsuntersuchung",
        "Standesamt Termin",
        "Seuchenschutz",
      ],
      DEFAULT_SYNONYMS,
      DEFAULT_STOP_WORDS,
    );
    expect(rows[0]?.subjects).toEqual(rows[1]?.subjects);
    // The vehicle papers ("ZB I / ZB II").
    expect(rows[2]?.terms).toContain("fahrzeug");
    expect(rows[3]?.terms).toContain("fahrerlaubnis");
    expect(rows[4]?.terms).toContain("tuberkulose");
    // "sta" (Staatsangehörigkeit) and "seu" (Schuleingangsuntersuchung) never fire inside a word.
    expect(rows[5]?.terms.join(" ")).not.toMatch(/staatsangehörigkeit/u);
    expect(rows[6]?.terms.join(" ")).not.toMatch(/schuleingang/u);
  });
  it("treats the verbs of citizens' service lists as procedures, not subjects", () => {
    const { rows } = analyzeNames(
      ["Wunschkennzeichen reservieren", "Trautermin reservieren", "Sperrmüll-Abholung bestellen"],
      DEFAULT_SYNONYMS,
      DEFAULT_STOP_WORDS,
    );
    expect(rows[0]?.subjects).not.toContain("reservi");
    expect(rows[0]?.subjects).toContain("kennzeich");
    // No subject in common: "reservieren" no longer joins a wedding date to a number plate.
    expect(rows[1]?.subjects.filter((s) => rows[0]?.subjects.includes(s))).toEqual([]);
    expect(rows[2]?.subjects).not.toContain("abhol");
    expect(rows[0]?.procedures).toContain("reservieren");
  });
  it("reads names written as residents ask: question words, pronouns and verb forms say nothing of the subject", () => {
    const { rows } = analyzeNames(
      [
        "Wie beantrage ich einen Reisepass?",
        "Wo bekomme ich meinen Reisepass?",
        "Mahnung erhalten – was ist zu tun?",
        "Auto zulassen",
        "Kfz zulassen",
        "Nummernschild geklaut – was nun?",
        "Kennzeichen verloren",
      ],
      DEFAULT_SYNONYMS,
      DEFAULT_STOP_WORDS,
    );
    expect(rows[0]?.terms).toEqual(["reisepass"]);
    expect(rows[1]?.subjects).toEqual(rows[0]?.subjects);
    expect(rows[2]?.terms).toEqual(["mahnung"]);
    // A question's inflected verb is no label word: never "Beantrage", nor "Bekommen" for "bekomme".
    expect(rows[0]?.procedures).toEqual([]);
    expect(rows[1]?.procedures).toEqual([]);
    // "Auto" is the everyday word for a Kraftfahrzeug.
    expect(rows[3]?.subjects).toEqual(rows[4]?.subjects);
    // … and a "Nummernschild" a Kennzeichen; "nun" of "was nun?" is no subject.
    expect(rows[5]?.terms).toEqual(["kennzeichen"]);
    expect(rows[5]?.subjects[0]).toBe(rows[6]?.subjects[0]);
    expect(rows[5]?.subjects).not.toContain("nun");
    // An inflected procedure noun is shown as listed.
    const [plural, question] = analyzeNames(
      ["Gewerbe: Anmeldungen", "Bekomme ich BAföG für die Fachoberschule?"],
      DEFAULT_SYNONYMS,
      DEFAULT_STOP_WORDS,
    ).rows;
    expect(plural?.procedures).toEqual(["anmeldung"]);
    // A verb form opening a question is no label word either.
    expect(question?.procedures).toEqual([]);
    // A synonym's plural or genitive in -s is the synonym too ("meines Autos").
    const [autos, kfz] = analyzeNames(
      ["Zulassung meines Autos", "Kfz-Zulassung"],
      DEFAULT_SYNONYMS,
      DEFAULT_STOP_WORDS,
    ).rows;
    expect(autos?.terms).toEqual(kfz?.terms);
  });
  it("falls back to the procedure words for a name made only of them", () => {
    const { rows } = analyzeNames(["Antrag auf Erteilung"], DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS);
    expect(rows[0]?.subjects.length).toBeGreaterThan(0);
  });
});

/** Naive O(n³) UPGMA as an oracle: merge the closest pair of clusters by mean pairwise distance. */
function naiveHeights(n: number, d: (i: number, j: number) => number): number[] {
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  const heights: number[] = [];
  while (clusters.length > 1) {
    let best = Infinity;
    let bi = 0;
    let bj = 1;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        let s = 0;
        for (const i of clusters[a] ?? []) for (const j of clusters[b] ?? []) s += d(i, j);
        const m = s / ((clusters[a]?.length ?? 1) * (clusters[b]?.length ?? 1));
        if (m < best) {
          best = m;
          bi = a;
          bj = b;
        }
      }
    }
    heights.push(best);
    clusters = [
      ...clusters.filter((_, k) => k !== bi && k !== bj),
      [...(clusters[bi] ?? []), ...(clusters[bj] ?? [])],
    ];
  }
  return heights.sort((p, q) => p - q);
}

describe("nnChainAverage", () => {
  // Distances from a seeded generator are distinct (ties, which shrinking would create, allow
  // several valid average-linkage dendrograms).
  it("gives the same merge heights as naive average linkage", () => {
    const matrices = fc
      .tuple(fc.integer({ min: 2, max: 14 }), fc.integer({ min: 1, max: 2 ** 30 }))
      .map(([n, seed]) => {
        let x = seed;
        const values = Array.from({ length: (n * (n - 1)) / 2 }, () => {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          return (x % 1_000_000) / 1_000_000;
        });
        return [n, values] as const;
      });
    fc.assert(
      fc.property(matrices, ([n, values]) => {
        const dist = Float32Array.from(values);
        const lookup = (i: number, j: number): number => {
          const [a, b] = i < j ? [i, j] : [j, i];
          return dist[(a * (2 * n - a - 1)) / 2 + (b - a - 1)] as number;
        };
        const expected = naiveHeights(n, lookup);
        const got = [...nnChainAverage(n, dist.slice()).height].sort((p, q) => p - q);
        got.forEach((h, k) => expect(h).toBeCloseTo(expected[k] ?? NaN, 4));
      }),
      { numRuns: 100 },
    );
  });
});
