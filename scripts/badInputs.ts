/**
 * The bad-input matrix of issue 14: files that real users hand to `inspect`, `cluster` and `report`
 * (their own workbooks, renamed files, odd encodings, injected formulas …), each with the command line to
 * run and what must happen. Used by `test/cli/badInputs.matrix.test.ts`; `npm run fixtures:bad-inputs`
 * writes the files into a folder to try them by hand.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** One case: files to create, arguments, and the expected exit code and message. */
export interface BadInputCase {
  readonly title: string;
  /** Arguments; `{dir}` is replaced by the fixture folder. */
  readonly args: readonly string[];
  readonly exitCode: 0 | 1 | 2;
  /** Must occur in stdout + stderr. */
  readonly message: RegExp;
  /** Files (relative to the folder) that must not change. */
  readonly inputs: readonly string[];
  /** Output file the case checks further (relative), if any. */
  readonly output?: string;
}

const NAMES = ["Kfz-Zulassung", "Kfz-Abmeldung", "Wohngeld beantragen", "Elterngeld beantragen"];

function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.join(";")).join("\r\n") + "\r\n";
}

/** An inventory workbook with a title row, a row without a name, typed extra columns and a user sheet. */
async function userWorkbook(path: string, inventorySheet = "Inventar"): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(inventorySheet);
  sheet.getCell("A1").value = "Prozessinventar Stand 2026";
  sheet.mergeCells("A1:C1");
  sheet.addRow([]);
  sheet.getRow(3).values = ["Leistung", "Status", "Betrag", "Quote", "Stichtag", "Aktiv"];
  const rows: (string | number | boolean | Date | null)[][] = [
    ["Kfz-Zulassung", "online", 1234.56, 0.25, new Date(Date.UTC(2026, 5, 30)), true],
    ["Kfz-Abmeldung", "in Planung", 10, 0.5, new Date(Date.UTC(2026, 6, 1)), false],
    [null, "online", 5, 0.1, null, true],
    ["Wohngeld beantragen", "online", 7, 0.75, null, false],
  ];
  rows.forEach((values, i) => {
    const row = sheet.getRow(4 + i);
    row.values = values;
    row.getCell(3).numFmt = '#,##0.00 "€"';
    row.getCell(4).numFmt = "0%";
    row.getCell(5).numFmt = "dd.mm.yyyy";
  });
  sheet.getCell("A4").note = "Kommentar der Nutzerin";
  const notes = workbook.addWorksheet("Notizen");
  notes.getCell("B2").value = { formula: "1+1", result: 2 };
  notes.getCell("A1").value = "Eigene Notiz";
  notes.getCell("A1").note = "bleibt erhalten";
  notes.getColumn(1).width = 33;
  await workbook.xlsx.writeFile(path);
}

async function twoSheets(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const hidden = workbook.addWorksheet("Alt", { state: "hidden" });
  hidden.addRows([
    ["Leistung", "Status"],
    ["Alter Prozess", "online"],
    ["Noch einer", "online"],
  ]);
  const visible = workbook.addWorksheet("Neu");
  visible.addRows([["Prozess", "Status"], ...NAMES.map((n) => [n, "online"])]);
  await workbook.xlsx.writeFile(path);
}

async function odsRenamed(path: string): Promise<void> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
}

function oleFile(path: string, stream: string): void {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  writeFileSync(
    path,
    Buffer.concat([header, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(512)]),
  );
}

function utf16(text: string, order: "le" | "be", bom: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  const bytes = order === "le" ? le : Buffer.from(le).swap16();
  const mark = order === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

/** A workbook with a pivot-table part, which ExcelJS would drop on a round trip. */
async function withPivotPart(source: string, path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  zip.file("xl/pivotTables/pivotTable1.xml", '<pivotTableDefinition name="PivotTable1"/>');
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
}

/** Writes every fixture into `dir` and returns the cases. */
export async function makeBadInputs(dir: string): Promise<BadInputCase[]> {
  const names = csv([["Leistung", "Status"], ...NAMES.map((n) => [n, "online"])]);
  writeFileSync(join(dir, "namen.csv"), `\uFEFF${names}`);
  writeFileSync(
    join(dir, "formeln.csv"),
    csv([
      ["Leistung", "Bemerkung", "Saldo"],
      ["=1+1", "+49 511 616-0", "-5"],
      ["\t=2+2", "@SUMME(A1)", "-1,5"],
      ["Kfz-Zulassung", "-Abmeldung", "3"],
      ["Kfz-Abmeldung", "\r=HYPERLINK(1)", "4"],
    ]),
  );
  await userWorkbook(join(dir, "eigen.xlsx"));
  await userWorkbook(join(dir, "diagramme.xlsx"), "Diagramme");
  await withPivotPart(join(dir, "eigen.xlsx"), join(dir, "pivot.xlsx"));
  mkdirSync(join(dir, "ordner.xlsx"), { recursive: true });
  await twoSheets(join(dir, "verborgen.xlsx"));
  writeFileSync(
    join(dir, "zwei-tabellen.csv"),
    csv([
      ["Leistung", "Status"],
      ...NAMES.map((n) => [n, "online"]),
      [""],
      ["Projekt", "Status", "Bemerkung"],
      ["Neubau", "offen", "x"],
    ]),
  );
  const plain = `Leistung;Status\r\n${NAMES.map((n) => `${n} ä;online`).join("\r\n")}\r\n`;
  writeFileSync(join(dir, "utf16le.csv"), utf16(plain, "le", false));
  writeFileSync(join(dir, "utf16be.csv"), utf16(plain, "be", false));
  writeFileSync(join(dir, "utf16be-bom.csv"), utf16(plain, "be", true));
  await odsRenamed(join(dir, "tabelle.xlsx"));
  oleFile(join(dir, "geheim.xlsx"), "EncryptionInfo");
  oleFile(join(dir, "alt.xlsx"), "Workbook");
  writeFileSync(join(dir, "text.xlsx"), names);
  writeFileSync(join(dir, '[Inventar] "2026" mit einem sehr langen Dateinamen.csv'), names);
  writeFileSync(join(dir, "leer.csv"), "");
  writeFileSync(join(dir, "ohne-kopf.csv"), "1;2;3\r\n4;5;6\r\n");
  writeFileSync(
    join(dir, "ohne-namen.csv"),
    csv([
      ["Leistung", "Amt"],
      ["Kfz-Zulassung", "32"],
      ["", "33"],
    ]),
  );
  writeFileSync(
    join(dir, "spalten.csv"),
    csv([
      ["Leistung", "Menge XY", "Status"],
      ["Kfz-Zulassung", "12", "unklar"],
      ["Kfz-Abmeldung", "7", "unklar"],
      ["Wohngeld", "3", "unklar"],
    ]),
  );
  const d = (name: string): string => join("{dir}", name);
  return [
    {
      title: "cluster: output = input is refused",
      args: ["cluster", d("namen.csv"), "-o", d("namen.csv")],
      exitCode: 2,
      message: /ist die Eingabedatei.*--ueberschreiben/s,
      inputs: ["namen.csv"],
    },
    {
      title: "cluster: an .xlsx output is refused (CSV content)",
      args: ["cluster", d("eigen.xlsx"), "-o", d("eigen.xlsx")],
      exitCode: 2,
      message: /muss auf \.csv enden/,
      inputs: ["eigen.xlsx"],
    },
    {
      title: "report: a .csv output is refused (xlsx content)",
      args: ["report", d("namen.csv"), "-o", d("namen.csv")],
      exitCode: 2,
      message: /muss auf \.xlsx enden/,
      inputs: ["namen.csv"],
    },
    {
      title: "report: output = input is refused",
      args: ["report", d("eigen.xlsx"), "-o", d("eigen.xlsx")],
      exitCode: 2,
      message: /ist die Eingabedatei/,
      inputs: ["eigen.xlsx"],
    },
    {
      title: "report: a missing output folder",
      args: ["report", d("namen.csv"), "-o", d("fehlt/bericht.xlsx")],
      exitCode: 1,
      message: /den Ordner gibt es nicht/,
      inputs: ["namen.csv"],
    },
    {
      title: "cluster: formula-like cells are neutralised",
      args: ["cluster", d("formeln.csv"), "-o", d("formeln-out.csv")],
      exitCode: 0,
      message: /Geschrieben/,
      inputs: ["formeln.csv"],
      output: "formeln-out.csv",
    },
    {
      title: "report keeps the user's sheets, rows and formats",
      args: ["report", d("eigen.xlsx"), "-o", d("eigen-bericht.xlsx"), "--stichtag", "31.12.2026"],
      exitCode: 0,
      message: /Bericht geschrieben/,
      inputs: ["eigen.xlsx"],
      output: "eigen-bericht.xlsx",
    },
    {
      title: "report on an inventory sheet named Diagramme",
      args: ["report", d("diagramme.xlsx"), "-o", d("diagramme-bericht.xlsx")],
      exitCode: 0,
      message: /Bericht geschrieben/,
      inputs: ["diagramme.xlsx"],
      output: "diagramme-bericht.xlsx",
    },
    {
      title: "a hidden sheet is not preferred",
      args: ["inspect", d("verborgen.xlsx")],
      exitCode: 0,
      message: /Blatt: +Neu/,
      inputs: ["verborgen.xlsx"],
    },
    {
      title: "a second table below ends the inventory",
      args: ["inspect", d("zwei-tabellen.csv")],
      exitCode: 0,
      message: /Prozesse: +4\b[\s\S]*Die Tabelle endet vor Zeile 7/,
      inputs: ["zwei-tabellen.csv"],
    },
    {
      title: "UTF-16LE without BOM",
      args: ["inspect", d("utf16le.csv")],
      exitCode: 0,
      message: /utf-16le[\s\S]*Prozesse: +4/,
      inputs: ["utf16le.csv"],
    },
    {
      title: "UTF-16BE without BOM",
      args: ["inspect", d("utf16be.csv")],
      exitCode: 0,
      message: /utf-16be[\s\S]*Prozesse: +4/,
      inputs: ["utf16be.csv"],
    },
    {
      title: "UTF-16BE with BOM",
      args: ["inspect", d("utf16be-bom.csv")],
      exitCode: 0,
      message: /utf-16be-bom[\s\S]*Prozesse: +4/,
      inputs: ["utf16be-bom.csv"],
    },
    {
      title: "an .ods renamed to .xlsx",
      args: ["inspect", d("tabelle.xlsx")],
      exitCode: 1,
      message: /OpenDocument-Tabelle/,
      inputs: ["tabelle.xlsx"],
    },
    {
      title: "an encrypted workbook",
      args: ["inspect", d("geheim.xlsx")],
      exitCode: 1,
      message: /mit einem Kennwort verschlüsselt/,
      inputs: ["geheim.xlsx"],
    },
    {
      title: "an .xls renamed to .xlsx",
      args: ["inspect", d("alt.xlsx")],
      exitCode: 1,
      message: /alten Excel-Format/,
      inputs: ["alt.xlsx"],
    },
    {
      title: "a CSV renamed to .xlsx",
      args: ["inspect", d("text.xlsx")],
      exitCode: 1,
      message: /Textdatei/,
      inputs: ["text.xlsx"],
    },
    {
      title: "a CSV name with brackets, quotes and > 31 characters",
      args: ["report", d('[Inventar] "2026" mit einem sehr langen Dateinamen.csv'), "-o", d("klammern.xlsx")],
      exitCode: 0,
      message: /Bericht geschrieben/,
      inputs: ['[Inventar] "2026" mit einem sehr langen Dateinamen.csv'],
    },
    {
      title: "a missing file",
      args: ["inspect", d("fehlt.csv")],
      exitCode: 1,
      message: /wurde nicht gefunden/,
      inputs: [],
    },
    {
      title: "an empty file",
      args: ["cluster", d("leer.csv"), "-o", d("x.csv")],
      exitCode: 1,
      message: /ist leer/,
      inputs: ["leer.csv"],
    },
    {
      title: "no header",
      args: ["report", d("ohne-kopf.csv"), "-o", d("x.xlsx")],
      exitCode: 1,
      message: /Keine Kopfzeile gefunden/,
      inputs: ["ohne-kopf.csv"],
    },
    {
      title: "singular: 1 Zeile",
      args: ["inspect", d("ohne-namen.csv")],
      exitCode: 0,
      message: /\(1 Zeile ohne Namen ausgeschlossen\)/,
      inputs: ["ohne-namen.csv"],
    },
    {
      title: "repeated hints are grouped",
      args: ["inspect", d("spalten.csv")],
      exitCode: 0,
      message: /Zeilen 2, 3, 4 \(3 Zeilen\), Spalte „Status“/,
      inputs: ["spalten.csv"],
    },
    {
      title: "an unrecognised number column is warned about",
      args: ["inspect", d("spalten.csv")],
      exitCode: 0,
      message: /Spalte „Menge XY“: Die Spalte enthält Zahlen/,
      inputs: ["spalten.csv"],
    },
    {
      title: "--spalte assigns a role",
      args: ["inspect", d("spalten.csv"), "--spalte", "Menge XY=fallzahl"],
      exitCode: 0,
      message: /Menge XY +Fallzahl p\.a\. \(fallzahl\), 100 %/,
      inputs: ["spalten.csv"],
    },
    {
      title: "--spalte with an unknown header",
      args: ["inspect", d("spalten.csv"), "--spalte", "Gibtsnicht=fallzahl"],
      exitCode: 2,
      message: /Die Spalte „Gibtsnicht“ aus --spalte gibt es nicht/,
      inputs: ["spalten.csv"],
    },
    {
      title: "--spalte with an unknown role",
      args: ["inspect", d("spalten.csv"), "--spalte", "Menge XY=quatsch"],
      exitCode: 2,
      message: /Unbekannte Rolle „quatsch“/,
      inputs: ["spalten.csv"],
    },
    {
      title: "--stichtag in German form",
      args: ["report", d("namen.csv"), "-o", d("stichtag.xlsx"), "--stichtag", "31.12.2026"],
      exitCode: 0,
      message: /Bericht geschrieben/,
      inputs: ["namen.csv"],
    },
    {
      title: "--stichtag that is no date",
      args: ["report", d("namen.csv"), "-o", d("stichtag.xlsx"), "--stichtag", "31.02.2026"],
      exitCode: 2,
      message: /kein gültiges Datum/,
      inputs: ["namen.csv"],
    },
    {
      title: "report: output is a folder",
      args: ["report", d("namen.csv"), "-o", d("ordner.xlsx")],
      exitCode: 1,
      message: /ist ein Ordner, keine Datei/,
      inputs: ["namen.csv"],
    },
    {
      title: "cluster: output below a file",
      args: ["cluster", d("namen.csv"), "-o", d("namen.csv/x.csv")],
      exitCode: 1,
      message: /ein Teil des Pfads ist kein Ordner/,
      inputs: ["namen.csv"],
    },
    {
      title: "report: parts the xlsx library drops are named",
      args: ["report", d("pivot.xlsx"), "-o", d("pivot-bericht.xlsx")],
      exitCode: 0,
      message: /Die Eingabe enthält Pivot-Tabellen; diese sind im Bericht nicht enthalten/,
      inputs: ["pivot.xlsx"],
    },
    {
      title: "report: overwriting a workbook with such parts is refused",
      args: ["report", d("pivot.xlsx"), "-o", d("pivot.xlsx"), "--ueberschreiben"],
      exitCode: 1,
      message: /enthält Pivot-Tabellen; diese gingen beim Überschreiben verloren/,
      inputs: ["pivot.xlsx"],
    },
    {
      title: "--version",
      args: ["--version"],
      exitCode: 0,
      message: /^prozesscluster \d+\.\d+\.\d+/,
      inputs: [],
    },
  ];
}

/** `npm run fixtures:bad-inputs -- <folder>`: writes the files and lists the cases. */
if (require.main === module) {
  const dir = process.argv[2] ?? ".";
  void makeBadInputs(dir).then((cases) => {
    for (const c of cases)
      console.log(`${c.title}: prozesscluster ${c.args.join(" ").replaceAll("{dir}", dir)}`);
  });
}
