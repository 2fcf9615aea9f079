import { describeCatalogueMatch } from "../../../src/domain/catalogue/describeCatalogueMatch";
import type { CatalogueMatch } from "../../../src/domain/catalogue/types";

const match: CatalogueMatch = {
  ozgId: "10176",
  ozgLeistung: "Waffenbesitzkarte",
  lebenslage: "Freizeit & Ehrenamt",
  themenfeld: "Recht & Ordnung",
  via: "name",
  score: 0.8,
  serviceName: "Waffenbesitzkarte Erteilung",
};

describe("describeCatalogueMatch", () => {
  it("names the OZG-Leistung, the Lebenslage and how the row was matched", () => {
    expect(describeCatalogueMatch(match)).toBe(
      "laut OZG-Katalog: OZG-Leistung „Waffenbesitzkarte“, Lebenslage „Freizeit & Ehrenamt“ (ähnlichste Katalogleistung „Waffenbesitzkarte Erteilung“)",
    );
    expect(describeCatalogueMatch({ ...match, via: "leikaKey" })).toMatch(/\(über den LeiKa-Schlüssel\)$/u);
    expect(describeCatalogueMatch({ ...match, via: "leikaObject" })).toMatch(/\(über das LeiKa-Objekt\)$/u);
  });
});
