import { createCatalogue } from "../../../src/domain/catalogue/createCatalogue";
import { describeCatalogueMatch } from "../../../src/domain/catalogue/describeCatalogueMatch";
import type { CatalogueData } from "../../../src/domain/catalogue/types";
import type { SparseRows } from "../../../src/domain/clustering/sparseRows";
import { renderMessage } from "../../../src/domain/messages/renderMessage";
import { shippedCatalogue, shippedData } from "./loadIndex";

/** A tiny hand-made catalogue: two Themenfelder, three Lebenslagen, four OZG-Leistungen. */
const data: CatalogueData = {
  version: 1,
  themenfelder: ["Familie & Kind", "Freizeit"],
  lebenslagen: [
    ["Eheschließung & Partnerschaft", 0],
    ["Fischen & Jagen", 1],
    ["Tierhaltung", 1],
  ],
  leistungen: [
    ["100", "Eheschließung", 0],
    ["200", "Waffenerlaubnis", 1],
    ["201", "Jagdschein", 1],
    ["300", "Hundehaltung", 2],
  ],
  services: [
    ["99001001000000", "Eheschließung Anmeldung", 0],
    ["99001002000000", "Ehefähigkeitszeugnis Ausstellung", 0],
    ["99002001000000", "Waffenbesitzkarte Erteilung", 1],
    ["99002001001000", "Waffenbesitzkarte Verlängerung", 1],
    ["99002001002000", "Waffenschein Erteilung", 1],
    ["99002001003000", "Jagdschein Erteilung", 2],
    ["99003001000000", "Hundesteuer Anmeldung", 3],
    ["", "Hundeführerschein", 3],
  ],
};

describe("createCatalogue", () => {
  const catalogue = createCatalogue(data);

  it("matches an exact 14-digit LeiKa key with score 1, whatever the name", () => {
    const match = catalogue.match({ name: "ganz anders", leikaKey: "99002001003000" });
    expect(match).toMatchObject({ ozgId: "201", via: "leikaKey", score: 1, lebenslage: "Fischen & Jagen" });
    expect(match?.serviceName).toBe("Jagdschein Erteilung");
    expect(match?.themenfeld).toBe("Freizeit");
  });

  it("falls back to the 8-digit object when the exact service is missing: its majority OZG-Leistung", () => {
    const match = catalogue.match({ name: "", leikaKey: "99002001777000" });
    expect(match).toMatchObject({ ozgId: "200", via: "leikaObject" });
    expect(match?.score).toBeCloseTo(3 / 4);
    expect(match?.serviceName).toBe("Waffenbesitzkarte Erteilung");
  });

  it("retrieves by name when the key is unknown or absent, ignoring procedure words", () => {
    expect(catalogue.match({ name: "Waffenbesitzkarte beantragen" })).toMatchObject({
      ozgId: "200",
      via: "name",
      serviceName: "Waffenbesitzkarte Erteilung",
    });
    expect(catalogue.match({ name: "Hundeführerschein", leikaKey: "99999999000000" })?.ozgId).toBe("300");
  });

  it("says 'keine sichere Zuordnung' (undefined) below the threshold", () => {
    expect(catalogue.match({ name: "Friedhofsgebühren" })).toBeUndefined();
    expect(catalogue.match({ name: "Antrag" })).toBeUndefined();
  });

  it("collects the vocabulary of all catalogue names in lower case", () => {
    expect(catalogue.vocabulary.has("waffenbesitzkarte")).toBe(true);
    expect(catalogue.vocabulary.has("tierhaltung")).toBe(true);
    expect(catalogue.vocabulary.has("Tierhaltung")).toBe(false);
    // Whole words only: "Liefer-" in "Liefer- und Dienstleistungsbereich" is no word of its own.
    const truncated = createCatalogue({
      ...data,
      services: [...data.services, ["", "Präqualifikation im Liefer- und Dienstleistungsbereich", 0]],
    });
    expect(truncated.vocabulary.has("dienstleistungsbereich")).toBe(true);
    expect(truncated.vocabulary.has("liefer")).toBe(false);
    // A genitive the name marks ("des Baubeginns") also gives its base as a word.
    const genitive = createCatalogue({
      ...data,
      services: [...data.services, ["", "Anzeige des Baubeginns", 0]],
    });
    expect(genitive.vocabulary.has("baubeginns")).toBe(true);
    expect(genitive.vocabulary.has("baubeginn")).toBe(true);
  });

  it("gives each name the votes of its nearest services over Lebenslagen and Themenfelder", () => {
    const { lebenslagen, themenfelder } = catalogue.evidence(["Waffenbesitzkarte verlängern", "Ehe", "xyz"]);
    expect(lebenslagen.features).toEqual(data.lebenslagen.map(([name]) => name));
    expect(themenfelder.features).toEqual(data.themenfelder);
    const row = (rows: typeof lebenslagen, i: number): Map<number, number> => {
      const out = new Map<number, number>();
      for (let p = rows.indptr[i] as number; p < (rows.indptr[i + 1] as number); p++)
        out.set(rows.indices[p] as number, rows.data[p] as number);
      return out;
    };
    const norm = (m: Map<number, number>): number => [...m.values()].reduce((s, v) => s + v * v, 0);
    const weapons = row(lebenslagen, 0);
    expect(norm(weapons)).toBeCloseTo(1);
    // Waffenbesitzkarte's services lie in "Fischen & Jagen" (1), so that Lebenslage gets the most weight.
    const strongest = [...weapons].sort((p, q) => q[1] - p[1])[0]?.[0];
    expect(strongest).toBe(1);
    expect(row(themenfelder, 0).get(1)).toBeGreaterThan(row(themenfelder, 0).get(0) ?? 0);
    expect(norm(row(themenfelder, 1))).toBeCloseTo(1);
    expect(row(themenfelder, 1).get(0)).toBeGreaterThan(0);
    expect(lebenslagen.indptr[3]).toBe(lebenslagen.indptr[2]); // nothing known: empty row
    expect(themenfelder.indptr[3]).toBe(themenfelder.indptr[2]);
  });

  it("gives the same evidence whether or not the names were matched before", () => {
    const names = ["Waffenbesitzkarte verlängern", "Hund anmelden", "Eheschließung"];
    const fresh = createCatalogue(data).evidence(names);
    const warmed = createCatalogue(data);
    for (const name of names) warmed.match({ name });
    const again = warmed.evidence(names);
    for (const key of ["lebenslagen", "themenfelder"] as const) {
      expect(Array.from(again[key].indptr)).toEqual(Array.from(fresh[key].indptr));
      expect(Array.from(again[key].indices)).toEqual(Array.from(fresh[key].indices));
      expect(Array.from(again[key].data)).toEqual(Array.from(fresh[key].data));
    }
  });

  it("gives names that read alike to the lookup (numbers, punctuation) the results each gets alone", () => {
    // Large inventories repeat a wording ("Bewohnerparkausweis 82", "… 83"): it is looked up once.
    const names = [
      "Bewohnerparkausweis 82",
      "Jagdschein verlängern",
      "Bewohnerparkausweis 83",
      "Jagdschein verlängern!",
      "Wohngeld – Erstantrag",
      "Wohngeld – Erstantrag 2",
      // Alike in words but not to the lookup: a heading's words count twice.
      "Wohngeld Erstantrag",
      "Lastenzuschuss Eigentümer",
    ];
    const shipped = shippedCatalogue();
    const row = (rows: SparseRows, i: number): [number[], number[]] => {
      const from = rows.indptr[i] as number;
      const to = rows.indptr[i + 1] as number;
      return [Array.from(rows.indices.subarray(from, to)), Array.from(rows.data.subarray(from, to))];
    };
    const together = {
      evidence: shipped.evidence(names).lebenslagen,
      concepts: shipped.project(names),
      areas: shipped.taskAreas(names),
    };
    // Each name looked up alone; a name that reads like an earlier one in a catalogue of its own, so
    // that nothing is remembered from the other.
    const data = shippedData();
    const repeats = new Set([2, 3, 5, 6]); // 6: alike in words, not to the lookup
    names.forEach((name, i) => {
      const own = repeats.has(i) ? createCatalogue(data) : shipped;
      expect(row(together.evidence, i)).toEqual(row(own.evidence([name]).lebenslagen, 0));
      expect(row(together.concepts, i)).toEqual(row(own.project([name]), 0));
      const placed = own.taskAreas([name]);
      expect([together.areas.words[i], together.areas.families[i]]).toEqual([
        placed.words[0],
        placed.families[0],
      ]);
    });
    // Alike to the lookup, alike in result.
    expect(row(together.evidence, 0)).toEqual(row(together.evidence, 2));
    expect(row(together.concepts, 1)).toEqual(row(together.concepts, 3));
    expect(together.areas.words[4]).toBe(together.areas.words[5]);
  });

  it("projects names onto the Lebenslagen as L2-normalised concept vectors", () => {
    const rows = catalogue.project(["Jagdschein verlängern", "Waffenbesitzkarte", "xyz"]);
    expect(rows.features).toEqual(data.lebenslagen.map(([name]) => name));
    const norm = (i: number): number => {
      let s = 0;
      for (let p = rows.indptr[i] as number; p < (rows.indptr[i + 1] as number); p++)
        s += (rows.data[p] as number) ** 2;
      return s;
    };
    expect(norm(0)).toBeCloseTo(1);
    expect(norm(1)).toBeCloseTo(1);
    expect(rows.indptr[3]).toBe(rows.indptr[2]); // nothing known: empty row
    const top = (i: number): number => {
      let best = -1;
      let at = -1;
      for (let p = rows.indptr[i] as number; p < (rows.indptr[i + 1] as number); p++) {
        if ((rows.data[p] as number) > best) [best, at] = [rows.data[p] as number, rows.indices[p] as number];
      }
      return at;
    };
    expect(top(0)).toBe(1);
    expect(top(1)).toBe(1);
  });

  it("rejects data of another format with a German message", () => {
    expect(() => createCatalogue({ version: 2 } as unknown as CatalogueData)).toThrow(/OZG-Katalog/);
  });
});

describe("describeCatalogueMatch", () => {
  const catalogue = createCatalogue(data);
  it("says where the row belongs and how it was found, in German", () => {
    const byKey = catalogue.match({ name: "", leikaKey: "99001001000000" });
    const byName = catalogue.match({ name: "Waffenbesitzkarte beantragen" });
    if (byKey === undefined || byName === undefined) throw new Error("expected matches");
    expect(renderMessage(describeCatalogueMatch(byKey), "de")).toBe(
      "laut OZG-Katalog: OZG-Leistung „Eheschließung“, Lebenslage „Eheschließung & Partnerschaft“ (über den LeiKa-Schlüssel)",
    );
    expect(renderMessage(describeCatalogueMatch(byName), "de")).toMatch(
      /ähnlichste Katalogleistung „Waffenbesitzkarte Erteilung“\)$/,
    );
  });
});

/** The cosine of two families' rows of `rows`, the families named as `families` numbers them. */
function familyCosine(rows: SparseRows, families: readonly string[]): (a: string, b: string) => number {
  const vector = (name: string): Map<number, number> => {
    const f = families.indexOf(name);
    expect(f).toBeGreaterThanOrEqual(0);
    const v = new Map<number, number>();
    for (let p = rows.indptr[f] as number; p < (rows.indptr[f + 1] as number); p++)
      v.set(rows.indices[p] as number, rows.data[p] as number);
    return v;
  };
  return (a, b) => {
    const [x, y] = [vector(a), vector(b)];
    let dot = 0;
    for (const [k, value] of x) dot += value * (y.get(k) ?? 0);
    return dot;
  };
}

describe("the shipped catalogue", () => {
  const catalogue = shippedCatalogue();
  it("has the whole OZG catalogue: 55 Lebenslagen as concepts", () => {
    expect(catalogue.conceptNames).toHaveLength(55);
  });

  it("places everyday wording of other administrations", () => {
    expect(catalogue.match({ name: "Waffenbesitzkarte beantragen" })?.lebenslage).toBe("Fischen & Jagen");
    expect(catalogue.match({ name: "Jagdschein" })?.lebenslage).toBe("Fischen & Jagen");
    expect(catalogue.match({ name: "Ehefähigkeitszeugnis" })?.lebenslage).toBe("Eheschließung");
    expect(catalogue.match({ name: "Bürgerbüro Termin" })).toBeUndefined();
  });

  it("places every service family in the concept space by its own words, related families close", () => {
    const rows = catalogue.familyConcepts;
    const families = catalogue.taskAreaFamilies;
    expect(rows.n).toBe(families.length);
    expect(rows.features).toEqual(catalogue.conceptNames);
    const cosine = familyCosine(rows, families);
    for (let f = 0; f < rows.n; f++) {
      let norm = 0;
      for (let p = rows.indptr[f] as number; p < (rows.indptr[f + 1] as number); p++)
        norm += (rows.data[p] as number) ** 2;
      expect(norm).toBeCloseTo(1, 4);
    }
    // Hunting and fishing licences are neighbours; hunting and identity cards are not.
    expect(cosine("Jagd", "Fischereischein")).toBeGreaterThan(cosine("Jagd", "Personalausweis") + 0.2);
    expect(cosine("Hundesteuer", "Hunde")).toBeGreaterThan(
      cosine("Hundesteuer", "Eheschließung & Lebenspartnerschaft"),
    );
    // Built once and kept.
    expect(catalogue.familyConcepts).toBe(rows);
  });

  it("spreads every service family over the OZG-Leistungen its words match", () => {
    const rows = catalogue.familyLeistungen;
    const families = catalogue.taskAreaFamilies;
    expect(rows.n).toBe(families.length);
    expect(rows.features).toHaveLength(557);
    const cosine = familyCosine(rows, families);
    // The dog tax and the dog keeper's duties are one OZG-Leistung (Hundehaltung); identity cards are not.
    expect(cosine("Hundesteuer", "Hunde")).toBeGreaterThan(0.5);
    expect(cosine("Hundesteuer", "Personalausweis")).toBe(0);
    let nonEmpty = 0;
    for (let f = 0; f < rows.n; f++) {
      let norm = 0;
      for (let p = rows.indptr[f] as number; p < (rows.indptr[f + 1] as number); p++)
        norm += (rows.data[p] as number) ** 2;
      if (norm > 0) {
        nonEmpty++;
        expect(norm).toBeCloseTo(1, 4);
      }
    }
    // Nearly every family has words the catalogue knows.
    expect(nonEmpty).toBeGreaterThan(0.9 * rows.n);
    expect(catalogue.familyLeistungen).toBe(rows);
  });
});
