import Papa from "papaparse";
import type { RawCell } from "../domain/inventory/types";
import { BUILTIN_SAMPLE } from "./builtinSample";
import { syntheticInventory } from "./syntheticInventory";

/** Plain numbers become numbers, as Excel would store them; long digit strings (LeiKa keys, IDs) stay text. */
function typedCell(text: string): RawCell {
  if (/^-?\d{1,10}(\.\d+)?$/.test(text)) return Number(text);
  return text === "" ? null : text;
}

/**
 * The sample inventory as rows of cells: `sample/prozessinventar.csv` served next to the preview, else
 * the built-in sample. `rows` > 0 asks for a synthetic inventory of that size (performance tests).
 */
export async function loadSampleRows(rows = 0): Promise<RawCell[][]> {
  let base: readonly (readonly string[])[] = BUILTIN_SAMPLE;
  try {
    const response = await fetch("sample/prozessinventar.csv");
    if (response.ok) {
      // Strip a byte-order mark, which spreadsheet tools write into CSV files.
      const text = (await response.text()).replace(/^\uFEFF/, "");
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      if (parsed.data.length > 1) base = parsed.data;
    }
  } catch {
    // No served sample (e.g. opened from disk): the built-in one is the documented fallback.
  }
  const source = rows > 0 ? syntheticInventory(base, rows) : base;
  return source.map((line) => line.map(typedCell));
}
