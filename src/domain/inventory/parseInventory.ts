import { msg } from "../messages/renderMessage";
import { detectColumnRoles } from "./detectColumnRoles";
import { detectHeader, gridWidth, headerTexts } from "./detectHeader";
import { buildRecord, type DraftRecord, type RowContext } from "./internals/buildRecord";
import { cellText } from "./internals/cellText";
import { makeIssue } from "./internals/issue";
import { fillMergedCells, type MergeFill } from "./internals/mergedCells";
import { findTableEnd } from "./internals/tableEnd";
import { unrecognisedValueIssues } from "./internals/unrecognisedColumns";
import { roleLabel } from "./roleLabels";
import type {
  ColumnMapping,
  ColumnRole,
  Inventory,
  InventoryIssue,
  ProcessRecord,
  RawCell,
  RawGrid,
  ReifegradModell,
} from "./types";

/** Options of `parseInventory`. */
export interface ParseInventoryOptions {
  /**
   * The user's column mapping; replaces detection entirely (confidence 1 for every listed column,
   * unlisted columns are unrecognised). Default: detected from the header row.
   */
  readonly mapping?: readonly ColumnMapping[];
  /** 1-based user row number of the header row. Default: detected (it need not be the first row). */
  readonly headerRow?: number;
  /** Model assumed for rows without a Reifegradmodell. Default: none, levels are checked against 0–7. */
  readonly defaultReifegradModell?: ReifegradModell;
  /**
   * Roles the user assigned to headers (`--spalte "Überschrift=Rolle"`), applied after detection: the
   * header (compared ignoring case and surrounding spaces) gets the role with confidence 1, any other
   * column loses it; `null` leaves the column unrecognised. Headers not in the sheet are ignored (the caller
   * checks them). Default: none.
   */
  readonly roleOverrides?: readonly { readonly header: string; readonly role: ColumnRole | null }[];
}

/**
 * Parses a grid of cells into an inventory: finds the header row, maps columns to roles, parses each data
 * row into a `ProcessRecord` and collects German issues with row numbers. Never throws on bad cells:
 * empty sheets, missing headers, error cells, merged or hidden rows and unreadable values become issues.
 * Fully blank rows are skipped silently; rows with content but no name are excluded and counted.
 */
export function parseInventory(grid: RawGrid, options: ParseInventoryOptions = {}): Inventory {
  const base = {
    ...(grid.sheetName === undefined ? {} : { sheetName: grid.sheetName }),
    ...(grid.tableName === undefined ? {} : { tableName: grid.tableName }),
  };
  const unusable = (headerRow: number, issue: InventoryIssue): Inventory => ({
    ...base,
    headerRow,
    headers: [],
    columns: [],
    records: [],
    excludedCount: 0,
    issues: [issue],
    usable: false,
  });

  const width = gridWidth(grid);
  if (width === 0)
    return unusable(grid.firstRow, makeIssue("emptySheet", null, null, msg("inventory.emptySheet")));

  const header = locateHeader(grid, width, options);
  if (header === null)
    return unusable(grid.firstRow, makeIssue("noHeader", null, null, msg("inventory.noHeader")));
  const { index: headerIndex, headers, conflictIssues } = header;
  const columns = withOverrides(header.columns, options.roleOverrides ?? []);
  const headerRow = grid.firstRow + headerIndex;
  const issues: InventoryIssue[] = [...conflictIssues];
  const end = findTableEnd(grid, headerIndex, width);
  if (end.nextRow !== null) issues.push(tableEndIssue(end.nextRow, end.nextText));
  issues.push(...unrecognisedValueIssues(grid, columns, headerIndex, end.endIndex, headerRow));

  const roleColumn = new Map<ColumnRole, number>();
  for (const c of columns) if (c.role !== null && !roleColumn.has(c.role)) roleColumn.set(c.role, c.index);
  const hasName = roleColumn.has("name");
  if (!hasName)
    issues.push(
      makeIssue(
        "noNameColumn",
        null,
        null,
        msg("inventory.noNameColumn", { row: headerRow, headers: headers.join(", ") }),
      ),
    );

  const merges = fillMergedCells(grid, headerIndex, headers);
  issues.push(...merges.issues);
  const context: RowContext = { headers, roleColumn, defaultModell: options.defaultReifegradModell };
  const { drafts, excludedCount, dataRows } = readDataRows(grid, context, {
    headerIndex,
    endIndex: end.endIndex,
    width,
    merges,
    issues,
  });
  if (dataRows === 0)
    issues.push(makeIssue("headerOnly", null, null, msg("inventory.headerOnly", { row: headerRow })));

  const records = assignKeys(drafts, headers[roleColumn.get("id") ?? -1] ?? null, issues);
  let lastIndex = end.endIndex - 1;
  while (lastIndex > headerIndex && isBlankRow(grid.values[lastIndex] ?? [], width)) lastIndex--;
  return {
    ...base,
    headerRow,
    lastRow: grid.firstRow + lastIndex,
    headers,
    columns,
    records,
    excludedCount,
    issues: sortIssues(issues),
    usable: hasName && records.length > 0,
  };
}

/** Content below the table's end is not read as processes; the user is told where it starts. */
function tableEndIssue(nextRow: number, nextText: string): InventoryIssue {
  return makeIssue(
    "tableEnd",
    null,
    null,
    msg("inventory.tableEnd", { row: nextRow, text: nextText.slice(0, 40) }),
  );
}

/** Where the data rows are and how to read them; issues of the rows are added to `issues`. */
interface DataRowsPlace {
  readonly headerIndex: number;
  readonly endIndex: number;
  readonly width: number;
  readonly merges: MergeFill;
  readonly issues: InventoryIssue[];
}

/**
 * Parses the rows below the header into draft records: merged cells filled, blank rows skipped, hidden
 * rows read with an issue, rows without a name excluded and counted.
 */
function readDataRows(
  grid: RawGrid,
  context: RowContext,
  { headerIndex, endIndex, width, merges, issues }: DataRowsPlace,
): { drafts: DraftRecord[]; excludedCount: number; dataRows: number } {
  const { headers, roleColumn } = context;
  const hasName = roleColumn.has("name");
  const hidden = new Set(grid.hiddenRows ?? []);
  const drafts: DraftRecord[] = [];
  let excludedCount = 0;
  let dataRows = 0;
  for (let r = headerIndex + 1; r < endIndex; r++) {
    const source = grid.values[r] ?? [];
    let values: readonly RawCell[] = source;
    if (!merges.isEmpty) {
      const filled = source.slice(0, width);
      for (let c = 0; c < width; c++) filled[c] = merges.valueAt(r, c) ?? source[c];
      values = filled;
    }
    if (isBlankRow(values, width)) continue;
    dataRows++;
    const row = grid.firstRow + r;
    if (hidden.has(row)) issues.push(makeIssue("hiddenRow", row, null, msg("inventory.hiddenRow")));
    const draft = buildRecord(
      context,
      { row, index: r - headerIndex - 1, values, formats: grid.numberFormats?.[r] },
      issues,
    );
    if (draft === null) {
      excludedCount++;
      if (hasName)
        issues.push(
          makeIssue(
            "blankName",
            row,
            headers[roleColumn.get("name") ?? 0] ?? null,
            msg("inventory.blankName"),
          ),
        );
    } else drafts.push(draft);
  }
  return { drafts, excludedCount, dataRows };
}

interface LocatedHeader {
  readonly index: number;
  readonly headers: readonly string[];
  readonly columns: readonly ColumnMapping[];
  readonly conflictIssues: readonly InventoryIssue[];
}

function locateHeader(grid: RawGrid, width: number, options: ParseInventoryOptions): LocatedHeader | null {
  let index: number;
  if (options.headerRow !== undefined) {
    index = options.headerRow - grid.firstRow;
    if (!Number.isInteger(index) || index < 0 || index >= grid.values.length) return null;
  } else {
    const detected = detectHeader(grid);
    if (detected !== null) index = detected.index;
    else if (options.mapping !== undefined)
      index = grid.values.findIndex((row) => row.some((v) => cellText(v) !== ""));
    else return null;
  }
  const headers = headerTexts(grid, index, width);
  const row = grid.firstRow + index;
  const conflictIssues: InventoryIssue[] = [];
  if (options.mapping !== undefined) {
    const taken = new Map<ColumnRole, number>();
    const columns = headers.map((text, c): ColumnMapping => {
      const chosen = options.mapping?.find((m) => m.index === c);
      const role = chosen?.role ?? null;
      if (role !== null && taken.has(role)) {
        conflictIssues.push(roleConflict(row, headers, c, role, taken.get(role) ?? 0));
        return { header: text, index: c, role: null, confidence: 1 };
      }
      if (role !== null) taken.set(role, c);
      return { header: text, index: c, role, confidence: chosen === undefined ? 0 : 1 };
    });
    return { index, headers, columns, conflictIssues };
  }
  const detection = detectColumnRoles(headers);
  for (const conflict of detection.conflicts)
    conflictIssues.push(roleConflict(row, headers, conflict.index, conflict.role, conflict.winnerIndex));
  return { index, headers, columns: detection.columns, conflictIssues };
}

function roleConflict(
  row: number,
  headers: readonly string[],
  index: number,
  role: ColumnRole,
  winner: number,
): InventoryIssue {
  return makeIssue(
    "duplicateRole",
    row,
    headers[index] ?? null,
    msg("inventory.duplicateRole", { role: roleLabel(role), winner: headers[winner] ?? "" }),
  );
}

/** Applies the user's role assignments on top of the detected (or given) mapping. */
function withOverrides(
  columns: readonly ColumnMapping[],
  overrides: readonly { readonly header: string; readonly role: ColumnRole | null }[],
): readonly ColumnMapping[] {
  if (overrides.length === 0) return columns;
  const fold = (text: string): string => text.trim().toLowerCase();
  let result = [...columns];
  for (const override of overrides) {
    const target = result.find((c) => fold(c.header) === fold(override.header));
    if (target === undefined) continue;
    result = result.map((c) => {
      if (c.index === target.index) return { ...c, role: override.role, confidence: 1 };
      return override.role !== null && c.role === override.role ? { ...c, role: null, confidence: 0 } : c;
    });
  }
  return result;
}

/** The ID is the key when it is unique (and cannot be mistaken for a row key), else `row:<n>`. */
function assignKeys(
  drafts: readonly DraftRecord[],
  idHeader: string | null,
  issues: InventoryIssue[],
): ProcessRecord[] {
  const firstRow = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const d of drafts) {
    if (d.id === undefined) continue;
    counts.set(d.id, (counts.get(d.id) ?? 0) + 1);
    if (!firstRow.has(d.id)) firstRow.set(d.id, d.row);
  }
  return drafts.map((d) => {
    const id = d.id;
    if (id !== undefined && (counts.get(id) ?? 0) > 1 && firstRow.get(id) !== d.row)
      issues.push(
        makeIssue(
          "duplicateId",
          d.row,
          idHeader,
          msg("inventory.duplicateId", { id, row: firstRow.get(id) ?? d.row }),
        ),
      );
    const unique = id !== undefined && counts.get(id) === 1 && !/^row:/.test(id);
    // Drafts are fresh objects owned by this parse; setting the key in place avoids copying 50,000 records.
    (d as { key: string }).key = unique ? id : `row:${d.row}`;
    return d;
  });
}

/** True when no cell of the row has content (whitespace counts as empty). */
function isBlankRow(values: readonly RawCell[], width: number): boolean {
  for (let c = 0; c < width; c++) {
    const v = values[c];
    if (v === null || v === undefined) continue;
    if (typeof v === "string" ? v.trim() !== "" : cellText(v) !== "") return false;
  }
  return true;
}

/** Sheet-level issues first, then by row; the order of detection is kept within a row. */
function sortIssues(issues: readonly InventoryIssue[]): InventoryIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.i - b.i)
    .map((x) => x.issue);
}
