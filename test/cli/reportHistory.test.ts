/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies. */
/**
 * "Verlauf": a second report on the first one's workbook, with a later Stichtag and changed statuses,
 * keeps the first snapshot unchanged, and every change value on the overview, recalculated by
 * LibreOffice, equals the difference this test computes itself from the two recalculated reports.
 */
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { reportCommand } from "../../src/cli/commands/report";
import type { CliIo } from "../../src/cli/io";
import {
  findSoffice,
  formulaResult,
  recalculate,
  type Recalculated,
  type ReadResult,
} from "../support/libreoffice";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample", "prozessinventar.xlsx");

function capture(cwd: string): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd }, out, err };
}

/** One KPI row of the overview: its table (page 1 or the cluster table), label and values by header. */
interface OverviewRow {
  readonly table: number;
  readonly row: number;
  readonly label: string;
  readonly values: ReadonlyMap<string, ReadResult>;
}

/** The overview's KPI rows as LibreOffice computed them: every row below a header row with "Anzahl Prozesse". */
function overviewRows(recalculated: Recalculated): OverviewRow[] {
  const ws = recalculated.workbook.getWorksheet("Cluster-Übersicht");
  if (ws === undefined) throw new Error("Cluster-Übersicht fehlt");
  const rows: OverviewRow[] = [];
  let headers: string[] | null = null;
  let table = -1;
  for (let r = 1; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const texts = Array.from({ length: ws.columnCount }, (_, c) => row.getCell(c + 1).text);
    if (texts.includes("Anzahl Prozesse")) {
      headers = texts;
      table += 1;
      continue;
    }
    const label = texts[0] ?? "";
    if (headers === null || label === "" || row.getCell(2).formula === undefined) continue;
    const values = new Map<string, ReadResult>();
    headers.forEach((h, c) => {
      if (c > 0 && h !== "") values.set(h, formulaResult(row.getCell(c + 1), recalculated));
    });
    rows.push({ table, row: r, label, values });
  }
  return rows;
}

const num = (v: ReadResult | undefined): number => {
  if (typeof v !== "number") throw new Error(`keine Zahl: ${JSON.stringify(v)}`);
  return v;
};

const soffice = findSoffice();

(soffice === null ? describe.skip : describe)("report history (Verlauf) with LibreOffice", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "prozesscluster-verlauf-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("appends a snapshot, keeps the earlier one and shows the change since the previous Stichtag", async () => {
    await copyFile(SAMPLE, join(dir, "inventar.xlsx"));
    const first = capture(dir);
    expect(
      await reportCommand(["inventar.xlsx", "-o", "bericht-1.xlsx", "--stichtag", "30.06.2026"], first.io),
    ).toBe(0);

    // Between the committee dates: eight processes go online, one gets a new ID (gone + new).
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(join(dir, "bericht-1.xlsx"));
    const inventory = edited.getWorksheet("Prozessinventar");
    if (inventory === undefined) throw new Error("Prozessinventar fehlt");
    const header = inventory.getRow(1).values as unknown[];
    const statusCol = header.indexOf("Status");
    const idCol = header.indexOf("ID");
    const wentOnline: string[] = [];
    for (let r = 3; r <= inventory.rowCount && wentOnline.length < 8; r += 1) {
      const cell = inventory.getCell(r, statusCol);
      if (cell.text === "online") continue;
      cell.value = "online";
      wentOnline.push(inventory.getCell(r, idCol).text);
    }
    inventory.getCell(2, idCol).value = "NEU-0001";
    await edited.xlsx.writeFile(join(dir, "bericht-1-bearbeitet.xlsx"));

    const second = capture(dir);
    expect(
      await reportCommand(
        ["bericht-1-bearbeitet.xlsx", "-o", "bericht-2.xlsx", "--stichtag", "31.12.2026"],
        second.io,
      ),
    ).toBe(0);
    expect(second.err.join("")).toBe("");

    const before = await recalculate(
      await readFile(join(dir, "bericht-1.xlsx")),
      join(dir, "recalc"),
      "eins",
    );
    const after = await recalculate(await readFile(join(dir, "bericht-2.xlsx")), join(dir, "recalc"), "zwei");

    // The first snapshot is carried over value for value; the second one follows it.
    const history = (r: Recalculated): string[][] => {
      const ws = r.workbook.getWorksheet("Verlauf");
      const out: string[][] = [];
      ws?.eachRow((row) =>
        out.push((row.values as unknown[]).slice(1).map((v) => JSON.stringify(v ?? null))),
      );
      return out;
    };
    const earlier = history(before);
    const later = history(after);
    expect(earlier.length).toBeGreaterThan(10);
    expect(later.slice(0, earlier.length)).toEqual(earlier);
    expect(later.length).toBeGreaterThanOrEqual(earlier.length * 2 - 2);
    expect(later.slice(earlier.length).every((row) => row[0]?.startsWith('"2026-12-31'))).toBe(true);

    // Every change value = the difference between the two recalculated reports, row by row.
    const old = overviewRows(before);
    const now = overviewRows(after);
    const changeHeaders = ["online seit Vorbericht", "Veränderung Online-Quote", "Veränderung Ø Reifegrad"];
    expect(now.length).toBeGreaterThan(10);
    let compared = 0;
    const used = new Set<OverviewRow>();
    for (const row of now) {
      const then = old.find((o) => o.table === row.table && o.label === row.label && !used.has(o));
      if (then !== undefined) used.add(then);
      for (const h of changeHeaders) expect(row.values.has(h)).toBe(true);
      const actual = changeHeaders.map((h) => row.values.get(h));
      if (then === undefined) {
        expect(actual).toEqual(["neu", "neu", "neu"]);
        continue;
      }
      const online = num(row.values.get("davon online")) - num(then.values.get("davon online"));
      const quote =
        num(row.values.get("Online-Quote")) -
        num(then.values.get("davon online")) / num(then.values.get("Anzahl Prozesse"));
      const avgNow = row.values.get("Ø Reifegrad");
      const avgThen = then.values.get("Ø Reifegrad");
      expect(actual[0]).toBeCloseTo(online, 9);
      expect(actual[1]).toBeCloseTo(quote, 9);
      if (typeof avgNow === "number" && typeof avgThen === "number")
        expect(actual[2]).toBeCloseTo(avgNow - avgThen, 9);
      else expect(actual[2]).toBe("–");
      compared += 1;
    }
    expect(compared).toBeGreaterThan(10);
    expect(now.find((r) => r.label === "Summe")?.values.get("online seit Vorbericht")).toBe(
      wentOnline.length,
    );

    // "Seit dem letzten Bericht": the eight went online (all existed before), one new ID, one gone.
    const ws = after.workbook.getWorksheet("Cluster-Übersicht");
    const block = new Map<string, unknown>();
    ws?.eachRow((row) => block.set(row.getCell(1).text, row.getCell(2).value));
    expect(block.get("Seit dem letzten Bericht vom:")).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(block.get("neu online (Prozesse, die es damals schon gab):")).toBe(wentOnline.length);
    expect(block.get("neu im Inventar:")).toBe(1);
    expect(block.get("nicht mehr im Inventar:")).toBe(1);

    // The trend sums the totals of both Stichtage.
    const charts = after.workbook.getWorksheet("Diagramme");
    const trend: string[] = [];
    charts?.eachRow((row) => {
      if (/^\d{2}\.\d{2}\.\d{4}$/.test(row.getCell(1).text)) trend.push(row.getCell(1).text);
    });
    expect(trend).toEqual(["30.06.2026", "31.12.2026"]);
  }, 180_000);
});
