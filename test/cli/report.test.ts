import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportCommand } from "../../src/cli/commands/report";
import type { CliIo } from "../../src/cli/io";
import { fileFormula } from "../../src/cli/xlsx/fileFormula";
import { writeReportWorkbook } from "../../src/cli/xlsx/writeReportWorkbook";
import { makeInventory, sampleRows } from "../support/summaryInventories";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample", "prozessinventar.xlsx");

function capture(cwd: string): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd }, out, err };
}

describe("fileFormula", () => {
  it("prefixes functions newer than Excel 2007 with _xlfn., outside string literals only", () => {
    expect(fileFormula('IF(A1=0,"MINIFS(x)",MINIFS(B:B,C:C,"a"))')).toBe(
      'IF(A1=0,"MINIFS(x)",_xlfn.MINIFS(B:B,C:C,"a"))',
    );
    expect(fileFormula("COUNTIFS(A:A,1)+SUMIFS(B:B,A:A,1)")).toBe("COUNTIFS(A:A,1)+SUMIFS(B:B,A:A,1)");
  });
});

describe("writeReportWorkbook", () => {
  it("adds chart parts, a drawing before tableParts and the _xlfn form; keeps the inventory's columns plus Cluster and Bereich", async () => {
    const { inventory, clusters } = makeInventory(sampleRows(12));
    const hook = jest.fn((wb: ExcelJS.Workbook) => void wb.addWorksheet("Cluster-Definitionen"));
    const report = await writeReportWorkbook(inventory, clusters, {
      summary: { stichtag: "2025-12-31", reifegradModell: "1.1" },
      addSheets: hook,
    });
    expect(hook).toHaveBeenCalledTimes(1);
    const zip = await JSZip.loadAsync(report.buffer);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d\.xml$/.test(f))).toHaveLength(3);
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const chart1 = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
    // Horizontal bars in the table's order: reversed category axis, value axis crossing at its end.
    expect(chart1).toContain('<c:orientation val="maxMin"/>');
    expect(chart1).toContain('<c:crosses val="max"/>');
    expect(chart1).toContain('<c:grouping val="percentStacked"/>');
    expect(chart1).toContain("<c:f>'Diagramme'!$A$5:$A$9</c:f>");
    const overviewXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(overviewXml).toContain("_xlfn.MINIFS(");
    const chartSheetXml = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    expect(chartSheetXml).toMatch(/<drawing r:id="rId\d+"\/>/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.buffer as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Cluster-Übersicht",
      "Diagramme",
      "Prozessinventar",
      "Cluster-Definitionen",
      "Verlauf",
      "Verlauf Prozesse",
    ]);
    const inv = wb.getWorksheet("Prozessinventar");
    expect(inv?.getRow(1).values).toEqual([undefined, ...inventory.headers, "Cluster", "Bereich"]);
    expect(inv?.getCell(5, 2).value).toBe("=SUMME(1;2) Formel im Namen");
  });
});

describe("prozesscluster report", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pc-report-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the report for the sample inventory", async () => {
    const { io, out } = capture(dir);
    const code = await reportCommand(
      [SAMPLE, "-o", "bericht.xlsx", "--stichtag", "2025-12-31", "--drucksache", "2026/0815"],
      io,
    );
    expect(code).toBe(0);
    expect(out.join("")).toMatch(
      /Bericht geschrieben: bericht\.xlsx \(\d+ Teilprozesse → \d+ Bereiche, \d+ Cluster/,
    );
    const zip = await JSZip.loadAsync(await readFile(join(dir, "bericht.xlsx")));
    expect(zip.file("xl/charts/chart1.xml")).not.toBeNull();
  }, 60_000);

  it("explains wrong usage in German with exit code 2", async () => {
    const { io, err } = capture(dir);
    expect(await reportCommand([SAMPLE], io)).toBe(2);
    expect(err.join("")).toMatch(/Zieldatei/);
    expect(await reportCommand([SAMPLE, "-o", "x.xlsx", "--stichtag", "31.02.2025"], capture(dir).io)).toBe(
      2,
    );
    expect(await reportCommand([SAMPLE, "-o", "x.xlsx", "--by", "quatsch"], capture(dir).io)).toBe(2);
  }, 60_000);

  it("reports a missing inventory file with exit code 1", async () => {
    const { io, err } = capture(dir);
    expect(await reportCommand(["gibtsnicht.xlsx", "-o", "x.xlsx"], io)).toBe(1);
    expect(err.join("")).toMatch(/nicht gefunden/);
  });
});
