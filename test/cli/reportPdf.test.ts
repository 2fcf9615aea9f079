/**
 * `report --pdf`: the PDF holds the committee attachment only, in German number format, with page numbers
 * that count the attachment. Rendered by LibreOffice (installed in CI; the suite says so and skips where not).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { reportCommand } from "../../src/cli/commands/report";
import { findSoffice } from "../../src/cli/convertWithLibreOffice";
import type { CliIo } from "../../src/cli/io";
import { attachmentOnly } from "../../src/cli/xlsx/attachmentOnly";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample", "prozessinventar.xlsx");
const haveTools = findSoffice() !== null && spawnOk("pdftotext");

function spawnOk(command: string): boolean {
  try {
    execFileSync(command, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function capture(cwd: string): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd }, out, err };
}

describe("attachmentOnly", () => {
  it("hides every sheet but the attachment's, changing nothing else", async () => {
    const zip = new JSZip();
    zip.file(
      "xl/workbook.xml",
      '<workbook><bookViews><workbookView activeTab="2"/></bookViews><sheets>' +
        '<sheet name="Cluster-Übersicht" sheetId="1" r:id="rId1"/><sheet name="Prozesse &amp; mehr" sheetId="2" r:id="rId2"/>' +
        '<sheet name="Diagramme" sheetId="3" state="hidden" r:id="rId3"/></sheets></workbook>',
    );
    zip.file("xl/other.xml", "<x/>");
    const out = await JSZip.loadAsync(
      await attachmentOnly(await zip.generateAsync({ type: "nodebuffer" }), [
        "Cluster-Übersicht",
        "Diagramme",
      ]),
    );
    const xml = (await out.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(xml).toContain('<sheet name="Cluster-Übersicht" sheetId="1" r:id="rId1"/>');
    expect(xml).toContain('<sheet name="Prozesse &amp; mehr" sheetId="2" r:id="rId2" state="hidden"/>');
    expect(xml).toContain('<sheet name="Diagramme" sheetId="3" r:id="rId3"/>');
    expect(xml).not.toContain("activeTab");
    expect(await out.file("xl/other.xml")?.async("string")).toBe("<x/>");
  });
});

(haveTools ? describe : describe.skip)("report --pdf (LibreOffice)", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "prozesscluster-pdf-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("renders the attachment only, in German number format, counting its own pages", async () => {
    const { io, out, err } = capture(dir);
    const code = await reportCommand([SAMPLE, "-o", "bericht.xlsx", "--stichtag", "2026-12-31", "--pdf"], io);
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const pdf = join(dir, "bericht.pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(out.join("")).toContain("PDF der Anlage geschrieben");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain(`Seite 1 von ${pages}`);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    // German format: thousands with a dot, decimals with a comma, euros after the number.
    expect(text).toMatch(/\b\d{1,3}(\.\d{3})+ €/);
    expect(text).toMatch(/\d+,\d%/);
    expect(text).not.toMatch(/\b\d{1,3}(,\d{3})+\b/);
    // Not the inventory nor the review sheets.
    expect(text).not.toContain("Änderungsprotokoll");
    expect(text).not.toContain("P-001");
    // The workbook itself is unchanged: every sheet still visible as written.
    const zip = await JSZip.loadAsync(await readFile(join(dir, "bericht.xlsx")));
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toContain('name="Änderungsprotokoll"');
  }, 120_000);
});
