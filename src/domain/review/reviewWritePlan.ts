/**
 * Contract of the review's write: a declarative `ReviewWritePlan` built once here from the review state and
 * what the adapter found in the workbook, applied unchanged by the Office.js adapter (`src/excel`), the
 * ExcelJS adapter (`src/cli/xlsx`) and the in-memory workbook of the browser preview. Every decision —
 * which inventory column to reuse or add, what `Anzahl` counts over, where the protocol continues,
 * which sheets are hidden — is taken here; the adapters only read what the plan needs and write it.
 */
import { columnLetter } from "../columnLetter";
import type { RawCell } from "../inventory/types";
import { clusterSheetRows } from "./clusterSheet";
import { planInventoryColumns, type InventoryColumnPlan } from "./internals/planInventoryColumns";
import { protocolHeaderRow, protocolRows } from "./protocolSheet";
import {
  CLUSTER_COLUMN_HEADER,
  CLUSTER_SHEET_HIDDEN_COLUMNS,
  CLUSTER_SHEET_NAME,
  PROTOCOL_SHEET_NAME,
  SETTINGS_SHEET_NAME,
  type ReviewSheetCell,
} from "./reviewSheetTypes";
import { settingsSheetRows } from "./settingsSheet";
import type { ProtocolEntry, ReviewSettings, ReviewState } from "./types";

export type { InventoryColumnPlan, InventoryValueBlock } from "./internals/planInventoryColumns";
export { sameHeader } from "./internals/planInventoryColumns";

/** The inventory as the adapter found it just before writing. */
export interface ReviewInventoryRef {
  readonly sheetName: string;
  /** The Excel table holding the inventory, if any: added columns widen it, `Anzahl` counts `Table[Cluster]`. */
  readonly tableName?: string;
  /** 1-based row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet column of `headers[0]`. */
  readonly firstColumn: number;
  /** The header row's cells as read, from `firstColumn` on (trailing empty cells may be left out). */
  readonly headers: readonly RawCell[];
  /** Process key → its current 1-based sheet row. */
  readonly rows: ReadonlyMap<string, number>;
  /** Header of the add-in's Bereich column (`bereichColumnHeader`). Default "Bereich". */
  readonly bereichHeader?: string;
}

export interface ReviewWriteInput {
  readonly state: ReviewState;
  readonly settings: ReviewSettings;
  /** Entries produced since the last write; appended below the existing protocol, never rewritten. */
  readonly newEntries: readonly ProtocolEntry[];
  /** Where the `Cluster` and `Bereich` columns go; `null`: no inventory columns (e.g. a report's own table). */
  readonly inventory: ReviewInventoryRef | null;
  /**
   * Without `inventory`: the table `Anzahl` counts over, e.g. the report's `Prozesse`. Without both,
   * `Anzahl` is a plain number.
   */
  readonly countTable?: string;
  /**
   * The protocol sheet as found: `null` when it is missing, else its last used 1-based row (0 = empty).
   * Only consulted when there are new entries, so an adapter may skip reading it otherwise.
   */
  readonly protocolLastRow: number | null;
}

/** One of the add-in's own sheets. */
export interface ReviewSheetPlan {
  readonly name: string;
  /**
   * `replace`: clear the sheet's contents (creating the sheet when missing), then write `rows` from row 1.
   * `append`: write `rows` from `firstRow` and touch nothing else (creating the sheet when missing).
   */
  readonly mode: "replace" | "append";
  /** 1-based row of `rows[0]`. */
  readonly firstRow: number;
  /** Cells from column A; text is written as text (format "@", see `reviewCellFormat`), never as formula. */
  readonly rows: readonly (readonly ReviewSheetCell[])[];
  /** 0-based columns to hide. */
  readonly hiddenColumns: readonly number[];
  /** Make the sheet "very hidden" (not listed under "Einblenden"); false: leave its visibility as it is. */
  readonly veryHidden: boolean;
  /** Widths in characters from column A; empty = leave the widths as they are. */
  readonly columnWidths: readonly number[];
  /** 1-based rows written in bold (a header when it is written). */
  readonly boldRows: readonly number[];
}

export interface ReviewWritePlan {
  /** The inventory's columns to add or reuse; `null` when the write has no inventory. */
  readonly inventory: {
    readonly sheetName: string;
    readonly tableName?: string;
    /** 1-based header row, where a new column's header goes. */
    readonly headerRow: number;
    readonly columns: readonly InventoryColumnPlan[];
  } | null;
  /** The add-in's sheets in the order to write them: `Cluster`, the settings sheet, the protocol. */
  readonly sheets: readonly ReviewSheetPlan[];
}

const CLUSTER_SHEET_WIDTHS = [40, 40, 10, 12, 50, 10];
const PROTOCOL_SHEET_WIDTHS = [22, 30, 40, 30, 30, 20];

/** Plans one review write (see the module comment). */
export function reviewWritePlan(input: ReviewWriteInput): ReviewWritePlan {
  const { state, inventory } = input;
  const columns = inventory === null ? null : planInventoryColumns(state, inventory);
  const countRange = countRangeOf(input, columns);
  const sheets: ReviewSheetPlan[] = [
    {
      ...replaced(
        CLUSTER_SHEET_NAME,
        clusterSheetRows(state, countRange === undefined ? {} : { countRange }),
      ),
      hiddenColumns: CLUSTER_SHEET_HIDDEN_COLUMNS,
      columnWidths: CLUSTER_SHEET_WIDTHS,
    },
    { ...replaced(SETTINGS_SHEET_NAME, settingsSheetRows(input.settings, state)), veryHidden: true },
  ];
  const protocol = protocolPlan(input);
  if (protocol !== null) sheets.push(protocol);
  return {
    inventory:
      inventory === null || columns === null
        ? null
        : {
            sheetName: inventory.sheetName,
            ...(inventory.tableName === undefined ? {} : { tableName: inventory.tableName }),
            headerRow: inventory.headerRow,
            columns,
          },
    sheets,
  };
}

function replaced(name: string, rows: ReviewSheetCell[][]): ReviewSheetPlan {
  return {
    name,
    mode: "replace",
    firstRow: 1,
    rows,
    hiddenColumns: [],
    veryHidden: false,
    columnWidths: [],
    boldRows: [1],
  };
}

/**
 * The protocol continues below its last used row; a missing or empty sheet gets the header first. Without
 * new entries an existing sheet is left alone (a missing one is recreated with its header).
 */
function protocolPlan(input: ReviewWriteInput): ReviewSheetPlan | null {
  const last = input.protocolLastRow;
  if (input.newEntries.length === 0 && last !== null) return null;
  const fresh = last === null || last === 0;
  const rows = protocolRows(input.newEntries);
  return {
    name: PROTOCOL_SHEET_NAME,
    mode: "append",
    firstRow: fresh ? 1 : last + 1,
    rows: fresh ? [protocolHeaderRow(), ...rows] : rows,
    hiddenColumns: [],
    veryHidden: false,
    columnWidths: fresh ? PROTOCOL_SHEET_WIDTHS : [],
    boldRows: fresh ? [1] : [],
  };
}

/**
 * What `Anzahl` counts over: the inventory's `Cluster` column — structured in a table, else the whole
 * column below the header as an absolute range — else `countTable[Cluster]`, else nothing (plain numbers).
 */
function countRangeOf(
  input: ReviewWriteInput,
  columns: readonly InventoryColumnPlan[] | null,
): string | undefined {
  const { inventory } = input;
  const cluster = columns?.find((c) => c.header === CLUSTER_COLUMN_HEADER);
  if (inventory === null || cluster === undefined)
    return input.countTable === undefined ? undefined : `${input.countTable}[${CLUSTER_COLUMN_HEADER}]`;
  if (inventory.tableName !== undefined) return `${inventory.tableName}[${CLUSTER_COLUMN_HEADER}]`;
  const sheet = `'${inventory.sheetName.replace(/'/g, "''")}'`;
  const letter = columnLetter(cluster.column);
  return `${sheet}!$${letter}$${inventory.headerRow + 1}:$${letter}$1048576`;
}
