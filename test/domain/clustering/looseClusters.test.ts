import { createCatalogue } from "../../../src/domain/catalogue/createCatalogue";
import { BROAD_OZG_SERVICES, buildClusterModel } from "../../../src/domain/clustering/buildClusterModel";
import { cutClusterModel } from "../../../src/domain/clustering/cutClusterModel";
import { describeCluster } from "../../../src/domain/clustering/internals/describeCluster";
import { renderMessage } from "../../../src/domain/messages/renderMessage";
import { isLooseReason } from "../../../src/domain/clustering/looseReason";
import { msg } from "../../../src/domain/messages/renderMessage";
import { verbatimReason } from "../../../src/domain/review/types";
import { de } from "./germanText";
import { makeRecords } from "./makeRecords";

/** Six services that share no word, as the default cut gathers them when it must meet n/4. */
const UNRELATED: readonly (readonly [string, string?])[] = [
  ["Kirchenaustritt erklären"],
  ["Ampelstörung melden"],
  ["Ferienbetreuung anmelden"],
  ["Wählerverzeichnis einsehen"],
  ["Raum im Bürgerhaus mieten"],
  ["Ehrenamtskarte beantragen"],
];

const ALL = [0, 1, 2, 3, 4, 5];

describe("loose collections", () => {
  it("are mixed clusters of four or more in which nothing links a third of the rows; the reason says so first", () => {
    const model = buildClusterModel(makeRecords(UNRELATED));
    const description = describeCluster(model, ALL, 0.95);
    expect(description.loose).toBe(true);
    // Names only: the engine knows no OZG-Leistung or Lebenslage, so the reason speaks of terms alone.
    expect(de(description.reason)).toMatch(
      /^lose Sammlung, bitte prüfen: keinen Begriff teilt auch nur ein Drittel der 6 Prozesse/,
    );
    expect(renderMessage(description.reason, "en")).toMatch(/^loose collection, please review/);
  });

  it("name OZG-Leistung and Lebenslage as well when the catalogue is on", () => {
    const catalogue = createCatalogue({
      version: 1,
      themenfelder: ["Mobilität & Reisen"],
      lebenslagen: [["Führerschein", 0]],
      leistungen: [["1", "Fahrerlaubnis", 0]],
      services: [["99001001000000", "Fahrerlaubnis Erteilung", 0]],
    });
    const description = describeCluster(buildClusterModel(makeRecords(UNRELATED), { catalogue }), ALL, 0.95);
    expect(description.loose).toBe(true);
    expect(de(description.reason)).toMatch(
      /^lose Sammlung, bitte prüfen: keinen Begriff, keine OZG-Leistung und keine Lebenslage teilt auch nur ein Drittel der 6 Prozesse/,
    );
  });

  it("are a pair or three only when their names share not even a word part; never a cluster whose word a third of the rows share", () => {
    const model = buildClusterModel(
      makeRecords([
        ...UNRELATED,
        ["Ehrenamtskarte verlängern"],
        ["Ehrenamtskarte Verlust melden"],
        ["Osterfeuer anmelden"],
        ["Freiwillige Feuerwehr – Mitglied werden"],
        ["Förderung von Kulturprojekten"],
        ["Stadtführung buchen"],
      ]),
    );
    const three = describeCluster(model, [0, 1, 2], 0.95);
    expect(three.loose).toBe(true);
    expect(de(three.reason)).toBe("lose Sammlung, bitte prüfen: die 3 Prozesse teilen keinen Begriff");
    expect(isLooseReason(three.reason)).toBe(true);
    expect(three.memberReasons.map(de)).toEqual(
      Array.from({ length: 3 }, () => "teilt mit den übrigen keinen Begriff und keinen Wortteil"),
    );
    // A piece of a word both write says what the reader sees in the names.
    const fire = describeCluster(model, [8, 9], 0.95);
    expect(fire.loose).toBe(false);
    expect(de(fire.reason)).toBe("ähnlich geschriebene Namen (gemeinsamer Wortteil „feuer“)");
    // A noun ending ("rung" of Förderung and Führung) is no such piece.
    expect(describeCluster(model, [10, 11], 0.95).loose).toBe(true);
    // "Ehrenamtskarte" in 3 of 7 names: more than a third.
    const mixed = describeCluster(model, [1, 2, 3, 5, 6, 7, 0], 0.95);
    expect(mixed.loose).toBe(false);
    expect(de(mixed.reason)).not.toContain("lose Sammlung");
  });

  it("are not loose when the catalogue places a third of the rows in one Lebenslage", () => {
    const catalogue = createCatalogue({
      version: 1,
      themenfelder: ["Engagement & Hobby"],
      lebenslagen: [["Ehrenamt & Beteiligung", 0]],
      leistungen: [
        ["1", "Wahlen", 0],
        ["2", "Ehrenamtskarte", 0],
      ],
      services: [
        ["99001001000000", "Wählerverzeichnis Einsicht", 0],
        ["99002001000000", "Ehrenamtskarte Ausstellung", 1],
      ],
    });
    const rows = UNRELATED.map(([name], i): readonly [string, string?] =>
      i === 3 ? [name, "99001001000000"] : i === 5 ? [name, "99002001000000"] : [name],
    );
    const model = buildClusterModel(makeRecords(rows), { catalogue });
    expect(model.signals.filter((s) => s.catalogue?.lebenslage === "Ehrenamt & Beteiligung")).toHaveLength(2);
    const description = describeCluster(model, ALL, 0.95);
    expect(description.loose).toBe(false);
    // The reason says what holds the rows together instead of "similar names"; a third is the most
    // frequent Lebenslage, not "überwiegend".
    expect(de(description.reason)).toBe(
      "laut OZG-Katalog am häufigsten Lebenslage Ehrenamt & Beteiligung (2 von 6)",
    );
    expect(renderMessage(description.reason, "en")).toBe(
      "most often life event Ehrenamt & Beteiligung according to the OZG catalogue (2 of 6)",
    );
    // All of them in one Lebenslage: "gleiche", not "überwiegend".
    expect(de(describeCluster(model, [3, 5], 0.95).reason)).toMatch(
      /^laut OZG-Katalog gleiche Lebenslage Ehrenamt & Beteiligung/,
    );
  });

  it("do not name a broad OZG-Leistung two rows only match by name (a heading, not a shared subject)", () => {
    // "Allerlei" stands for a broad heading such as "Unternehmensanmeldung und -genehmigung": more than
    // BROAD_OZG_SERVICES services, two of which the names "Kirchenaustritt" and "Ampelstörung" match.
    const data = (extra: number) =>
      createCatalogue({
        version: 1,
        themenfelder: ["Verschiedenes", "Anderes"],
        lebenslagen: [
          ["Allerlei Lage", 0],
          ["Andere Lage", 1],
        ],
        leistungen: [["1", "Allerlei", 0]],
        services: [
          ["", "Kirchenaustritt Erklärung", 0],
          ["", "Ampelstörung Meldung", 0],
          ...Array.from({ length: extra }, (_, k) => ["", `Zusatzleistung ${k + 1} Xyz`, 0] as const),
        ],
      });
    const reason = (extra: number) => {
      const model = buildClusterModel(makeRecords(UNRELATED), { catalogue: data(extra) });
      expect(model.signals.filter((s) => s.catalogue?.ozgLeistung === "Allerlei")).toHaveLength(2);
      return de(describeCluster(model, ALL, 0.95).reason);
    };
    expect(reason(0)).toContain("OZG-Leistung Allerlei (2 von 6)");
    expect(reason(BROAD_OZG_SERVICES)).not.toContain("OZG-Leistung Allerlei");
  });

  it("name the sheet's OZG-Leistung a third of a mixed cluster share", () => {
    const rows: readonly (readonly [string, string?])[] = UNRELATED;
    const records = makeRecords(rows).map((r, i) => (i < 2 ? { ...r, ozgName: "Kirchenaustritt" } : r));
    const description = describeCluster(buildClusterModel(records), ALL, 0.95);
    expect(description.loose).toBe(false);
    expect(de(description.reason)).toContain("am häufigsten OZG-Leistung Kirchenaustritt (2 von 6)");
    // More than half: "überwiegend".
    const four = makeRecords(rows).map((r, i) => (i < 4 ? { ...r, ozgName: "Kirchenaustritt" } : r));
    expect(de(describeCluster(buildClusterModel(four), ALL, 0.95).reason)).toContain(
      "überwiegend OZG-Leistung Kirchenaustritt (4 von 6)",
    );
  });

  it("are marked on the proposed cluster, up to a third sharing a word and not at a third", () => {
    const dogs: readonly (readonly [string, string?])[] = [
      ["Hund anmelden"],
      ["Hund abmelden"],
      ["Hund Steuer ermäßigen"],
    ];
    // Granularity 1 merges everything into one cluster: "Hund" in 2 of 8 names, then in 3 of 9.
    const [twoOfEight] = cutClusterModel(
      buildClusterModel(makeRecords([...UNRELATED, ...dogs.slice(0, 2)])),
      1,
    ).clusters;
    expect(twoOfEight?.keys).toHaveLength(8);
    expect(twoOfEight?.loose).toBe(true);
    expect(twoOfEight?.reason.code).toBe("cluster.join.semicolon");
    expect(isLooseReason(twoOfEight?.reason ?? msg("cluster.similarNames"))).toBe(true);
    expect(de(twoOfEight?.reason)).toMatch(
      /^lose Sammlung.*der 8 Prozesse; gemeinsame Begriffe: Hund \(2 von 8\)$/,
    );
    const [threeOfNine] = cutClusterModel(
      buildClusterModel(makeRecords([...UNRELATED, ...dogs])),
      1,
    ).clusters;
    expect(threeOfNine?.keys).toHaveLength(9);
    expect(threeOfNine?.loose).toBeUndefined();
    expect(de(threeOfNine?.reason)).not.toContain("lose Sammlung");
  });

  it("are recognised by their reason, also as the German text the workbook holds", () => {
    const model = buildClusterModel(makeRecords(UNRELATED));
    const loose = describeCluster(model, ALL, 0.95).reason;
    const tight = describeCluster(
      buildClusterModel(makeRecords([["Hund anmelden"], ["Hund abmelden"]])),
      [0, 1],
      0.5,
    ).reason;
    expect(isLooseReason(loose)).toBe(true);
    expect(isLooseReason(tight)).toBe(false);
    expect(isLooseReason(verbatimReason(de(loose) ?? ""))).toBe(true);
    expect(isLooseReason(verbatimReason(de(tight) ?? ""))).toBe(false);
    // Only as the opening part: a reason that merely quotes the words later is not one.
    const later = msg("cluster.join.semicolon", { first: msg("cluster.similarNames"), rest: loose });
    expect(isLooseReason(later)).toBe(false);
  });
});
