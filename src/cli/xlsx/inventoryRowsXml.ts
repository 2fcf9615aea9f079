/**
 * The inventory's data rows go into the package as XML written here, not through ExcelJS cell objects.
 *
 * Why (measured with `npm run bench:report`, 50,000 rows × 24 columns): ExcelJS keeps an object per
 * cell plus a style model and renders them through its XML stream; writing the inventory that way took
 * about 15 s and 1.5 GB of the report's 2.6 GB peak. ExcelJS's streaming writer (tried before: about
 * 7.5 s / 160 MB) cannot append to the user's workbook, tables or the summary sheets. So ExcelJS writes
 * the sheet with its header, title rows, notes, widths, merges and a one-row table, and
 * `spliceInventoryRows` puts the rows in afterwards: strings into the shared-string table, one cell style
 * per number format (appended to styles.xml), the table's and the sheet's ranges widened. The cells are
 * what ExcelJS wrote before: same types, values and number formats.
 */
import { columnLetters } from "../../domain/columnLetter";
import type JSZip from "jszip";

/** A cell value as the inventory sheet holds it. */
export type InventoryCellValue = string | number | boolean | Date | null;

/** Data rows of a sheet, still to be written into the package (see `spliceInventoryRows`). */
export interface InventoryRows {
  readonly sheetName: string;
  /** The table (written by ExcelJS with a placeholder row) to widen to all rows; none when absent. */
  readonly tableName?: string;
  /** The rows go below this row (ExcelJS's rows between it and the last data row are replaced). */
  readonly headerRow: number;
  /** Sheet row number of each data row. */
  readonly rowNumbers: readonly number[];
  readonly values: readonly (readonly InventoryCellValue[])[];
  /** Number format per cell, undefined = General. */
  readonly formats: readonly (readonly (string | undefined)[])[];
  readonly columnCount: number;
}

/** Excel's built-in number format ids the rows use without a `<numFmt>` entry. */
const BUILTIN_FORMAT: Readonly<Record<string, number>> = { "@": 49, "mm-dd-yy": 14 };
/** ExcelJS gives a date without its own format the built-in short date (id 14). */
const DATE_DEFAULT_FORMAT = "mm-dd-yy";

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids.
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const XML_ESCAPE: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};

/** Escapes text as ExcelJS does: markup characters as entities, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(XML_SPECIAL, (c) => XML_ESCAPE[c] ?? "");
}

function decodeXml(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/**
 * Adds one cell style per number format to styles.xml (reusing an equal `<numFmt>` and `<xf>`); returns
 * the new XML and the style index of each format.
 */
export function addFormatStyles(
  stylesXml: string,
  formats: ReadonlySet<string>,
): { readonly xml: string; readonly styleOf: ReadonlyMap<string, number> } {
  const codeIds = new Map<string, number>();
  let maxId = 163;
  for (const m of stylesXml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)) {
    codeIds.set(decodeXml(m[2] ?? ""), Number(m[1]));
    maxId = Math.max(maxId, Number(m[1]));
  }
  const newFormats: string[] = [];
  const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (xfs === null) throw new Error("styles.xml ohne cellXfs");
  const existing = [...(xfs[2] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const added: string[] = [];
  const styleOf = new Map<string, number>();
  for (const format of formats) {
    let id = BUILTIN_FORMAT[format] ?? codeIds.get(format);
    if (id === undefined) {
      maxId += 1;
      id = maxId;
      codeIds.set(format, id);
      newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`);
    }
    const xf = `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    let index = existing.indexOf(xf);
    if (index < 0) {
      index = existing.length;
      existing.push(xf);
      added.push(xf);
    }
    styleOf.set(format, index);
  }
  let xml = stylesXml.replace(
    xfs[0],
    `<cellXfs count="${existing.length}">${xfs[2] ?? ""}${added.join("")}</cellXfs>`,
  );
  if (newFormats.length > 0) {
    const numFmts = /<numFmts count="(\d+)">([\s\S]*?)<\/numFmts>/.exec(xml);
    xml =
      numFmts === null
        ? xml.replace(
            /(<styleSheet\b[^>]*>)/,
            `$1<numFmts count="${newFormats.length}">${newFormats.join("")}</numFmts>`,
          )
        : xml.replace(
            numFmts[0],
            `<numFmts count="${Number(numFmts[1]) + newFormats.length}">${numFmts[2] ?? ""}${newFormats.join("")}</numFmts>`,
          );
  }
  return { xml, styleOf };
}

/** Appends strings to the shared-string table on demand; `xml()` gives the table with them. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private count: number;
  private readonly base: number;

  constructor(private readonly sourceXml: string) {
    let n = 0;
    for (let at = sourceXml.indexOf("<si>"); at >= 0; at = sourceXml.indexOf("<si>", at + 4)) n += 1;
    this.base = n;
    this.count = Number(/<sst\b[^>]*\bcount="(\d+)"/.exec(sourceXml)?.[1] ?? n);
  }

  of(text: string): number {
    this.count += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.base + this.added.length;
      this.index.set(text, i);
      const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
      this.added.push(`<si><t${space}>${escapeXml(text)}</t></si>`);
    }
    return i;
  }

  xml(): string {
    const unique = this.base + this.added.length;
    const open = /<sst\b[^>]*>/.exec(this.sourceXml)?.[0] ?? "<sst>";
    const newOpen = open
      .replace(/\bcount="\d+"/, `count="${this.count}"`)
      .replace(/\buniqueCount="\d+"/, `uniqueCount="${unique}"`);
    return this.sourceXml.replace(open, newOpen).replace("</sst>", `${this.added.join("")}</sst>`);
  }
}

/** The `<row>` elements of the data rows (ASCII only: strings are shared-string indices). */
function rowsXml(
  rows: InventoryRows,
  styleOf: ReadonlyMap<string, number>,
  strings: SharedStrings,
): Buffer[] {
  const letters = Array.from({ length: rows.columnCount }, (_, i) => columnLetters(i + 1));
  const styleAttribute = new Map([...styleOf].map(([format, index]) => [format, ` s="${index}"`]));
  const parts: Buffer[] = [];
  let chunk = "";
  rows.values.forEach((values, r) => {
    const rowNumber = rows.rowNumbers[r] ?? 0;
    const formats = rows.formats[r] ?? [];
    let xml = `<row r="${rowNumber}">`;
    for (let c = 0; c < rows.columnCount; c++) {
      const value = values[c] ?? null;
      const format = formats[c] ?? (value instanceof Date ? DATE_DEFAULT_FORMAT : undefined);
      const s = format === undefined ? "" : (styleAttribute.get(format) ?? "");
      const ref = `${letters[c] ?? ""}${rowNumber}`;
      if (typeof value === "string") xml += `<c r="${ref}"${s} t="s"><v>${strings.of(value)}</v></c>`;
      else if (typeof value === "number" && Number.isFinite(value))
        xml += `<c r="${ref}"${s}><v>${value}</v></c>`;
      else if (typeof value === "boolean") xml += `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      else if (value instanceof Date)
        xml += `<c r="${ref}"${s}><v>${25569 + value.getTime() / 86_400_000}</v></c>`;
      else if (s !== "") xml += `<c r="${ref}"${s}/>`;
    }
    // Encoded in blocks of rows: one Buffer per row costs more than the row, and a block's string (many
    // small pieces until encoded) is dropped at once. Only ASCII here, so latin1 is the exact encoding.
    chunk += `${xml}</row>`;
    if (r % 1000 === 999) {
      parts.push(Buffer.from(chunk, "latin1"));
      chunk = "";
    }
  });
  if (chunk !== "") parts.push(Buffer.from(chunk, "latin1"));
  return parts;
}

/** Every number format the rows use (dates without one get the built-in short date). */
function usedFormats(rows: InventoryRows): Set<string> {
  const used = new Set<string>();
  rows.values.forEach((values, r) => {
    const formats = rows.formats[r] ?? [];
    for (let c = 0; c < rows.columnCount; c++) {
      const format = formats[c] ?? (values[c] instanceof Date ? DATE_DEFAULT_FORMAT : undefined);
      if (format !== undefined) used.add(format);
    }
  });
  return used;
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`Teil ${path} fehlt im Paket`);
  return file.async("string");
}

/** The sheet XML with `rowXml` in place of ExcelJS's rows `from..to` and the dimension widened. */
function spliceSheetXml(sheetXml: string, rowXml: readonly Buffer[], from: number, to: number): Buffer {
  const open = sheetXml.indexOf("<sheetData>");
  const close = sheetXml.indexOf("</sheetData>");
  if (open < 0 || close < 0) throw new Error("Inventarblatt ohne Zeilen");
  const inner = sheetXml.slice(open + "<sheetData>".length, close);
  const before: string[] = [];
  const after: string[] = [];
  for (const m of inner.matchAll(/<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)) {
    const r = Number(m[1]);
    if (r < from) before.push(m[0]);
    else if (r > to) after.push(m[0]);
  }
  const head = sheetXml
    .slice(0, open)
    .replace(/<dimension ref="([A-Z]+\d+):([A-Z]+)(\d+)"\/>/, (all, tl: string, col: string, row: string) =>
      Number(row) >= to ? all : `<dimension ref="${tl}:${col}${to}"/>`,
    );
  return Buffer.concat([
    Buffer.from(`${head}<sheetData>${before.join("")}`, "utf8"),
    ...rowXml,
    Buffer.from(`${after.join("")}${sheetXml.slice(close)}`, "utf8"),
  ]);
}

/**
 * Writes `rows` into the package ExcelJS wrote: into the sheet part `sheetPath` (whose rows in the data
 * range, e.g. a table's placeholder row, are replaced), the shared strings and styles, and widens the
 * table `rows.tableName` (if given) to all rows.
 */
export async function spliceInventoryRows(zip: JSZip, sheetPath: string, rows: InventoryRows): Promise<void> {
  if (rows.values.length === 0) return;
  const styles = addFormatStyles(await readText(zip, "xl/styles.xml"), usedFormats(rows));
  const strings = new SharedStrings(await readText(zip, "xl/sharedStrings.xml"));
  const rowXml = rowsXml(rows, styles.styleOf, strings);
  const from = rows.headerRow + 1;
  const to = rows.rowNumbers.reduce((max, r) => (r > max ? r : max), from);
  zip.file(sheetPath, spliceSheetXml(await readText(zip, sheetPath), rowXml, from, to));
  zip.file("xl/styles.xml", styles.xml);
  zip.file("xl/sharedStrings.xml", strings.xml());
  if (rows.tableName === undefined) return;
  const ref = `A${rows.headerRow}:${columnLetters(rows.columnCount)}${rows.headerRow + rows.values.length}`;
  for (const path of Object.keys(zip.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f))) {
    const xml = await readText(zip, path);
    if (!xml.includes(`name="${escapeXml(rows.tableName)}"`)) continue;
    zip.file(
      path,
      xml
        .replace(/(<table\b[^>]*?\bref=")[^"]*"/, `$1${ref}"`)
        .replace(/(<autoFilter\b[^>]*?\bref=")[^"]*"/, `$1${ref}"`),
    );
  }
}
