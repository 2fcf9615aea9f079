import { formatText } from "../../../src/taskpane/i18n/formatText";
import { STRINGS } from "../../../src/taskpane/i18n/strings";

describe("strings", () => {
  it("has the same placeholders in German and English for every key", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(STRINGS.de) as (keyof typeof STRINGS.de)[]) {
      expect([key, placeholders(STRINGS.en[key])]).toEqual([key, placeholders(STRINGS.de[key])]);
    }
  });

  it("fills placeholders with German number formatting and leaves unknown ones visible", () => {
    expect(formatText(STRINGS.de.proposalCount, { processes: 3000, clusters: 23 })).toBe(
      "3.000 Teilprozesse → 23 Cluster",
    );
    expect(formatText("{a} und {b}", { a: "x" })).toBe("x und {b}");
  });
});
