import type { RawCell, RawGrid } from "../../domain/inventory/types";
import type { WorkbookGateway } from "../gateway";
import { WorkbookError } from "../gateway";
import { msg } from "../../domain/messages/renderMessage";
import { applyPlanToMemory } from "./internals/applyPlanToMemory";
import { writeReviewToMemory } from "./internals/writeReviewToMemory";
import { measured } from "./internals/measured";
import { reviewStateFromWorkbook } from "../../domain/review/reviewStateFromWorkbook";
import { CLUSTER_SHEET_NAME, SETTINGS_SHEET_NAME } from "../../domain/review/reviewSheetTypes";
import { HISTORY_PROCESS_SHEET, HISTORY_SHEET, readHistory } from "../../domain/summary/history";
import type { MemoryWorkbook } from "./MemoryWorkbook";

/** Sheet the sample is inserted into. */
const SAMPLE_SHEET = "Prozessinventar";

/** Name of the table the sample is inserted as (formulas of the report refer to it). */
export const SAMPLE_TABLE = "Prozesse";

export interface MemoryGatewayOptions {
  /** Rows of the sample inventory (header first), loaded on demand. */
  readonly loadSample: () => Promise<RawCell[][]>;
  /** Simulated latency per call in ms, so spinners and progress show in the preview. Default 0. */
  readonly latency?: number;
}

/** Wraps rows as a grid at A1 of the sample sheet. */
function sampleGrid(values: readonly (readonly RawCell[])[], tableName: string): RawGrid {
  return { values, firstRow: 1, firstColumn: 0, sheetName: SAMPLE_SHEET, tableName };
}

/** A rectangular block of one sheet, rows and columns inclusive. */
interface Block {
  readonly sheetName: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** A sheet's used block from A1. */
function usedBlock(sheetName: string, used: { lastRow: number; lastColumn: number }): Block {
  return { sheetName, firstRow: 1, lastRow: used.lastRow, firstColumn: 0, lastColumn: used.lastColumn };
}

/** Reads a rectangular block of the workbook as a RawGrid. */
function readBlock(workbook: MemoryWorkbook, block: Block): RawCell[][] {
  const { sheetName, firstRow, lastRow, firstColumn, lastColumn } = block;
  const values: RawCell[][] = [];
  for (let row = firstRow; row <= lastRow; row += 1) {
    const line: RawCell[] = [];
    for (let column = firstColumn; column <= lastColumn; column += 1)
      line.push(workbook.cellAt(sheetName, row, column)?.value ?? "");
    values.push(line);
  }
  return values;
}

/** Rows read per task by `readBlockInParts`. */
const ROWS_PER_PART = 1000;

/**
 * `readBlock` in parts of `ROWS_PER_PART` rows with a pause for the browser between them, so reading a
 * 10,000-row inventory does not block the page for a third of a second (Excel reads in its own process;
 * the preview should not pin its pane's thread meanwhile).
 */
async function readBlockInParts(workbook: MemoryWorkbook, block: Block): Promise<RawCell[][]> {
  const { firstRow, lastRow } = block;
  const values: RawCell[][] = [];
  for (let from = firstRow; from <= lastRow; from += ROWS_PER_PART) {
    if (from > firstRow) await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const to = Math.min(lastRow, from + ROWS_PER_PART - 1);
    const part = measured("read", () => readBlock(workbook, { ...block, firstRow: from, lastRow: to }));
    for (const line of part) values.push(line);
  }
  return values;
}

/**
 * The gateway over an in-memory workbook: same contract as the Office gateway, so the preview and the
 * end-to-end tests run the real task pane. Each call commits once (like one `context.sync`).
 */
export function createMemoryGateway(
  workbook: MemoryWorkbook,
  options: MemoryGatewayOptions,
): WorkbookGateway {
  const wait = () => new Promise<void>((resolve) => setTimeout(resolve, options.latency ?? 0));
  const readInventoryGrid = async (): Promise<RawGrid | null> => {
    await wait();
    const sheetName = workbook.activeSheet;
    const table = workbook.tables.find((t) => t.sheetName === sheetName);
    if (table !== undefined) {
      const values = await readBlockInParts(workbook, {
        sheetName,
        firstRow: table.headerRow,
        lastRow: table.headerRow + table.rowCount,
        firstColumn: table.firstColumn,
        lastColumn: table.firstColumn + table.columnCount - 1,
      });
      return {
        values,
        firstRow: table.headerRow,
        firstColumn: table.firstColumn,
        sheetName,
        tableName: table.name,
      };
    }
    const used = workbook.usedRange(sheetName);
    if (used === null) return null;
    return {
      values: await readBlockInParts(workbook, usedBlock(sheetName, used)),
      firstRow: 1,
      firstColumn: 0,
      sheetName,
    };
  };

  return {
    readOverview: async () => {
      await wait();
      return {
        sheetNames: workbook.sheets.map((sheet) => sheet.name),
        activeSheetName: workbook.activeSheet,
        activeSheetTableCount: workbook.tables.filter((t) => t.sheetName === workbook.activeSheet).length,
      };
    },
    readInventoryGrid,
    insertSample: async () => {
      const rows = await options.loadSample();
      const name = workbook.sheet(SAMPLE_SHEET) === undefined ? SAMPLE_SHEET : `${SAMPLE_SHEET} (Beispiel)`;
      workbook.deleteSheet(name);
      measured("insertSample", () =>
        rows.forEach((line, r) =>
          line.forEach((value, c) =>
            workbook.setCell(name, r + 1, c, {
              value:
                value instanceof Date || (typeof value === "object" && value !== null)
                  ? String(value)
                  : (value ?? null),
            }),
          ),
        ),
      );
      const width = Math.max(...rows.map((line) => line.length));
      workbook.putTable({
        name: SAMPLE_TABLE,
        sheetName: name,
        headerRow: 1,
        firstColumn: 0,
        columnCount: width,
        rowCount: rows.length - 1,
      });
      workbook.activeSheet = name;
      workbook.commit();
      const grid = await readInventoryGrid();
      return grid ?? sampleGrid(rows, SAMPLE_TABLE);
    },
    selectCell: async (target) => {
      await wait();
      if (workbook.sheet(target.sheetName) === undefined) {
        throw new WorkbookError("unknown", msg("workbook.sheetGone", { sheet: target.sheetName }));
      }
      workbook.activeSheet = target.sheetName;
      workbook.selection = { ...target };
      workbook.commit();
    },
    readReview: async () => {
      await wait();
      /** A sheet's used block from A1, as the review readers expect; null when the sheet is missing. */
      const sheetValues = (name: string): RawCell[][] | null => {
        if (workbook.sheet(name) === undefined) return null;
        const used = workbook.usedRange(name);
        return used === null ? [] : readBlock(workbook, usedBlock(name, used));
      };
      const [clusterSheet, settingsSheet] = measured("readReview", () => [
        sheetValues(CLUSTER_SHEET_NAME),
        sheetValues(SETTINGS_SHEET_NAME),
      ]);
      return reviewStateFromWorkbook({
        clusterSheet: clusterSheet ?? null,
        settingsSheet: settingsSheet ?? null,
      });
    },
    writeReview: async (write) => {
      await wait();
      measured("writeReview", () => {
        writeReviewToMemory(workbook, write);
        workbook.commit();
      });
    },
    readHistory: async () => {
      await wait();
      const values = (name: string): RawCell[][] | undefined => {
        const used = workbook.sheet(name) === undefined ? null : workbook.usedRange(name);
        return used === null ? undefined : readBlock(workbook, usedBlock(name, used));
      };
      return readHistory(values(HISTORY_SHEET), values(HISTORY_PROCESS_SHEET));
    },
    writeReport: async (plan, values) => {
      await wait();
      // The values are what Excel computes from the formulas: the workbook's work, not the pane's.
      measured("writeReport", () => {
        applyPlanToMemory(workbook, plan, values?.());
        workbook.commit();
      });
      return { summarySheetName: plan.sheets[0]?.name ?? "Cluster-Übersicht", notices: plan.notices };
    },
  };
}
