import { DEFAULT_GRANULARITY } from "../../../src/domain/clustering/buildClusterModel";
import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import { DEFAULT_STOP_WORDS } from "../../../src/domain/clustering/defaultStopWords";
import { DEFAULT_SYNONYMS } from "../../../src/domain/clustering/defaultSynonyms";
import { analyzeNames } from "../../../src/domain/clustering/internals/analyzeNames";
import { tfidfVectors } from "../../../src/domain/clustering/internals/tfidfVectors";
import { makeRecords } from "./makeRecords";

describe("analyzeNames subject roles", () => {
  const analyse = (name: string) => {
    const row = analyzeNames([name], DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS).rows[0];
    if (row === undefined) throw new Error("no row");
    return row;
  };
  it("marks the first subject word as lead and words after a procedure word as detail", () => {
    const row = analyse("Kraftfahrzeug Abmeldung bei Halterwechsel");
    expect(row.roles).toEqual(["lead", "detail"]);
    expect(row.subjects).toHaveLength(2);
  });
  it("does not end the subject phrase at function words", () => {
    const row = analyse("Aufwandsentschädigung für den Vormund");
    expect(row.roles.at(-1)).toBe("core");
    expect(row.roles).not.toContain("detail");
  });
  it("ends the subject phrase after a compound with a procedure head", () => {
    const row = analyse("Gewerbeanmeldung Reisegewerbe");
    expect(row.roles[0]).toBe("lead");
    expect(row.roles.at(-1)).toBe("detail");
  });
  it("keeps roles parallel to the subjects", () => {
    for (const name of ["Antrag auf Erteilung", "Wohngeld", "Bauantrag für ein Einfamilienhaus einreichen"]) {
      const row = analyse(name);
      expect(row.roles).toHaveLength(row.subjects.length);
    }
  });
});

describe("tfidfVectors documents", () => {
  const rows = [["kraftfahrzeug", "halterwechsel"], ["kraftfahrzeug", "verkauf"], ["wohngeld"]];
  const weightOf = (v: ReturnType<typeof tfidfVectors>, row: number, feature: string): number => {
    for (let p = v.indptr[row] ?? 0; p < (v.indptr[row + 1] ?? 0); p++) {
      if (v.features[v.indices[p] ?? -1] === feature) return v.data[p] ?? 0;
    }
    return 0;
  };
  it("equals the plain vectors when every row is its own document", () => {
    const plain = tfidfVectors(rows, 0.3);
    const own = tfidfVectors(rows, 0.3, undefined, Int32Array.from([0, 1, 2]));
    expect(Array.from(own.data)).toEqual(Array.from(plain.data));
    expect(Array.from(own.indices)).toEqual(Array.from(plain.indices));
  });
  it("keeps a subject shared by variants of one document rare, so it weighs more", () => {
    const plain = tfidfVectors(rows, 0.3);
    const grouped = tfidfVectors(rows, 0.3, undefined, Int32Array.from([0, 0, -1]));
    expect(weightOf(grouped, 0, "w:kraftfahrzeug")).toBeGreaterThan(weightOf(plain, 0, "w:kraftfahrzeug"));
  });
});

describe("subject phrase and default cut", () => {
  it("groups variants of one subject whose details differ (names only)", () => {
    const result = clusterProcesses(
      makeRecords([
        ["Kraftfahrzeug Abmeldung bei Halterwechsel"],
        ["Kraftfahrzeug Meldung Verkauf"],
        ["Kraftfahrzeug Zulassung"],
        ["Wohngeld Bewilligung bei Halterwechsel"],
        ["Hundesteuer Anmeldung"],
      ]),
      { strategy: { kind: "text" } },
    );
    const kfz = result.clusters.find((c) => c.keys.includes("row:002"));
    expect(kfz?.keys).toEqual(["row:002", "row:003", "row:004"]);
    expect(result.clusters.find((c) => c.keys.includes("row:005"))?.singleton).toBe(true);
  });
  it("uses the text cut for auto when the sheet has no structured column", () => {
    const namesOnly = clusterProcesses(makeRecords([["Wohngeld"], ["Elterngeld"]]));
    expect(namesOnly.granularity).toBe(DEFAULT_GRANULARITY.text);
    const withKey = clusterProcesses(makeRecords([["Wohngeld", "99107001017000"], ["Elterngeld"]]));
    expect(withKey.granularity).toBe(DEFAULT_GRANULARITY.auto);
  });
});
