import { formatText, joinList, msg, renderMessage } from "../../../src/domain/messages/renderMessage";
import { MESSAGE_TABLES } from "../../../src/domain/messages/tables";

describe("renderMessage", () => {
  it("renders a code in German and English with formatted parameters", () => {
    const quoted = msg("common.quoted", { text: "Kfz" });
    expect(renderMessage(quoted, "de")).toBe("„Kfz“");
    expect(renderMessage(quoted, "en")).toBe("“Kfz”");
    expect(renderMessage(msg("common.list", { items: ["a", "b", "c"] }), "de")).toBe("a, b und c");
    expect(renderMessage(msg("common.list", { items: ["a", "b"] }), "en")).toBe("a and b");
  });

  it("formats numbers for the language and nests messages", () => {
    expect(formatText("{n} Zeilen", { n: 3000 }, "de")).toBe("3000 Zeilen".replace("3000", "3.000"));
    expect(formatText("{n} rows", { n: 3000 }, "en")).toBe("3,000 rows");
    expect(renderMessage(msg("common.list", { items: [] }), "de")).toBe("");
    expect(renderMessage(msg("common.quoted", { text: msg("common.quoted", { text: "x" }) }), "de")).toBe(
      "„„x““",
    );
    expect(joinList(["a"], "de")).toBe("a");
  });

  it("has an English wording for every German code, and no code twice", () => {
    const seen = new Set<string>();
    for (const table of MESSAGE_TABLES) {
      expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.de).sort());
      for (const code of Object.keys(table.de)) {
        expect(seen.has(code)).toBe(false);
        seen.add(code);
      }
    }
  });
});
