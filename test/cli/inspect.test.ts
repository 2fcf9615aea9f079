import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { inspectCommand, type InspectJson } from "../../src/cli/commands/inspect";
import type { CliIo } from "../../src/cli/io";
import type { ColumnRole } from "../../src/domain/inventory/types";

const ROOT = join(__dirname, "..", "..");

interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(args: string[], cwd = ROOT): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd };
  const code = await inspectCommand(args, io);
  return { code, stdout, stderr };
}

async function runJson(args: string[], cwd = ROOT): Promise<InspectJson & { code: number; stderr: string }> {
  const result = await run([...args, "--json"], cwd);
  return { ...(JSON.parse(result.stdout) as InspectJson), code: result.code, stderr: result.stderr };
}

/** Windows-1252 bytes of a text (only the characters the tests use). */
function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => (ch === "€" ? 0x80 : ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)),
  );
}

const SAMPLE_ROLES: Record<string, ColumnRole> = {
  ID: "id",
  Leistung: "name",
  "LeiKa-Schlüssel": "leikaKey",
  "OZG-ID": "ozgId",
  "OZG-Leistung": "ozgName",
  Themenfeld: "themenfeld",
  Lebenslage: "lebenslage",
  Dezernat: "dezernat",
  Fachbereich: "fachbereich",
  Fachanwendung: "fachanwendung",
  Hersteller: "hersteller",
  Status: "status",
  "Reifegrad Ist": "reifegrad",
  "Reifegrad Ziel": "reifegradZiel",
  Reifegradmodell: "reifegradModell",
  "Fallzahl p.a.": "fallzahl",
  "davon online": "fallzahlOnline",
  "Kosten einmalig (€)": "kostenEinmalig",
  "Kosten laufend p.a. (€)": "kostenLaufend",
  "Geplante Umsetzung": "termin",
  Priorität: "prioritaet",
  Bemerkung: "bemerkung",
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "prozesscluster-inspect-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("inspect on the shipped sample", () => {
  it.each(["assets/sample/prozessinventar.xlsx", "assets/sample/prozessinventar.csv"])(
    "%s: all 22 roles recognised with full confidence, no issues",
    async (file) => {
      const result = await runJson([file]);
      expect(result.code).toBe(0);
      expect(result.headerRow).toBe(1);
      expect(result.rows).toBeGreaterThanOrEqual(200);
      expect(result.rows).toBeLessThanOrEqual(300);
      expect(Object.fromEntries(result.columns.map((c) => [c.header, c.role]))).toEqual(SAMPLE_ROLES);
      expect(result.columns.every((c) => c.confidence === 1)).toBe(true);
      expect(result.issues).toEqual([]);
    },
  );

  it("names the sheet and table in the text report", async () => {
    const result = await run(["assets/sample/prozessinventar.xlsx"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Blatt:       Prozessinventar (Tabelle „Prozesse“)");
    expect(result.stdout).toContain("Reifegrad Ziel (reifegradZiel), 100 %");
    expect(result.stdout).toContain("Hinweise:    keine");
  });
});

describe("inspect on messy files", () => {
  it("reads an xlsx with a title row, formulas, rich text, errors, hidden rows and a damaged key", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Deckblatt").getCell("A1").value = "Prozessinventar – bitte Blatt 2 verwenden";
    const sheet = workbook.addWorksheet("Inventar 2026");
    sheet.getCell("A1").value = "Prozessinventar Fachbereich Verkehr";
    sheet.mergeCells("A1:F1");
    sheet.addRow([]);
    sheet.addRow(["Nr.", "Prozess", "LeiKa-Nr.", "Umsetzungsstand", "Fallzahl", "Termin"]);
    sheet.addRow([
      1,
      "Kfz-Zulassung",
      "99036008007000",
      "online",
      { formula: "1000*12", result: 12000 },
      new Date(Date.UTC(2026, 11, 31)),
    ]);
    sheet.addRow([
      2,
      { richText: [{ text: "Führerschein " }, { font: { bold: true }, text: "Umtausch" }] },
      99023001000000,
      "geplant",
      5000,
      46387,
    ]);
    sheet.addRow([3, "Abmeldung", 9.9036e13, { error: "#N/A" }, 100, null]);
    sheet.getRow(6).hidden = true;
    sheet.getCell("F5").numFmt = "dd.mm.yyyy";
    const path = join(dir, "titel.xlsx");
    await workbook.xlsx.writeFile(path);

    const result = await runJson([path]);
    expect(result).toMatchObject({ code: 0, sheet: "Inventar 2026", headerRow: 3, rows: 3 });
    expect(result.columns.map((c) => c.role)).toEqual([
      "id",
      "name",
      "leikaKey",
      "status",
      "fallzahl",
      "termin",
    ]);
    expect(result.issues.map((i) => [i.row, i.kind])).toEqual([
      [6, "hiddenRow"],
      [6, "errorCell"],
      [6, "leikaScientific"],
    ]);
    expect(result.issues[1]?.message).toBe(
      "Zeile 6, Spalte „Umsetzungsstand“: Die Zelle enthält den Fehlerwert #N/A und wird als leer behandelt.",
    );

    const chosen = await runJson([path, "--sheet", "Deckblatt"]);
    expect(chosen.code).toBe(1);
    expect(chosen.stderr).toContain("Keine Kopfzeile gefunden");
  });

  it("reads a Windows-1252 semicolon CSV with German numbers", async () => {
    const text = [
      "Lfd. Nr.;Leistungsbezeichnung;Zuständigkeit;Priorität;Kosten einmalig (€);Geplante Umsetzung",
      "1;Führerschein Erteilung;Straßenverkehrsamt;hoch;1.234,50 €;31.12.2026",
      "2;Größenänderung Grundstück;Bauamt;niedrig;;",
      "",
    ].join("\r\n");
    const path = join(dir, "ansi.csv");
    writeFileSync(path, windows1252(text));
    const result = await runJson([path]);
    expect(result).toMatchObject({ code: 0, sheet: "ansi.csv", headerRow: 1, rows: 2, issues: [] });
    expect(result.columns.map((c) => [c.header, c.role])).toEqual([
      ["Lfd. Nr.", "id"],
      ["Leistungsbezeichnung", "name"],
      ["Zuständigkeit", "fachbereich"],
      ["Priorität", "prioritaet"],
      ["Kosten einmalig (€)", "kostenEinmalig"],
      ["Geplante Umsetzung", "termin"],
    ]);
    const textReport = await run([path]);
    expect(textReport.stdout).toContain("CSV, windows-1252, Trennzeichen „;“");
  });

  it("reads a tab-separated UTF-8 file without BOM and counts CSV lines from the header", async () => {
    const path = join(dir, "tabs.csv");
    writeFileSync(
      path,
      "Export vom 01.10.2026\nProzess\tStatus\tFachbereich\nAnmeldung\tunklar\tBürgeramt\n\tonline\tBürgeramt\n",
    );
    const result = await runJson([path]);
    expect(result).toMatchObject({ code: 0, headerRow: 2, rows: 1 });
    expect(result.issues.map((i) => [i.row, i.kind])).toEqual([
      [3, "unknownStatus"],
      [4, "blankName"],
    ]);
  });

  it("reads a comma-separated English CSV", async () => {
    const path = join(dir, "english.csv");
    writeFileSync(
      path,
      'Process name,Status,Cases per year\n"Parking permit, residents",online,"1,200.00"\n',
    );
    const result = await runJson([path]);
    expect(result).toMatchObject({ code: 0, rows: 1 });
    expect(result.columns.map((c) => c.role)).toEqual(["name", "status", "fallzahl"]);
  });
});

describe("inspect refuses unusable input with exit 1 and a German message", () => {
  const write = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ["a missing file", () => join(dir, "fehlt.xlsx"), "wurde nicht gefunden"],
    ["an empty file", () => write("leer.csv", ""), "ist leer"],
    ["a damaged workbook", () => write("kaputt.xlsx", "kein zip"), "keine lesbare Excel-Arbeitsmappe"],
    ["an old .xls file", () => write("alt.xls", "x"), "Bitte in Excel als .xlsx speichern"],
    ["a file without header", () => write("zahlen.csv", "1;2;3\n4;5;6\n"), "Keine Kopfzeile gefunden"],
    [
      "a file without name column",
      () => write("ohne-name.csv", "ID;Status;Amt\n1;online;32\n"),
      "Keine Spalte mit dem Namen der Leistung",
    ],
    ["a header without rows", () => write("nur-kopf.csv", "Leistung;Status\n"), "stehen keine Daten"],
  ])("%s", async (_title, makePath, message) => {
    const result = await run([makePath()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it("an unknown sheet name lists the sheets", async () => {
    const result = await run(["assets/sample/prozessinventar.xlsx", "--sheet", "Gibtsnicht"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Vorhandene Blätter: „Prozessinventar“");
  });
});

describe("inspect usage", () => {
  it.each([[[]], [["a.csv", "b.csv"]], [["a.csv", "--gibtsnicht"]], [["a.csv", "--sheet"]]])(
    "exits 2 for %p",
    async (args) => {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Aufruf: prozesscluster inspect");
    },
  );

  it("prints help with exit 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--sheet NAME");
  });
});
