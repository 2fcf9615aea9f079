import { readHistoryStore } from "../../src/excel/readHistoryStore";
import { makeFakeReviewContext } from "./fakeReviewWorkbook";

describe("readHistoryStore (Office.js)", () => {
  it("reads the snapshots and process rows earlier reports left, dates as Excel serials", async () => {
    const { context, workbook } = makeFakeReviewContext();
    workbook.addSheet("Verlauf", [
      [
        "Stichtag",
        "Ebene",
        "Name",
        "Bereich",
        "Anzahl Prozesse",
        "davon online",
        "Online-Quote",
        "Ø Reifegrad",
      ],
      [46203, "Summe", "Summe", null, 12, 3, 0.25, 1.5],
      [46203, "Cluster", "Kfz", "Verkehr", 7, 2, 0.2857, null],
    ]);
    workbook.addSheet("Verlauf Prozesse", [
      ["Stichtag", "Kennung", "Prozess", "Cluster", "online"],
      [46203, "P1", "Kfz-Zulassung", "Kfz", "ja"],
    ]);
    const { history, notices } = await readHistoryStore(context);
    expect(notices).toEqual([]);
    expect(history.snapshots).toEqual([
      expect.objectContaining({
        stichtag: "2026-06-30",
        level: "Summe",
        anzahl: 12,
        online: 3,
        reifegradAvg: 1.5,
      }),
      expect.objectContaining({
        stichtag: "2026-06-30",
        level: "Cluster",
        name: "Kfz",
        bereich: "Verkehr",
        reifegradAvg: null,
      }),
    ]);
    expect(history.processes).toEqual([
      { stichtag: "2026-06-30", kennung: "P1", name: "Kfz-Zulassung", cluster: "Kfz", online: true },
    ]);
  });

  it("is empty without the sheets, and ignores a user's own sheet called Verlauf", async () => {
    const { context, workbook } = makeFakeReviewContext();
    expect((await readHistoryStore(context)).history).toEqual({ snapshots: [], processes: [] });
    workbook.addSheet("Verlauf", [
      ["Datum", "Notiz"],
      [46203, "Haushalt beschlossen"],
    ]);
    expect(await readHistoryStore(context)).toEqual({
      history: { snapshots: [], processes: [] },
      notices: [],
    });
  });
});
