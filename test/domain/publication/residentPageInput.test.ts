import { residentPage } from "../../../src/domain/publication/residentPage";
import { residentPageFileName, residentPageInput } from "../../../src/domain/publication/residentPageInput";
import type { Inventory } from "../../../src/domain/inventory/types";
import { makeRecord, makeState } from "../review/reviewFactories";

function inventoryOf(records: Inventory["records"]): Inventory {
  return {
    headerRow: 1,
    headers: ["Teilprozess"],
    columns: [],
    records,
    excludedCount: 0,
    issues: [],
    usable: true,
  };
}

describe("residentPageInput", () => {
  it("lists the reviewed clusters in the report's order, largest first, with their members", () => {
    const { state, records } = makeState(7, 3);
    const input = residentPageInput(inventoryOf(records), state, { stichtag: "2026-12-31" });
    expect(input.clusters.map((c) => c.keys.length)).toEqual([3, 3, 1]);
    expect(input.clusters.flatMap((c) => c.keys).sort()).toEqual(records.map((r) => r.key).sort());
    expect(input.options).toEqual({ stichtag: "2026-12-31", reifegradModell: "1.1" });
  });

  it("takes the chosen model, else the one most records name", () => {
    const records = [0, 1, 2].map((i) => makeRecord(i, { reifegradModell: i === 0 ? "1.1" : "2.0" }));
    const { state } = makeState(3, 3);
    const inventory = inventoryOf(records);
    expect(residentPageInput(inventory, state, { stichtag: "2026-01-31" }).options.reifegradModell).toBe(
      "2.0",
    );
    const chosen = residentPageInput(inventory, state, { stichtag: "2026-01-31", reifegradModell: "1.1" });
    expect(chosen.options.reifegradModell).toBe("1.1");
  });

  it("refuses an invalid Stichtag with a German message", () => {
    const { state, records } = makeState(2, 2);
    expect(() => residentPageInput(inventoryOf(records), state, { stichtag: "" })).toThrow(
      "Ungültiges Datum",
    );
  });

  it("names the file after the Stichtag and feeds the page", () => {
    const { state, records } = makeState(4, 2);
    expect(residentPageFileName("2026-12-31")).toBe("bericht-2026-12-31.html");
    const html = residentPage(residentPageInput(inventoryOf(records), state, { stichtag: "2026-12-31" }));
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("Stand: 31.12.2026. 4 Teilprozesse → 1 Bereich, 2 Cluster.");
  });
});
