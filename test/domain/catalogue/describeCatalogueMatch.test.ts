import { describeCatalogueMatch } from "../../../src/domain/catalogue/describeCatalogueMatch";
import type { CatalogueMatch } from "../../../src/domain/catalogue/types";
import { renderMessage } from "../../../src/domain/messages/renderMessage";

const match: CatalogueMatch = {
  ozgId: "10176",
  ozgLeistung: "Waffenbesitzkarte",
  lebenslage: "Freizeit & Ehrenamt",
  themenfeld: "Recht & Ordnung",
  via: "name",
  score: 0.8,
  serviceName: "Waffenbesitzkarte Erteilung",
  ozgServices: 89,
};

const de = (m: CatalogueMatch) => renderMessage(describeCatalogueMatch(m), "de");
const en = (m: CatalogueMatch) => renderMessage(describeCatalogueMatch(m), "en");

describe("describeCatalogueMatch", () => {
  it("names the OZG-Leistung, the Lebenslage and how the row was matched", () => {
    expect(de(match)).toBe(
      "laut OZG-Katalog: OZG-Leistung „Waffenbesitzkarte“, Lebenslage „Freizeit & Ehrenamt“ (ähnlichste Katalogleistung „Waffenbesitzkarte Erteilung“)",
    );
    expect(de({ ...match, via: "leikaKey" })).toMatch(/\(über den LeiKa-Schlüssel\)$/u);
    expect(de({ ...match, via: "leikaObject" })).toMatch(/\(über das LeiKa-Objekt\)$/u);
  });

  it("says the same in English, quoting the catalogue's names as they are", () => {
    expect(en(match)).toBe(
      "according to the OZG catalogue: OZG service “Waffenbesitzkarte”, life event “Freizeit & Ehrenamt” (closest catalogue service “Waffenbesitzkarte Erteilung”)",
    );
    expect(en({ ...match, via: "leikaKey" })).toMatch(/\(matched by LeiKa key\)$/u);
  });
});
