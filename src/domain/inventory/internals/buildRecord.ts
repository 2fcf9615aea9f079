import { msg } from "../../messages/renderMessage";
import { parseDate } from "../parseDate";
import { parseLeikaKey } from "../parseLeikaKey";
import { parseNumber } from "../parseNumber";
import { maxReifegrad, parseReifegrad, parseReifegradModell } from "../parseReifegrad";
import { parseStatus } from "../parseStatus";
import {
  COLUMN_ROLES,
  PROCESS_STATUSES,
  type ColumnRole,
  type InventoryIssue,
  type ProcessRecord,
  type RawCell,
  type ReifegradModell,
} from "../types";
import { cellError, cellText } from "./cellText";
import { makeIssue, messageNumber } from "./issue";

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };
/** A record whose `key` is still "" (keys need all IDs of the sheet); `assignKeys` sets it. @internal */
export type DraftRecord = ProcessRecord;

/** What stays the same for every row of a sheet; built once per parse. @internal */
export interface RowContext {
  readonly headers: readonly string[];
  /** Grid column of each mapped role. */
  readonly roleColumn: ReadonlyMap<ColumnRole, number>;
  readonly defaultModell: ReifegradModell | undefined;
}

/** One data row as the parser sees it. @internal */
export interface RowInput {
  readonly row: number;
  readonly index: number;
  /** Cell values (merged areas already filled) by grid column. */
  readonly values: readonly RawCell[];
  readonly formats: readonly string[] | undefined;
}

const NUMBER_ROLES = ["fallzahl", "fallzahlOnline", "kostenEinmalig", "kostenLaufend"] as const;
/** Roles read by their own rules (below); every other role of `COLUMN_ROLES` is kept as text. */
const TYPED_ROLES = [
  "name",
  "leikaKey",
  "status",
  "reifegrad",
  "reifegradZiel",
  "reifegradModell",
  ...NUMBER_ROLES,
  "termin",
] as const;
type TextRole = Exclude<ColumnRole, (typeof TYPED_ROLES)[number]>;
const TEXT_ROLES = COLUMN_ROLES.filter(
  (role): role is TextRole => !(TYPED_ROLES as readonly ColumnRole[]).includes(role),
);

const looksLikeFormula = (text: string): boolean =>
  text.charCodeAt(0) === 61 && /^=\s*[A-Za-zÄÖÜäöü_$(]/.test(text);

/** Per-row view of the cells by role; error cells read as empty, formula texts as empty in typed columns. */
class RowCells {
  constructor(
    private readonly context: RowContext,
    private readonly usable: readonly RawCell[],
    private readonly cells: readonly string[],
  ) {}

  header(role: ColumnRole): string | null {
    const c = this.context.roleColumn.get(role);
    return c === undefined ? null : (this.context.headers[c] ?? null);
  }

  text(role: ColumnRole): string {
    const c = this.context.roleColumn.get(role);
    return c === undefined || this.usable[c] === null ? "" : (this.cells[c] ?? "");
  }

  typed(role: ColumnRole): RawCell {
    const c = this.context.roleColumn.get(role);
    if (c === undefined) return null;
    return looksLikeFormula(this.cells[c] ?? "") ? null : this.usable[c];
  }
}

/** What each step of `buildRecord` reads from and writes to. */
interface RowStep {
  readonly view: RowCells;
  readonly row: number;
  readonly record: Mutable<ProcessRecord>;
  readonly issues: InventoryIssue[];
}

/** The issue of one cell that holds an error value or formula text, else null; `shown` is its text. */
function cellIssue(value: RawCell, shown: string, row: number, header: string | null): InventoryIssue | null {
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    return makeIssue("errorCell", row, header, msg("inventory.errorCell", { error: shown }));
  }
  if (typeof value !== "string" || (shown.charCodeAt(0) !== 35 && shown.charCodeAt(0) !== 61)) return null;
  const error = cellError(value);
  if (error !== null) {
    return makeIssue("errorCell", row, header, msg("inventory.errorCell", { error }));
  }
  if (looksLikeFormula(shown)) {
    return makeIssue("formulaText", row, header, msg("inventory.formulaText", { text: shown }));
  }
  return null;
}

/** The row's display texts and its usable values (error cells as null), reporting each odd cell once. */
function readCells(
  headers: readonly string[],
  input: RowInput,
  issues: InventoryIssue[],
): { cells: string[]; usable: RawCell[] } {
  const { row, values, formats } = input;
  const width = headers.length;
  const cells: string[] = new Array<string>(width);
  const usable: RawCell[] = new Array<RawCell>(width);
  for (let c = 0; c < width; c++) {
    const value = values[c];
    const shown = cellText(value, formats?.[c]);
    cells[c] = shown;
    usable[c] = value;
    const issue = cellIssue(value, shown, row, headers[c] ?? null);
    if (issue === null) continue;
    issues.push(issue);
    if (issue.kind === "errorCell") usable[c] = null;
  }
  return { cells, usable };
}

function readLeikaKey({ view, row, record, issues }: RowStep): void {
  const leika = parseLeikaKey(view.typed("leikaKey"));
  if (leika.kind === "ok") record.leikaKey = leika.value;
  else if (leika.kind === "scientific")
    issues.push(
      makeIssue(
        "leikaScientific",
        row,
        view.header("leikaKey"),
        msg("inventory.leikaScientific", { text: leika.text }),
      ),
    );
  else if (leika.kind === "invalid")
    issues.push(
      makeIssue(
        "leikaInvalid",
        row,
        view.header("leikaKey"),
        msg("inventory.leikaInvalid", { text: leika.text }),
      ),
    );
}

function readStatus({ view, row, record, issues }: RowStep): void {
  const status = parseStatus(view.text("status"));
  if (status.kind === "ok") record.status = status.value;
  else if (status.kind === "unknown") {
    record.statusRaw = status.text;
    issues.push(
      makeIssue(
        "unknownStatus",
        row,
        view.header("status"),
        msg("inventory.unknownStatus", { text: status.text, expected: PROCESS_STATUSES.join(", ") }),
      ),
    );
  }
}

/** The row's own Reifegradmodell when it names a known one, else the sheet's default. */
function readReifegradModell(
  { view, row, record, issues }: RowStep,
  defaultModell: ReifegradModell | undefined,
): ReifegradModell | undefined {
  const modellText = view.text("reifegradModell");
  if (modellText === "") return defaultModell;
  const parsed = parseReifegradModell(modellText);
  if (parsed !== null) return (record.reifegradModell = parsed);
  issues.push(
    makeIssue(
      "reifegradOutOfRange",
      row,
      view.header("reifegradModell"),
      msg("inventory.unknownModell", { text: modellText }),
    ),
  );
  return defaultModell;
}

/** Reifegrad and Zielreifegrad, checked against the scale of the row's model. */
function readReifegrade(step: RowStep, modell: ReifegradModell | undefined): void {
  const { view, row, record, issues } = step;
  for (const role of ["reifegrad", "reifegradZiel"] as const) {
    const level = parseReifegrad(view.typed(role), modell);
    if (level.kind === "ok") record[role] = level.value;
    else if (level.kind === "outOfRange") {
      const message =
        modell === undefined
          ? msg("inventory.reifegradOutOfScale", { text: level.text, max: maxReifegrad(modell) })
          : msg("inventory.reifegradOutOfModell", { text: level.text, modell, max: level.max });
      issues.push(makeIssue("reifegradOutOfRange", row, view.header(role), message));
    } else if (level.kind === "invalid")
      issues.push(
        makeIssue("invalidNumber", row, view.header(role), msg("inventory.notALevel", { text: level.text })),
      );
  }
}

/** Case numbers and costs (never negative); online cases must not exceed all cases. */
function readNumbers({ view, row, record, issues }: RowStep): void {
  for (const role of NUMBER_ROLES) {
    const parsed = parseNumber(view.typed(role));
    if (parsed.kind === "ok" && parsed.value >= 0) record[role] = parsed.value;
    else if (parsed.kind === "ok")
      issues.push(
        makeIssue(
          "invalidNumber",
          row,
          view.header(role),
          msg("inventory.negative", { value: messageNumber(parsed.value) }),
        ),
      );
    else if (parsed.kind === "invalid" && parsed.text !== "")
      issues.push(
        makeIssue(
          "invalidNumber",
          row,
          view.header(role),
          msg("inventory.notANumber", { text: parsed.text }),
        ),
      );
  }
  if (
    record.fallzahl !== undefined &&
    record.fallzahlOnline !== undefined &&
    record.fallzahlOnline > record.fallzahl
  )
    issues.push(
      makeIssue(
        "onlineExceedsCases",
        row,
        view.header("fallzahlOnline"),
        msg("inventory.onlineExceedsCases", {
          online: messageNumber(record.fallzahlOnline),
          cases: messageNumber(record.fallzahl),
        }),
      ),
    );
}

function readTermin({ view, row, record, issues }: RowStep): void {
  const termin = parseDate(view.typed("termin"));
  if (termin.kind === "ok") record.termin = termin.value;
  else if (termin.kind === "invalid" && termin.text !== "")
    issues.push(
      makeIssue(
        "invalidDate",
        row,
        view.header("termin"),
        msg("inventory.invalidDate", { text: termin.text }),
      ),
    );
}

/**
 * Parses one data row into a draft record (or null when it has no name) and the row's issues. Error cells
 * and formula texts are reported once and then treated as empty in typed columns.
 * @internal
 */
export function buildRecord(
  context: RowContext,
  input: RowInput,
  issues: InventoryIssue[],
): DraftRecord | null {
  const { cells, usable } = readCells(context.headers, input, issues);
  const view = new RowCells(context, usable, cells);
  const name = view.text("name");
  if (name === "") return null;
  const record: Mutable<ProcessRecord> = { key: "", row: input.row, index: input.index, name, cells };
  for (const role of TEXT_ROLES) {
    const value = view.text(role);
    if (value !== "") record[role] = value;
  }
  const step: RowStep = { view, row: input.row, record, issues };
  readLeikaKey(step);
  readStatus(step);
  readReifegrade(step, readReifegradModell(step, context.defaultModell));
  readNumbers(step);
  readTermin(step);
  return record as ProcessRecord;
}
