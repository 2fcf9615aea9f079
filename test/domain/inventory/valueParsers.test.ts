import { parseDate } from "../../../src/domain/inventory/parseDate";
import { parseLeikaKey } from "../../../src/domain/inventory/parseLeikaKey";
import { parseNumber } from "../../../src/domain/inventory/parseNumber";
import { parseReifegrad, parseReifegradModell } from "../../../src/domain/inventory/parseReifegrad";
import { parseStatus } from "../../../src/domain/inventory/parseStatus";
import type { RawCell } from "../../../src/domain/inventory/types";

describe("parseNumber", () => {
  it.each<[RawCell, number]>([
    [42, 42],
    ["1.234,50 €", 1234.5],
    ["1,234.50", 1234.5],
    ["12.500", 12500],
    ["1.234.567", 1234567],
    ["0.5", 0.5],
    ["12.75", 12.75],
    ["1,5", 1.5],
    ["1 234", 1234],
    ["EUR 300", 300],
    ["300 EUR", 300],
    ["45 %", 0.45],
    ["-1.000,00", -1000],
    ["\u00a0 7\u00a0000 ", 7000],
  ])("reads %p as %p", (cell, expected) => {
    expect(parseNumber(cell)).toEqual({ kind: "ok", value: expected });
  });

  it.each<RawCell>([null, undefined, "", "  ", "-", "k.A."])("treats %p as empty", (cell) => {
    expect(parseNumber(cell).kind).toBe("empty");
  });

  it.each<RawCell>(["viele", "1.2.3,4,5", "12,34,5", { error: "#DIV/0!" }, true, "1e5x"])(
    "rejects %p",
    (cell) => {
      expect(parseNumber(cell).kind).toBe("invalid");
    },
  );
});

describe("parseDate", () => {
  it.each<[RawCell, string]>([
    [46387, "2026-12-31"],
    [61, "1900-03-01"],
    [new Date(Date.UTC(2026, 10, 25)), "2026-11-25"],
    ["31.12.2026", "2026-12-31"],
    ["1.7.26", "2026-07-01"],
    ["31/12/2026", "2026-12-31"],
    ["2026-12-31", "2026-12-31"],
    ["2026-12-31T00:00:00Z", "2026-12-31"],
    ["06/2026", "2026-06-30"],
    ["Q3 2026", "2026-09-30"],
    ["4. Quartal 2027", "2027-12-31"],
    ["2026", "2026-12-31"],
    [2027, "2027-12-31"],
    ["29.02.2028", "2028-02-29"],
    ["46387", "2026-12-31"],
  ])("reads %p as %p", (cell, expected) => {
    expect(parseDate(cell)).toEqual({ kind: "ok", value: expected });
  });

  it.each<RawCell>(["31.02.2026", "bald", "13/2026", -5, "29.02.2027", { error: "#WERT!" }])(
    "rejects %p",
    (cell) => {
      expect(parseDate(cell).kind).toBe("invalid");
    },
  );

  it("treats blanks and 'offen' as empty", () => {
    expect([null, "", "offen", "-"].map((c) => parseDate(c).kind)).toEqual([
      "empty",
      "empty",
      "empty",
      "empty",
    ]);
  });
});

describe("parseLeikaKey", () => {
  it.each<[RawCell, string]>([
    ["99036008070001", "99036008070001"],
    [99036008070001, "99036008070001"],
    ["'99036008070001", "99036008070001"],
    ["99 036 008 070 001", "99036008070001"],
    ["99036008000000", "99036008000000"],
  ])("accepts %p", (cell, expected) => {
    expect(parseLeikaKey(cell)).toEqual({ kind: "ok", value: expected });
  });

  it.each<RawCell>(["9,9036E+13", "9.9036E+13", "9.90360E+13", 99036000000000, 9.9036e13])(
    "detects the scientific-notation damage in %p",
    (cell) => {
      expect(parseLeikaKey(cell).kind).toBe("scientific");
    },
  );

  it.each<RawCell>(["12345", "98036008070001", "990360080700011", 1.5, "Kfz"])("rejects %p", (cell) => {
    expect(parseLeikaKey(cell).kind).toBe("invalid");
  });

  it.each<RawCell>(["nicht im LeiKa", "", null, "-"])("treats %p as no key", (cell) => {
    expect(parseLeikaKey(cell).kind).toBe("empty");
  });
});

describe("parseStatus", () => {
  it.each([
    ["nicht begonnen", "nicht begonnen"],
    ["Offen", "nicht begonnen"],
    ["offline", "nicht begonnen"],
    ["Nicht online", "nicht begonnen"],
    ["geplant", "in Planung"],
    ["IN UMSETZUNG", "in Umsetzung"],
    ["in Bearbeitung", "in Umsetzung"],
    ["teilweise", "in Umsetzung"],
    ["Teilweise online", "in Umsetzung"],
    ["teilw.", "in Umsetzung"],
    ["Pilotbetrieb", "Pilot"],
    ["umgesetzt", "online"],
    ["Live", "online"],
    ["Zurueckgestellt", "zurückgestellt"],
    ["zurückgestellt", "zurückgestellt"],
    ["on hold", "zurückgestellt"],
    ["3 - online", "online"],
  ])("normalises %p to %p", (text, expected) => {
    expect(parseStatus(text)).toEqual({ kind: "ok", value: expected });
  });

  it("reads a yes/no column 'Online verfügbar': yes is online, no says nothing about the stage", () => {
    expect(["ja", "Ja", "yes", "x"].map((t) => parseStatus(t))).toEqual(
      Array.from({ length: 4 }, () => ({ kind: "ok", value: "online" })),
    );
    expect(["nein", "Nein", "no"].map((t) => parseStatus(t).kind)).toEqual(["empty", "empty", "empty"]);
  });

  it("keeps unknown text", () => {
    expect(parseStatus(" vielleicht ")).toEqual({ kind: "unknown", text: "vielleicht" });
    expect(parseStatus("").kind).toBe("empty");
  });
});

describe("parseReifegrad", () => {
  it("validates against the model's scale", () => {
    expect(parseReifegrad(4, "1.1")).toEqual({ kind: "ok", value: 4 });
    expect(parseReifegrad(5, "1.1")).toEqual({ kind: "outOfRange", text: "5", max: 4 });
    expect(parseReifegrad(7, "2.0")).toEqual({ kind: "ok", value: 7 });
    expect(parseReifegrad(8, "2.0").kind).toBe("outOfRange");
    expect(parseReifegrad(6, undefined)).toEqual({ kind: "ok", value: 6 });
    expect(parseReifegrad(-1, undefined).kind).toBe("outOfRange");
    expect(parseReifegrad("2,5", "1.1").kind).toBe("outOfRange");
  });

  it("reads levels written as text", () => {
    expect(parseReifegrad("Stufe 3", "1.1")).toEqual({ kind: "ok", value: 3 });
    expect(parseReifegrad("3 - Online-Leistung", "1.1")).toEqual({ kind: "ok", value: 3 });
    expect(parseReifegrad("hoch", "1.1")).toEqual({ kind: "invalid", text: "hoch" });
    expect(parseReifegrad(null, "1.1").kind).toBe("empty");
  });

  it.each([
    ["1.1", "1.1"],
    ["1,1", "1.1"],
    ["2.0", "2.0"],
    ["2", "2.0"],
    ["OZG-Reifegradmodell 2.0", "2.0"],
    ["3.0", null],
    ["neu", null],
  ])("reads model %p as %p", (text, expected) => {
    expect(parseReifegradModell(text)).toBe(expected);
  });
});
