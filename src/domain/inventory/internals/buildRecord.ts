import { parseDate } from "../parseDate";
import { parseLeikaKey } from "../parseLeikaKey";
import { parseNumber } from "../parseNumber";
import { maxReifegrad, parseReifegrad, parseReifegradModell } from "../parseReifegrad";
import { parseStatus } from "../parseStatus";
import {
  PROCESS_STATUSES,
  type ColumnRole,
  type InventoryIssue,
  type ProcessRecord,
  type RawCell,
  type ReifegradModell,
} from "../types";
import { cellError, cellText } from "./cellText";
import { formatNumber, makeIssue } from "./issue";

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

const TEXT_ROLES = [
  "id",
  "ozgId",
  "ozgName",
  "themenfeld",
  "lebenslage",
  "dezernat",
  "fachbereich",
  "fachanwendung",
  "hersteller",
  "prioritaet",
  "bemerkung",
  "cluster",
] as const;
const NUMBER_ROLES = ["fallzahl", "fallzahlOnline", "kostenEinmalig", "kostenLaufend"] as const;

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
  const { row, values, formats } = input;
  const { headers } = context;
  const width = headers.length;
  const cells: string[] = new Array<string>(width);
  const usable: RawCell[] = new Array<RawCell>(width);
  for (let c = 0; c < width; c++) {
    const value = values[c];
    const shown = cellText(value, formats?.[c]);
    cells[c] = shown;
    usable[c] = value;
    if (typeof value === "object" && value !== null && !(value instanceof Date)) {
      issues.push(
        makeIssue(
          "errorCell",
          row,
          headers[c] ?? null,
          `Die Zelle enthält den Fehlerwert ${shown} und wird als leer behandelt.`,
        ),
      );
      usable[c] = null;
    } else if (typeof value === "string" && (shown.charCodeAt(0) === 35 || shown.charCodeAt(0) === 61)) {
      const error = cellError(value);
      if (error !== null) {
        issues.push(
          makeIssue(
            "errorCell",
            row,
            headers[c] ?? null,
            `Die Zelle enthält den Fehlerwert ${error} und wird als leer behandelt.`,
          ),
        );
        usable[c] = null;
      } else if (looksLikeFormula(shown)) {
        issues.push(
          makeIssue(
            "formulaText",
            row,
            headers[c] ?? null,
            `„${shown}“ sieht aus wie eine Formel, ist aber als Text gespeichert; der Text wird nicht berechnet.`,
          ),
        );
      }
    }
  }
  const view = new RowCells(context, usable, cells);

  const name = view.text("name");
  if (name === "") return null;
  const record: Mutable<ProcessRecord> = { key: "", row, index: input.index, name, cells };
  for (const role of TEXT_ROLES) {
    const value = view.text(role);
    if (value !== "") record[role] = value;
  }

  const leika = parseLeikaKey(view.typed("leikaKey"));
  if (leika.kind === "ok") record.leikaKey = leika.value;
  else if (leika.kind === "scientific")
    issues.push(
      makeIssue(
        "leikaScientific",
        row,
        view.header("leikaKey"),
        `Der LeiKa-Schlüssel „${leika.text}“ wurde durch die wissenschaftliche Zahlendarstellung von Excel verkürzt. Bitte die Spalte als Text formatieren und den 14-stelligen Schlüssel neu eintragen.`,
      ),
    );
  else if (leika.kind === "invalid")
    issues.push(
      makeIssue(
        "leikaInvalid",
        row,
        view.header("leikaKey"),
        `„${leika.text}“ ist kein gültiger LeiKa-Schlüssel (14 Ziffern, beginnend mit 99).`,
      ),
    );

  const status = parseStatus(view.text("status"));
  if (status.kind === "ok") record.status = status.value;
  else if (status.kind === "unknown") {
    record.statusRaw = status.text;
    issues.push(
      makeIssue(
        "unknownStatus",
        row,
        view.header("status"),
        `Der Status „${status.text}“ ist unbekannt und wird unverändert übernommen. Erwartet: ${PROCESS_STATUSES.join(", ")}.`,
      ),
    );
  }

  const modellText = view.text("reifegradModell");
  let modell = context.defaultModell;
  if (modellText !== "") {
    const parsed = parseReifegradModell(modellText);
    if (parsed === null)
      issues.push(
        makeIssue(
          "reifegradOutOfRange",
          row,
          view.header("reifegradModell"),
          `Das Reifegradmodell „${modellText}“ ist unbekannt (erwartet 1.1 oder 2.0); die Stufen werden gegen 0–7 geprüft.`,
        ),
      );
    else modell = record.reifegradModell = parsed;
  }
  for (const role of ["reifegrad", "reifegradZiel"] as const) {
    const level = parseReifegrad(view.typed(role), modell);
    if (level.kind === "ok") record[role] = level.value;
    else if (level.kind === "outOfRange") {
      const scale =
        modell === undefined
          ? `der Stufen 0–${maxReifegrad(modell)}`
          : `des Reifegradmodells ${modell} (0–${level.max})`;
      issues.push(
        makeIssue(
          "reifegradOutOfRange",
          row,
          view.header(role),
          `Der Reifegrad „${level.text}“ liegt außerhalb ${scale}.`,
        ),
      );
    } else if (level.kind === "invalid")
      issues.push(
        makeIssue("invalidNumber", row, view.header(role), `„${level.text}“ ist keine Reifegradstufe.`),
      );
  }

  for (const role of NUMBER_ROLES) {
    const parsed = parseNumber(view.typed(role));
    if (parsed.kind === "ok" && parsed.value >= 0) record[role] = parsed.value;
    else if (parsed.kind === "ok")
      issues.push(
        makeIssue(
          "invalidNumber",
          row,
          view.header(role),
          `Der Wert ${formatNumber(parsed.value)} darf nicht negativ sein.`,
        ),
      );
    else if (parsed.kind === "invalid" && parsed.text !== "")
      issues.push(makeIssue("invalidNumber", row, view.header(role), `„${parsed.text}“ ist keine Zahl.`));
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
        `„davon online“ (${formatNumber(record.fallzahlOnline)}) ist größer als die Fallzahl (${formatNumber(record.fallzahl)}).`,
      ),
    );

  const termin = parseDate(view.typed("termin"));
  if (termin.kind === "ok") record.termin = termin.value;
  else if (termin.kind === "invalid" && termin.text !== "")
    issues.push(
      makeIssue(
        "invalidDate",
        row,
        view.header("termin"),
        `„${termin.text}“ ist kein Datum (erwartet z. B. 31.12.2026).`,
      ),
    );

  return record as ProcessRecord;
}
