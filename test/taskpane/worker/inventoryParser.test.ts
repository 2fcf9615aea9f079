import { parseInventory } from "../../../src/domain/inventory/parseInventory";
import type { RawGrid } from "../../../src/domain/inventory/types";
import { BUILTIN_SAMPLE } from "../../../src/sample/builtinSample";
import { syntheticInventory } from "../../../src/sample/syntheticInventory";
import { createInlineInventoryParser } from "../../../src/taskpane/worker/createInlineInventoryParser";
import type { ParseRequest } from "../../../src/taskpane/worker/parseProtocol";
import { parserOver } from "../../../src/taskpane/worker/internals/parserOver";

/** 2,500 data rows: more than two parts each way (1,000 rows / records per message). */
const grid: RawGrid = {
  values: syntheticInventory(BUILTIN_SAMPLE, 2500),
  firstRow: 1,
  firstColumn: 0,
  sheetName: "Prozessinventar",
  tableName: "Prozesse",
};

describe("parsing the inventory off the pane's thread (inline twin of the worker)", () => {
  it("gives the same inventory as parseInventory on the calling thread, records in order", async () => {
    const parser = createInlineInventoryParser();
    const inventory = await parser.parse(grid);
    expect(inventory.records).toHaveLength(2500);
    expect(inventory).toEqual(parseInventory(grid));
  });

  it("passes the user's mapping and number formats on", async () => {
    const first = parseInventory(grid);
    const mapping = first.columns.map((column) =>
      column.role === "fachanwendung" ? { ...column, role: null, confidence: 0 } : column,
    );
    const numberFormats = grid.values.map((row) => row.map(() => "@"));
    const withFormats = { ...grid, numberFormats };
    const options = { mapping, headerRow: first.headerRow };
    const parsed = await createInlineInventoryParser().parse(withFormats, options);
    expect(parsed).toEqual(parseInventory(withFormats, options));
    expect(parsed.columns.some((column) => column.role === "fachanwendung")).toBe(false);
  });

  it("keeps two parses sent at the same time apart", async () => {
    const parser = createInlineInventoryParser();
    const small: RawGrid = { ...grid, values: grid.values.slice(0, 11) };
    const [large, few] = await Promise.all([parser.parse(grid), parser.parse(small)]);
    expect(large.records).toHaveLength(2500);
    expect(few.records).toHaveLength(10);
  });

  it("sends the grid in parts of at most 1,000 rows, then the position without values", async () => {
    const sent: ParseRequest[] = [];
    const { parser } = parserOver(
      (request) => sent.push(request),
      () => undefined,
    );
    void parser.parse(grid);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rows = sent.filter((request) => request.type === "rows");
    expect(rows.map((request) => request.rows.length)).toEqual([1000, 1000, 501]);
    const last = sent[sent.length - 1];
    expect(last?.type === "parse" && last.grid.values.length === 0 && last.grid.tableName).toBe("Prozesse");
  });
});
