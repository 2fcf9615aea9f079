import { labelAgreement } from "../../scripts/internals/labelAgreement";

describe("label agreement with the reference group names (bench:lists)", () => {
  const reference = new Map([
    ["a", "Müllabfuhr und Tonnen"],
    ["b", "Müllabfuhr und Tonnen"],
    ["c", "Abfallgebühren"],
    ["d", "Hundesteuer"],
    ["e", "Hundesteuer"],
    ["f", "Einbürgerung"],
  ]);
  const of = (key: string) => reference.get(key) ?? "";

  it("counts label words found in the majority reference name, by a shared start or containment", () => {
    const result = labelAgreement(
      [
        // "Müllabfuhr" found, "Abfallkalender" not (the majority is "Müllabfuhr und Tonnen").
        { label: "Müllabfuhr, Abfallkalender", keys: ["a", "b", "c"] },
        // "Hund" and "Steuer" are both inside "Hundesteuer".
        { label: "Hund: Steuer", keys: ["d", "e"] },
        // A single row is not counted.
        { label: "Einbürgerung", keys: ["f"] },
      ],
      of,
    );
    expect(result.words).toBeCloseTo(3 / 4);
    expect(result.clusters).toBe(1);
  });

  it("is 0 without labelled multi-row clusters, and ignores 'und' and short words", () => {
    expect(labelAgreement([], of)).toEqual({ words: 0, clusters: 0 });
    const result = labelAgreement([{ label: "Tonnen und Kfz", keys: ["a", "b"] }], of);
    expect(result).toEqual({ words: 1, clusters: 1 });
  });
});
