import { BUILTIN_SAMPLE } from "../../src/sample/builtinSample";
import { loadSampleRows } from "../../src/sample/loadSampleRows";
import { syntheticInventory } from "../../src/sample/syntheticInventory";

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Serves `body` as sample/prozessinventar.csv, or fails like a page opened from disk. */
function serve(body: string | null): void {
  globalThis.fetch = jest.fn(async () => {
    if (body === null) throw new TypeError("Failed to fetch");
    return new Response(body, { status: 200 });
  });
}

describe("loadSampleRows", () => {
  it("falls back to the built-in sample when nothing is served", async () => {
    serve(null);
    const rows = await loadSampleRows();
    expect(rows).toHaveLength(BUILTIN_SAMPLE.length);
    expect(rows[0]).toEqual(BUILTIN_SAMPLE[0]);
  });

  it("types plain numbers as numbers and keeps long digit strings (LeiKa keys) as text", async () => {
    serve("\uFEFFID,Schlüssel,Fallzahl,Notiz\nP-1,99036012104000,42000,\n");
    const rows = await loadSampleRows();
    expect(rows).toEqual([
      ["ID", "Schlüssel", "Fallzahl", "Notiz"],
      ["P-1", "99036012104000", 42000, null],
    ]);
  });

  it("builds a synthetic inventory of the asked size from the sample", async () => {
    serve(null);
    const rows = await loadSampleRows(50);
    expect(rows).toHaveLength(51);
    expect(rows[1]?.[0]).toBe("S-00001");
    expect(rows).toEqual((await loadSampleRows(50)).map((row) => [...row]));
  });
});

describe("syntheticInventory", () => {
  it("varies the names of repeated rows and renumbers the IDs", () => {
    const template = [
      ["ID", "Teilprozess"],
      ["P-1", "Wohngeld beantragen"],
    ];
    expect(syntheticInventory(template, 3)).toEqual([
      ["ID", "Teilprozess"],
      ["S-00001", "Wohngeld beantragen"],
      ["S-00002", "Antrag Wohngeld beantragen"],
      ["S-00003", "Änderung Wohngeld beantragen"],
    ]);
  });
});
