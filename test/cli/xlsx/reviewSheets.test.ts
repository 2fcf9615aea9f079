import ExcelJS from "exceljs";
import * as A from "../../../src/domain/review/reviewActions";
import { reviewHistoryReducer, createReviewHistory } from "../../../src/domain/review/reviewHistory";
import { DEFAULT_REVIEW_SETTINGS } from "../../../src/domain/review/settingsSheet";
import type { ReviewHistory, ReviewSettings } from "../../../src/domain/review/types";
import { readProtocol, readReviewSheets, writeReviewSheets } from "../../../src/cli/xlsx/reviewSheets";
import { asWrittenToSheet, makeState, stamp } from "../../domain/review/reviewFactories";

const settings: ReviewSettings = {
  ...DEFAULT_REVIEW_SETTINGS,
  granularity: 0.4,
  stopWords: ["antrag"],
  synonyms: [{ from: "kfz", to: "kraftfahrzeug" }],
};

function inventoryWorkbook(n: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Inventar");
  sheet.addRow(["ID", "Leistung", "Status"]);
  for (let i = 0; i < n; i += 1) sheet.addRow([`P${i}`, `Prozess ${i}`, "online"]);
  return workbook;
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer);
  return loaded;
}

function reviewed(): ReviewHistory {
  const { state } = makeState(6, 3);
  return [
    A.moveProcesses(["P0"], "C1", stamp(1, "Frau A")),
    A.lockCluster("C1", stamp(2)),
    A.renameCluster("C0", "=Kein Formel", stamp(3)),
    A.pinProcess("P5", stamp(4)),
    A.createCluster("N1", "2024", "Zahl als Name", stamp(5)),
  ].reduce(reviewHistoryReducer, createReviewHistory(state));
}

const target = {
  sheetName: "Inventar",
  headerRow: 1,
  rows: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`P${i}`, i + 2])),
};

describe("reviewSheets (ExcelJS)", () => {
  it("round-trips decisions and settings through an xlsx file exactly", async () => {
    const history = reviewed();
    const workbook = inventoryWorkbook(6);
    writeReviewSheets(workbook, {
      state: history.present,
      settings,
      newEntries: history.protocol,
      inventory: target,
    });
    const loaded = await roundTrip(workbook);
    const back = readReviewSheets(loaded);
    expect(back.decisions?.state).toEqual(asWrittenToSheet(history.present));
    expect(back.settings).toEqual(settings);
    expect(readProtocol(loaded)).toEqual(history.protocol);
  });

  it("writes the Cluster and Bereich columns, a live COUNTIF and a hidden settings sheet, and leaves other cells alone", async () => {
    const history = reviewed();
    const workbook = inventoryWorkbook(6);
    writeReviewSheets(workbook, { state: history.present, settings, newEntries: [], inventory: target });
    const loaded = await roundTrip(workbook);
    const inventory = loaded.getWorksheet("Inventar");
    expect(inventory?.getCell("D1").value).toBe("Cluster");
    expect(inventory?.getCell("D2").value).toBe("Cluster C1");
    expect(inventory?.getCell("D4").value).toBe("=Kein Formel");
    expect(inventory?.getCell("E1").value).toBe("Bereich");
    expect(inventory?.getCell("E2").value).toBe("Alle Prozesse");
    expect(inventory?.getCell("D4").numFmt).toBe("@");
    expect(inventory?.getCell("C2").value).toBe("online");
    expect(inventory?.columnCount).toBe(5);
    const definitions = loaded.getWorksheet("Cluster");
    expect(definitions?.getCell("F2").value).toEqual({
      formula: "COUNTIF('Inventar'!$D$2:$D$1048576,A2)",
      result: 2,
    });
    expect(definitions?.getCell("A4").value).toBe("2024");
    // The internal ID sits in the last column, hidden; the others stay visible.
    expect(definitions?.getCell("J1").value).toBe("ID");
    expect(definitions?.getColumn(10).hidden).toBe(true);
    expect(definitions?.getColumn(1).hidden).toBe(false);
    expect(loaded.getWorksheet("Prozesscluster-Einstellungen")?.state).toBe("veryHidden");
  });

  it("writes local stamps as date-times, keeps older UTC text, and reads both back", async () => {
    const history = reviewed();
    const first = history.protocol[0]!;
    const old = { ...first, time: "2026-12-04T15:52:36.633Z" };
    const local = { ...first, time: "2026-12-04T16:52:36+01:00", person: "Eva Muster" };
    const workbook = inventoryWorkbook(6);
    writeReviewSheets(workbook, { state: history.present, settings, newEntries: [old] });
    const again = await roundTrip(workbook);
    writeReviewSheets(again, { state: history.present, settings, newEntries: [local] });
    const loaded = await roundTrip(again);
    const protocol = loaded.getWorksheet("Änderungsprotokoll");
    expect(protocol?.getCell("A2").value).toBe(old.time);
    expect(protocol?.getCell("A3").numFmt).toBe("dd.mm.yyyy hh:mm");
    // ExcelJS reads a date-formatted number as a Date on the serial's UTC fields: the local wall clock.
    expect(protocol?.getCell("A3").value).toEqual(new Date(Date.UTC(2026, 11, 4, 16, 52, 36)));
    expect(readProtocol(loaded)).toEqual([old, { ...local, time: "2026-12-04T16:52:36" }]);
  });

  it("reuses an existing Cluster column", () => {
    const workbook = inventoryWorkbook(6);
    const sheet = workbook.getWorksheet("Inventar");
    if (sheet === undefined) throw new Error("no sheet");
    sheet.spliceColumns(2, 0, []);
    sheet.getCell("B1").value = "cluster";
    writeReviewSheets(workbook, { state: reviewed().present, settings, newEntries: [], inventory: target });
    expect(sheet.getCell("B2").value).toBe("Cluster C1");
    // No second Cluster column: the Bereich column is the only one added, right of the last header.
    expect(sheet.getCell("E1").value).toBe("Bereich");
    expect(sheet.getCell("F1").value).toBeNull();
  });

  it("appends protocol entries and never rewrites earlier ones", async () => {
    const history = reviewed();
    const workbook = inventoryWorkbook(6);
    writeReviewSheets(workbook, {
      state: history.present,
      settings,
      newEntries: history.protocol.slice(0, 2),
      inventory: target,
    });
    const first = await roundTrip(workbook);
    const sheet = first.getWorksheet("Änderungsprotokoll");
    if (sheet !== undefined) sheet.getCell("A2").value = "von Hand geändert";
    writeReviewSheets(first, {
      state: history.present,
      settings,
      newEntries: history.protocol.slice(2),
      inventory: target,
    });
    const entries = readProtocol(await roundTrip(first));
    expect(entries).toHaveLength(history.protocol.length);
    expect(entries[0]?.time).toBe("von Hand geändert");
    expect(entries.slice(2)).toEqual(history.protocol.slice(2));
  });

  it("recreates deleted add-in sheets instead of failing", async () => {
    const history = reviewed();
    const workbook = inventoryWorkbook(6);
    writeReviewSheets(workbook, { state: history.present, settings, newEntries: [], inventory: target });
    for (const name of ["Cluster", "Prozesscluster-Einstellungen", "Änderungsprotokoll"]) {
      const sheet = workbook.getWorksheet(name);
      if (sheet !== undefined) workbook.removeWorksheet(sheet.id);
    }
    expect(readReviewSheets(workbook).decisions).toBeNull();
    writeReviewSheets(workbook, {
      state: history.present,
      settings,
      newEntries: history.protocol,
      inventory: target,
    });
    expect(readReviewSheets(await roundTrip(workbook)).decisions?.state).toEqual(
      asWrittenToSheet(history.present),
    );
  });
});
