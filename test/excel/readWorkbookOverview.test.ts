import { readWorkbookOverview } from "../../src/excel/readWorkbookOverview";
import { makeMockContext, mockCollection } from "./mockContext";
import { countSyncs } from "./syncCounter";

describe("readWorkbookOverview", () => {
  it("reads sheet names, the active sheet and its tables in one sync", async () => {
    const activeTables = mockCollection([{ name: "Prozesse" }]);
    const { context } = makeMockContext({
      workbook: {
        worksheets: {
          ...mockCollection([{ name: "Prozessinventar" }, { name: "Notizen" }]),
          active: { name: "Prozessinventar", tables: activeTables },
          getActiveWorksheet() {
            return this.active;
          },
        },
      },
    });
    const syncs = countSyncs(context);

    const overview = await readWorkbookOverview(context);

    expect(overview).toEqual({
      sheetNames: ["Prozessinventar", "Notizen"],
      activeSheetName: "Prozessinventar",
      activeSheetTableCount: 1,
    });
    expect(syncs.count).toBe(1);
  });

  it("does not read the active sheet's name before the sync", async () => {
    const { context } = makeMockContext({
      workbook: {
        worksheets: {
          ...mockCollection([]),
          active: { name: "Tabelle1", tables: mockCollection([]) },
          getActiveWorksheet() {
            return this.active;
          },
        },
      },
    });
    // Without the sync the mock returns an error string instead of the name: prove the adapter syncs first.
    const syncs = countSyncs(context);
    const overview = await readWorkbookOverview(context);
    expect(overview.activeSheetName).toBe("Tabelle1");
    expect(syncs.count).toBe(1);
  });
});
