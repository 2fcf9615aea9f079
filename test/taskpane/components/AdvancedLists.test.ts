import fc from "fast-check";
import { synonymsToText, textToSynonyms, textToWords } from "../../../src/taskpane/components/AdvancedLists";

const word = fc.stringMatching(/^[a-zäöüß]{1,12}$/);

describe("synonym and word lists as text", () => {
  it("round-trips any synonym table through its text form", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ from: word, to: word })), (synonyms) => {
        expect(textToSynonyms(synonymsToText(synonyms))).toEqual(synonyms);
      }),
    );
  });

  it("ignores lines without '=' or with an empty side and lowercases", () => {
    expect(textToSynonyms("Kfz = Kraftfahrzeug\nkaputt\n = leer\nx =\n")).toEqual([
      { from: "kfz", to: "kraftfahrzeug" },
    ]);
  });

  it("splits words on lines and commas, without blanks or duplicates", () => {
    expect(textToWords("Antrag, Bescheid\n\nantrag\n  Meldung ")).toEqual(["antrag", "bescheid", "meldung"]);
  });
});
