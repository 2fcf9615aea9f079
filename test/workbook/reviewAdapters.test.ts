/**
 * The three review adapters apply the same `ReviewWritePlan` to the same cells: the in-memory workbook of
 * the preview, ExcelJS (read back from the saved file) and Office.js (the fake worksheet model behind the
 * office-addin mock) — values, formulas, number formats, hidden columns and the very hidden settings
 * sheet, on a first write and on a second one that reuses the columns and appends to the protocol.
 */
import ExcelJS from "exceljs";
import { writeReviewSheets } from "../../src/cli/xlsx/reviewSheets";
import type { RawCell } from "../../src/domain/inventory/types";
import * as A from "../../src/domain/review/reviewActions";
import { createReviewHistory, reviewHistoryReducer } from "../../src/domain/review/reviewHistory";
import { DEFAULT_REVIEW_SETTINGS } from "../../src/domain/review/settingsSheet";
import type { ReviewHistory } from "../../src/domain/review/types";
import { writeReviewStore } from "../../src/excel/reviewStore";
import type { ReviewWrite } from "../../src/workbook/gateway";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { writeReviewToMemory } from "../../src/workbook/memory/internals/writeReviewToMemory";
import { makeFakeReviewContext } from "../excel/fakeReviewWorkbook";
import { makeState, stamp } from "../domain/review/reviewFactories";

/** One written cell, as comparable across the adapters: `sheet!row,column` (1-based row, 0-based column). */
type Written = Record<string, { value: RawCell; formula?: string; format?: string }>;
/** Per sheet: hidden columns and whether it is very hidden. */
type Shown = Record<string, { hiddenColumns: number[]; veryHidden: boolean }>;
interface Result {
  readonly cells: Written;
  readonly sheets: Shown;
}

const INVENTORY: string[][] = [
  ["ID", "Leistung", "Status"],
  ...Array.from({ length: 6 }, (_, i) => [`P${i}`, `Prozess ${i}`, "online"]),
];

function histories(): [ReviewHistory, ReviewHistory] {
  const { state } = makeState(6, 3);
  const first = [
    A.moveProcesses(["P0"], "C1", stamp(1, "Frau A")),
    A.renameCluster("C0", "=SUMME(A1)", stamp(2)),
  ].reduce(reviewHistoryReducer, createReviewHistory(state));
  const second = [
    A.createCluster("N1", "2024", "", stamp(3)),
    A.moveProcesses(["P5"], "N1", stamp(4)),
  ].reduce(reviewHistoryReducer, first);
  return [first, second];
}

function writeOf(history: ReviewHistory, from: number): ReviewWrite {
  return {
    location: { sheetName: "Inventar", headerRow: 1, firstColumn: 0 },
    state: history.present,
    rows: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`P${i}`, i + 2])),
    anchors: {
      header: "ID",
      cells: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`P${i}`, `P${i}`])),
    },
    newEntries: history.protocol.slice(from),
    settings: DEFAULT_REVIEW_SETTINGS,
  };
}

const plainFormat = (format: string | undefined) =>
  format === undefined || format === "General" ? {} : { format };

async function viaMemory(writes: readonly ReviewWrite[]): Promise<Result> {
  const workbook = new MemoryWorkbook();
  INVENTORY.forEach((row, r) => row.forEach((value, c) => workbook.setCell("Inventar", r + 1, c, { value })));
  for (const write of writes) writeReviewToMemory(workbook, write);
  const cells: Written = {};
  const sheets: Shown = {};
  for (const sheet of workbook.sheets) {
    sheets[sheet.name] = { hiddenColumns: [...sheet.hiddenColumns].sort(), veryHidden: !sheet.visible };
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(":");
      cells[`${sheet.name}!${row},${column}`] = {
        value: cell.value as RawCell,
        ...(cell.formula === undefined ? {} : { formula: cell.formula }),
        ...plainFormat(cell.numberFormat),
      };
    }
  }
  return { cells, sheets };
}

async function viaExcelJs(writes: readonly ReviewWrite[]): Promise<Result> {
  let workbook = new ExcelJS.Workbook();
  const inventory = workbook.addWorksheet("Inventar");
  INVENTORY.forEach((row) => inventory.addRow(row));
  for (const write of writes) {
    writeReviewSheets(workbook, {
      state: write.state,
      settings: write.settings,
      newEntries: write.newEntries,
      inventory: { sheetName: "Inventar", headerRow: 1, rows: write.rows },
    });
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
    workbook = loaded;
  }
  const cells: Written = {};
  const sheets: Shown = {};
  for (const sheet of workbook.worksheets) {
    const hidden: number[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) if (sheet.getColumn(c).hidden) hidden.push(c - 1);
    sheets[sheet.name] = { hiddenColumns: hidden, veryHidden: sheet.state === "veryHidden" };
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value = cell.value;
        const format = plainFormat(cell.numFmt);
        const key = `${sheet.name}!${r},${c - 1}`;
        if (value instanceof Date) cells[key] = { value: value.getTime() / 86_400_000 + 25_569, ...format };
        else if (typeof value === "object" && value !== null && "formula" in value)
          cells[key] = { value: value.result as RawCell, formula: value.formula, ...format };
        else cells[key] = { value: value as RawCell, ...format };
      }),
    );
  }
  return { cells, sheets };
}

async function viaOffice(writes: readonly ReviewWrite[]): Promise<Result> {
  const { context, workbook } = makeFakeReviewContext();
  workbook.addSheet("Inventar", INVENTORY);
  for (const write of writes) await writeReviewStore(context, write);
  const cells: Written = {};
  const sheets: Shown = {};
  for (const sheet of workbook.sheets) {
    sheets[sheet.name] = {
      hiddenColumns: [...sheet.hiddenColumns].sort(),
      veryHidden: sheet.visibility === "VeryHidden",
    };
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(",").map(Number) as [number, number];
      cells[`${sheet.name}!${row + 1},${column}`] = {
        value: cell.value,
        ...(cell.formula === undefined || cell.formula === ""
          ? {}
          : { formula: cell.formula.replace(/^=/, "") }),
        ...plainFormat(cell.format),
      };
    }
  }
  return { cells, sheets };
}

/** Empty cells are left out: ExcelJS does not keep an empty text cell, the other models do. */
function filled(result: Result): Result {
  const cells = Object.entries(result.cells).filter(
    ([, cell]) => (cell.value !== "" && cell.value !== null) || cell.formula !== undefined,
  );
  return { ...result, cells: Object.fromEntries(cells) };
}

describe("review adapters apply one plan alike", () => {
  it("write the same cells, formulas, formats and visibility (first write, then a second one)", async () => {
    const [first, second] = histories();
    const later = writeOf(second, first.protocol.length);
    // A local stamp becomes a date-time cell (serial + format) in all three.
    const local = later.newEntries.map((e) => ({ ...e, time: "2026-12-04T16:52:36+01:00" }));
    const writes = [writeOf(first, 0), { ...later, newEntries: local }];
    const memory = filled(await viaMemory(writes));
    const excelJs = filled(await viaExcelJs(writes));
    const office = filled(await viaOffice(writes));
    expect(Object.keys(memory.cells).length).toBeGreaterThan(100);
    expect(excelJs).toEqual(memory);
    expect(office).toEqual(memory);
    // The second write reused both columns and appended: header + 2 + 2 protocol rows, nothing rewritten.
    expect(memory.cells["Inventar!1,3"]?.value).toBe("Cluster");
    expect(memory.cells["Inventar!1,4"]?.value).toBe("Bereich");
    expect(memory.cells["Inventar!1,5"]).toBeUndefined();
    expect(memory.cells["Änderungsprotokoll!5,1"]).toBeDefined();
    expect(memory.cells["Änderungsprotokoll!6,0"]).toBeUndefined();
    expect(memory.cells["Änderungsprotokoll!5,0"]?.format).toBe("dd.mm.yyyy hh:mm");
    expect(memory.cells["Cluster!2,5"]).toEqual({
      value: 2,
      formula: "COUNTIF('Inventar'!$D$2:$D$1048576,A2)",
    });
  });
});
