import * as A from "../../src/domain/review/reviewActions";
import { createReviewHistory, reviewHistoryReducer } from "../../src/domain/review/reviewHistory";
import { selectClusterNameByKey } from "../../src/domain/review/reviewSelectors";
import { DEFAULT_REVIEW_SETTINGS } from "../../src/domain/review/settingsSheet";
import { readProtocolSheet } from "../../src/domain/review/protocolSheet";
import { excelSerialDate } from "../../src/domain/summary/excelSerialDate";
import type { ReviewHistory, ReviewSettings } from "../../src/domain/review/types";
import type { ReviewWrite } from "../../src/workbook/gateway";
import { readReviewStore, writeReviewStore } from "../../src/excel/reviewStore";
import { asWrittenToSheet, makeState, stamp } from "../domain/review/reviewFactories";
import { makeFakeReviewContext } from "./fakeReviewWorkbook";
import { countSyncs } from "./syncCounter";

const settings: ReviewSettings = {
  ...DEFAULT_REVIEW_SETTINGS,
  strategy: { kind: "leika", level: "group" },
  granularity: 0.6,
  reifegradModell: "1.1",
};

function reviewed(): ReviewHistory {
  const { state } = makeState(6, 3);
  return [
    A.moveProcesses(["P0"], "C1", stamp(1, "Frau A")),
    A.lockCluster("C1", stamp(2)),
    A.renameCluster("C0", "=SUMME(A1)", stamp(3)),
    A.markCannotLink("P1", "P5", stamp(4)),
    A.createCluster("N1", "2024", "", stamp(5)),
  ].reduce(reviewHistoryReducer, createReviewHistory(state));
}

/** Inventory in B3:D9 (header in row 3), so the adapter must honour rows and columns. */
function setUp() {
  const fake = makeFakeReviewContext();
  fake.workbook.addSheet("Inventar", [
    [],
    ["Prozessinventar Stand 2025"],
    [null, "ID", "Leistung", "Status"],
    ...Array.from({ length: 6 }, (_, i) => [null, `P${i}`, `Prozess ${i}`, "online"]),
  ]);
  return fake;
}

function writeOf(history: ReviewHistory, newEntries = history.protocol): ReviewWrite {
  return {
    location: { sheetName: "Inventar", headerRow: 3, firstColumn: 1 },
    state: history.present,
    rows: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`P${i}`, i + 4])),
    anchors: {
      header: "ID",
      cells: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`P${i}`, `P${i}`])),
    },
    newEntries,
    settings,
  };
}

describe("reviewStore (Office.js)", () => {
  it("round-trips decisions and settings: write in 3 syncs, read in 4", async () => {
    const { context, workbook } = setUp();
    const history = reviewed();
    const writeSyncs = countSyncs(context);
    await writeReviewStore(context, writeOf(history));
    expect(writeSyncs.count).toBe(3);

    const readSyncs = countSyncs(context);
    const back = await readReviewStore(context);
    expect(readSyncs.count).toBe(4);
    expect(back.decisions?.state).toEqual(asWrittenToSheet(history.present));
    expect(back.settings).toEqual(settings);
    expect(workbook.sheets.find((s) => s.name === "Prozesscluster-Einstellungen")?.visibility).toBe(
      "VeryHidden",
    );
  });

  it("writes the Cluster and Bereich columns next to the inventory as text and touches no other inventory cell", async () => {
    const { context, workbook } = setUp();
    const inventoryCells = () =>
      [...(workbook.sheets.find((s) => s.name === "Inventar")?.cells ?? [])].filter(
        ([key]) => !key.endsWith(",4") && !key.endsWith(",5"),
      );
    const before = structuredClone(inventoryCells());
    await writeReviewStore(context, writeOf(reviewed()));
    const after = workbook.grid("Inventar");
    expect(inventoryCells()).toEqual(before);
    expect(after.slice(2).map((row) => row[4])).toEqual([
      "Cluster",
      "Cluster C1",
      "=SUMME(A1)",
      "=SUMME(A1)",
      "Cluster C1",
      "Cluster C1",
      "Cluster C1",
    ]);
    expect(after.slice(2).map((row) => row[5])).toEqual([
      "Bereich",
      ...Array<string>(6).fill("Alle Prozesse"),
    ]);
    expect(workbook.cell("Inventar", 5, 4)?.format).toBe("@");
    expect(workbook.cell("Inventar", 5, 5)?.format).toBe("@");
    expect(workbook.cell("Cluster", 2, 5)?.formula).toBe("=COUNTIF('Inventar'!$E$4:$E$1048576,A2)");
  });

  it("hides the Cluster sheet's ID column and still reads the decisions back by header", async () => {
    const { context, workbook } = setUp();
    const history = reviewed();
    await writeReviewStore(context, writeOf(history));
    const clusterSheet = workbook.sheets.find((s) => s.name === "Cluster");
    const header = workbook.grid("Cluster")[0] ?? [];
    expect([...(clusterSheet?.hiddenColumns ?? [])]).toEqual([header.indexOf("ID")]);
    expect(header.indexOf("ID")).toBe(header.length - 1);
    expect((await readReviewStore(context)).decisions?.state).toEqual(asWrittenToSheet(history.present));
  });

  it("writes local stamps as date-times (dd.mm.yyyy hh:mm) and leaves older UTC text as it is", async () => {
    const { context, workbook } = setUp();
    const history = reviewed();
    const old = { ...history.protocol[0]!, time: "2026-12-04T15:52:36.633Z" };
    const local = { ...history.protocol[0]!, time: "2026-12-04T16:52:36+01:00" };
    await writeReviewStore(context, writeOf(history, [old]));
    await writeReviewStore(context, writeOf(history, [local]));
    const serial = excelSerialDate("2026-12-04") + (16 * 3600 + 52 * 60 + 36) / 86_400;
    expect(workbook.cell("Änderungsprotokoll", 2, 0)).toMatchObject({ value: old.time, format: "@" });
    expect(workbook.cell("Änderungsprotokoll", 3, 0)).toMatchObject({
      value: serial,
      format: "dd.mm.yyyy hh:mm",
    });
    const back = readProtocolSheet(workbook.grid("Änderungsprotokoll"));
    expect(back.map((e) => e.time)).toEqual([old.time, "2026-12-04T16:52:36"]);
  });

  it("appends new protocol rows below the existing ones in 3 syncs", async () => {
    const { context, workbook } = setUp();
    const history = reviewed();
    await writeReviewStore(context, writeOf(history, history.protocol.slice(0, 2)));
    const syncs = countSyncs(context);
    await writeReviewStore(context, writeOf(history, history.protocol.slice(2)));
    expect(syncs.count).toBe(3);
    const rows = workbook.grid("Änderungsprotokoll");
    expect(rows[0]).toEqual(["Zeitpunkt", "Aktion", "Prozess", "von", "nach", "Person"]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(history.protocol.map((e) => e.action));
  });

  it("recreates a deleted or renamed add-in sheet instead of failing", async () => {
    const { context, workbook } = setUp();
    const history = reviewed();
    await writeReviewStore(context, writeOf(history));
    workbook.removeSheet("Cluster");
    const renamed = workbook.sheets.find((s) => s.name === "Prozesscluster-Einstellungen");
    if (renamed !== undefined) renamed.name = "Meine Notizen";
    const empty = await readReviewStore(context);
    expect(empty.decisions).toBeNull();
    await writeReviewStore(context, writeOf(history, []));
    expect((await readReviewStore(context)).decisions?.state).toEqual(asWrittenToSheet(history.present));
    expect(workbook.sheets.map((s) => s.name).sort()).toEqual([
      "Cluster",
      "Inventar",
      "Meine Notizen",
      "Prozesscluster-Einstellungen",
      "Änderungsprotokoll",
    ]);
  });

  it("reads a workbook without review sheets as 'no decisions' in 1 sync", async () => {
    const { context } = setUp();
    const syncs = countSyncs(context);
    expect(await readReviewStore(context)).toEqual({ decisions: null, settings: DEFAULT_REVIEW_SETTINGS });
    expect(syncs.count).toBe(1);
  });

  it("writes by key: after a sort by the user, each name lands next to its own process", async () => {
    const { context, workbook } = setUp();
    const inventory = workbook.sheets.find((s) => s.name === "Inventar");
    // The user sorts the data rows descending (rows 4–9 of the sheet hold P5 … P0 now).
    for (let i = 0; i < 6; i += 1) {
      inventory?.cells.set(`${3 + i},1`, { value: `P${5 - i}`, format: "General" });
      inventory?.cells.set(`${3 + i},2`, { value: `Prozess ${5 - i}`, format: "General" });
    }
    const history = reviewed();
    await writeReviewStore(context, writeOf(history));
    const names = selectClusterNameByKey(history.present);
    const grid = workbook.grid("Inventar");
    for (let i = 0; i < 6; i += 1) {
      const row = grid[3 + i] ?? [];
      expect(row[4]).toBe(names.get(String(row[1])));
    }
  });

  it("refuses with a German message and writes nothing when a process row was deleted", async () => {
    const { context, workbook } = setUp();
    const inventory = workbook.sheets.find((s) => s.name === "Inventar");
    // P2's row is gone: the rows below moved up, the last row is empty.
    for (let i = 2; i < 6; i += 1) {
      const next = i + 1 < 6 ? `P${i + 1}` : "";
      inventory?.cells.set(`${3 + i},1`, { value: next, format: "General" });
      inventory?.cells.set(`${3 + i},2`, { value: next === "" ? "" : `Prozess ${i + 1}`, format: "General" });
    }
    const before = structuredClone([...(inventory?.cells ?? [])]);
    await expect(writeReviewStore(context, writeOf(reviewed()))).rejects.toMatchObject({
      kind: "tableChanged",
      message: expect.stringMatching(/erneut einlesen/),
    });
    expect([...(inventory?.cells ?? [])]).toEqual(before);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Inventar"]);
  });

  it("with names as anchors (no ID column), refuses when rows moved", async () => {
    const { context, workbook } = setUp();
    const inventory = workbook.sheets.find((s) => s.name === "Inventar");
    inventory?.cells.set("3,2", { value: "Prozess 1", format: "General" });
    inventory?.cells.set("4,2", { value: "Prozess 0", format: "General" });
    const history = reviewed();
    const write = {
      ...writeOf(history),
      anchors: {
        header: "Leistung",
        cells: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`P${i}`, `Prozess ${i}`])),
      },
    };
    // Unique names still identify the rows: the swap is followed.
    await writeReviewStore(context, write);
    expect(workbook.grid("Inventar")[3]?.[4]).toBe(selectClusterNameByKey(history.present).get("P1"));
    // Duplicate names cannot be told apart once rows moved: refused.
    inventory?.cells.set("5,2", { value: "Prozess 0", format: "General" });
    await expect(writeReviewStore(context, write)).rejects.toMatchObject({ kind: "tableChanged" });
  });
});
