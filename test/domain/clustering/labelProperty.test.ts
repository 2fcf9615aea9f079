import fc from "fast-check";
import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import { DEFAULT_PROCEDURE_WORDS } from "../../../src/domain/clustering/defaultStopWords";
import { DEFAULT_SYNONYMS } from "../../../src/domain/clustering/defaultSynonyms";
import { SEED_HEADS } from "../../../src/domain/clustering/internals/decompound";
import { findLabelFragments, wholeWords } from "../../../src/domain/clustering/labelLexicon";
import { MAX_LABEL_LENGTH } from "../../../src/domain/clustering/labelWords";
import { normalizeWord } from "../../../src/domain/clustering/normalizeName";
import type { ProcessRecord } from "../../../src/domain/clustering/types";

/** Nouns that join without a linking element ("Hund|steuer"), feminine ones that take -s- ("Ausbildung|s|…"). */
const PLAIN = ["Hund", "Garten", "Wasser", "Fahrzeug", "Boot", "Jagd", "Fisch", "Wald", "Markt", "Gewerbe"];
const FEMININE = [
  "Niederlassung",
  "Ausbildung",
  "Präqualifikation",
  "Versicherung",
  "Gesundheit",
  "Sicherheit",
];
/** Prepositions and verb prefixes: "Vor|mund", "Durch|führung" — their heads are no label words. */
const PREFIXES = ["Vor", "Durch", "Nach", "Über", "Unter", "Ver", "Ent"];
const HEADS = ["Erlaubnis", "Karte", "Schein", "Steuer", "Register", "Mund", "Führung", "Platz", "Zeugnis"];
const PROCEDURES = ["", "Erteilung", "Antrag", "Verlängerung", "Änderung", "Auskunft"];

type Kind = "plain" | "feminine" | "prefix";
interface Compound {
  readonly kind: Kind;
  readonly modifier: string;
  readonly head: string;
}

const compound: fc.Arbitrary<Compound> = fc.oneof(
  fc.record({
    kind: fc.constant<Kind>("plain"),
    modifier: fc.constantFrom(...PLAIN),
    head: fc.constantFrom(...HEADS),
  }),
  fc.record({
    kind: fc.constant<Kind>("feminine"),
    modifier: fc.constantFrom(...FEMININE),
    head: fc.constantFrom(...HEADS),
  }),
  fc.record({
    kind: fc.constant<Kind>("prefix"),
    modifier: fc.constantFrom(...PREFIXES),
    head: fc.constantFrom(...HEADS),
  }),
);

function written(c: Compound): string {
  const link = c.kind === "feminine" ? "s" : "";
  return `${c.modifier}${link}${c.head.toLowerCase()}`;
}

const rowArb = fc.record({
  compound,
  procedure: fc.constantFrom(...PROCEDURES),
  district: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});

const KNOWN = [
  ...DEFAULT_PROCEDURE_WORDS,
  ...SEED_HEADS,
  ...DEFAULT_SYNONYMS.flatMap((s) => wholeWords(s.to)),
];

describe("label rule as a property over generated compounds", () => {
  it("shows no fragment, no head cut off a prefix, no linking -s; labels unique and ≤ 60 characters", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 2, maxLength: 24 }),
        fc.constantFrom(0.3, 0.5, 0.65, 0.8, 0.95),
        (rows, granularity) => {
          const names = rows.map(
            (r) =>
              `${written(r.compound)}${r.procedure === "" ? "" : ` ${r.procedure}`}${r.district === undefined ? "" : ` Bezirk ${r.district}`}`,
          );
          const records: ProcessRecord[] = names.map((name, index) => ({
            key: `row:${String(index + 2).padStart(3, "0")}`,
            row: index + 2,
            index,
            name,
            cells: [name],
          }));
          const result = clusterProcesses(records, { strategy: { kind: "text" }, granularity });
          const labels = result.clusters.map((c) => c.label);
          expect(new Set(labels).size).toBe(labels.length);
          const writtenWords = new Set(names.flatMap(wholeWords));
          // Oracle independent of the checker: what a label word may be for these compounds.
          const allowed = new Set([
            ...writtenWords,
            ...[...PLAIN, ...FEMININE].map(normalizeWord),
            ...rows.filter((r) => r.compound.kind !== "prefix").map((r) => normalizeWord(r.compound.head)),
            ...KNOWN.map(normalizeWord),
          ]);
          const forbidden = new Set([
            ...FEMININE.map((f) => `${normalizeWord(f)}s`),
            ...rows
              .filter((r) => r.compound.kind === "prefix")
              .map((r) => normalizeWord(r.compound.head))
              .filter((h) => !allowed.has(h)),
          ]);
          for (const c of result.clusters) {
            expect(c.label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
            const memberNames = c.keys.map((k) => names[Number(k.slice(4)) - 2] ?? "");
            expect(findLabelFragments(c.label, memberNames, [...KNOWN, ...writtenWords])).toEqual([]);
            for (const m of c.label.matchAll(/\p{L}+/gu)) {
              const w = normalizeWord(m[0]);
              expect(forbidden.has(w)).toBe(false);
              expect(allowed.has(w)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 100, seed: 11 },
    );
  });
});
