import { selectCell } from "../../src/excel/selectCell";
import { makeMockContext } from "./mockContext";
import { countSyncs } from "./syncCounter";

describe("selectCell", () => {
  it("activates the sheet and selects the user's row and column in one sync", async () => {
    const calls: string[] = [];
    const { context } = makeMockContext({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => ({
              select: () => calls.push(`select ${row},${column},${rows},${columns}`),
            }),
          }),
        },
      },
    });
    const syncs = countSyncs(context);

    await selectCell(context, { sheetName: "Prozessinventar", row: 12, column: 3 });

    expect(calls).toEqual(["activate Prozessinventar", "select 11,3,1,1"]);
    expect(syncs.count).toBe(1);
  });
});
