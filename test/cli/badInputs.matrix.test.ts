import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { makeBadInputs, type BadInputCase } from "../../scripts/badInputs";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

let dir: string;
let cases: BadInputCase[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "prozesscluster-bad-"));
  cases = await makeBadInputs(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const checksum = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

async function run(args: readonly string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (out += t), cwd: dir };
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    const code = await main(
      args.map((a) => a.replaceAll("{dir}", dir)),
      io,
    );
    // No library warning (in English) reaches the console.
    expect(warn).not.toHaveBeenCalled();
    return { code, out };
  } finally {
    warn.mockRestore();
  }
}

function readCsv(path: string): string[][] {
  const text = readFileSync(path, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
}

describe("bad-input matrix: exit code, message, unchanged input", () => {
  // The case list is built in beforeAll; the titles are fixed, so the test table is generated from them.
  const titles = [
    "cluster: output = input is refused",
    "cluster: an .xlsx output is refused (CSV content)",
    "report: a .csv output is refused (xlsx content)",
    "report: output = input is refused",
    "report: a missing output folder",
    "cluster: formula-like cells are neutralised",
    "report keeps the user's sheets, rows and formats",
    "report on an inventory sheet named Diagramme",
    "a hidden sheet is not preferred",
    "a second table below ends the inventory",
    "UTF-16LE without BOM",
    "UTF-16BE without BOM",
    "UTF-16BE with BOM",
    "an .ods renamed to .xlsx",
    "an encrypted workbook",
    "an .xls renamed to .xlsx",
    "a CSV renamed to .xlsx",
    "a CSV name with brackets, quotes and > 31 characters",
    "a missing file",
    "an empty file",
    "no header",
    "singular: 1 Zeile",
    "repeated hints are grouped",
    "an unrecognised number column is warned about",
    "--spalte assigns a role",
    "--spalte with an unknown header",
    "--spalte with an unknown role",
    "--stichtag in German form",
    "--stichtag that is no date",
    "report: output is a folder",
    "cluster: output below a file",
    "report: parts the xlsx library drops are named",
    "report: overwriting a workbook with such parts is refused",
    "--version",
  ];
  it("lists every case of the generator", () => {
    expect(cases.map((c) => c.title)).toEqual(titles);
  });
  it.each(titles)("%s", async (title) => {
    const c = cases.find((x) => x.title === title) as BadInputCase;
    const before = c.inputs.map((f) => checksum(join(dir, f)));
    const result = await run(c.args);
    expect(result.out).toMatch(c.message);
    expect(result.code).toBe(c.exitCode);
    expect(result.out).not.toMatch(/Unerwarteter Fehler|\n\s+at /);
    expect(c.inputs.map((f) => checksum(join(dir, f)))).toEqual(before);
    if (c.exitCode !== 0 && c.output !== undefined) expect(existsSync(join(dir, c.output))).toBe(false);
  });
});

describe("bad-input matrix: output content", () => {
  it("neutralises formula-like CSV cells, keeps real numbers", async () => {
    await run(["cluster", join(dir, "formeln.csv"), "-o", join(dir, "formeln-check.csv")]);
    const rows = readCsv(join(dir, "formeln-check.csv"));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=1+1", "'=2+2", "Kfz-Zulassung", "Kfz-Abmeldung"]);
    expect(rows[1]?.[1]).toBe("'+49 511 616-0");
    expect(rows[2]?.[1]).toBe("'@SUMME(A1)");
    expect(rows[3]?.[1]).toBe("'-Abmeldung");
    expect(rows[1]?.[2]).toBe("-5");
    expect(rows[2]?.[2]).toBe("-1,5");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it("writes decimals with a comma and replaces its own columns on its own output", async () => {
    const first = join(dir, "eigen-1.csv");
    const second = join(dir, "eigen-2.csv");
    expect((await run(["cluster", join(dir, "eigen.xlsx"), "-o", first])).code).toBe(0);
    const rows = readCsv(first);
    expect(rows[0]).toEqual([
      "Leistung",
      "Status",
      "Betrag",
      "Quote",
      "Stichtag",
      "Aktiv",
      "Bereich",
      "Bereich-Begründung",
      "Cluster",
      "Cluster-Begründung",
    ]);
    expect(rows[1]?.slice(2, 4)).toEqual(["1234,56", "0,25"]);
    const again = await run(["cluster", first, "-o", second]);
    expect(again.code).toBe(0);
    expect(readCsv(second)[0]).toEqual(rows[0]);
  });

  it("keeps the user's sheets, notes, title rows, rows without a name and each column's type and format", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "eigen-bericht.xlsx"));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(["Cluster-Übersicht", "Diagramme"]);
    expect(names).toEqual(expect.arrayContaining(["Inventar", "Notizen"]));
    const notes = workbook.getWorksheet("Notizen") as ExcelJS.Worksheet;
    expect(notes.getCell("A1").value).toBe("Eigene Notiz");
    expect(notes.getCell("A1").note).toBe("bleibt erhalten");
    expect(notes.getCell("B2").formula).toBe("1+1");
    expect(notes.getColumn(1).width).toBe(33);
    const inventory = workbook.getWorksheet("Inventar") as ExcelJS.Worksheet;
    expect(inventory.getCell("A1").value).toBe("Prozessinventar Stand 2026");
    expect(inventory.getCell("A3").value).toBe("Leistung");
    expect(inventory.getCell("G3").value).toBe("Cluster");
    expect(inventory.getCell("C4").value).toBe(1234.56);
    expect(inventory.getCell("C4").numFmt).toBe('#,##0.00 "€"');
    expect(inventory.getCell("D4").value).toBe(0.25);
    expect(inventory.getCell("D4").numFmt).toBe("0%");
    expect(inventory.getCell("E4").value).toBeInstanceOf(Date);
    expect(inventory.getCell("F4").value).toBe(true);
    expect(inventory.getCell("A4").note).toBe("Kommentar der Nutzerin");
    // The row without a name stays (row 6), with its values.
    expect(inventory.getCell("A6").value).toBeNull();
    expect(inventory.getCell("C6").value).toBe(5);
    expect(inventory.getCell("A7").value).toBe("Wohngeld beantragen");
  });

  it("keeps an inventory sheet named like a report sheet and names the report's sheet differently", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "diagramme-bericht.xlsx"));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Diagramme", "Diagramme (Bericht)", "Notizen"]));
    expect(workbook.getWorksheet("Diagramme")?.getCell("A3").value).toBe("Leistung");
  });

  it("re-running the report on its own output reads the inventory, not the protocol, and keeps the user sheet", async () => {
    const again = join(dir, "eigen-bericht-2.xlsx");
    const result = await run(["report", join(dir, "eigen-bericht.xlsx"), "-o", again]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/3 Teilprozesse/);
    // The report's own charts are drawn again: no hint about lost charts.
    expect(result.out).not.toMatch(/Diagramme; diese sind im Bericht nicht enthalten/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(again);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.filter((n) => n === "Notizen")).toHaveLength(1);
    expect(names.filter((n) => n === "Inventar")).toHaveLength(1);
  });

  it("names charts on the user's own sheets as parts the report cannot carry over", async () => {
    // Without the settings sheet, "Diagramme" is a user sheet, and its charts would be lost.
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "eigen-bericht.xlsx")));
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file(
      "xl/workbook.xml",
      workbookXml.replace('name="Prozesscluster-Einstellungen"', 'name="Alte Einstellungen"'),
    );
    writeFileSync(join(dir, "fremde-diagramme.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const result = await run([
      "report",
      join(dir, "fremde-diagramme.xlsx"),
      "-o",
      join(dir, "fremde-bericht.xlsx"),
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Die Eingabe enthält Diagramme; diese sind im Bericht nicht enthalten/);
  });

  it("--ueberschreiben writes a dated backup with the original bytes first", async () => {
    const path = join(dir, "namen.csv");
    const original = checksum(path);
    const result = await run(["cluster", path, "-o", path, "--ueberschreiben"]);
    expect(result.code).toBe(0);
    const backup = readdirSync(dir).find((f) =>
      /^namen\.Sicherung-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.csv$/.test(f),
    );
    expect(backup).toBeDefined();
    expect(checksum(join(dir, backup as string))).toBe(original);
    expect(readCsv(path)[0]).toEqual([
      "Leistung",
      "Status",
      "Bereich",
      "Bereich-Begründung",
      "Cluster",
      "Cluster-Begründung",
    ]);
  });
});
