/**
 * The review issue's re-run scenario through the real `report` command: report on the sample, change one
 * process's `Cluster` cell by hand in the output, run `report` on that output — the change is kept and the
 * live counts follow it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { reportCommand } from "../../src/cli/commands/report";
import type { CliIo } from "../../src/cli/io";
import { readProtocol, readReviewSheets } from "../../src/cli/xlsx/reviewSheets";

const SAMPLE = join(__dirname, "../../assets/sample/prozessinventar.xlsx");

function capture(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
}

/** Cluster name → member count in the report's Cluster column. */
function countsOf(sheet: ExcelJS.Worksheet, column: number): Map<string, number> {
  const counts = new Map<string, number>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const name = String(row.getCell(column).value ?? "");
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return counts;
}

describe("prozesscluster report on its own output", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "prozesscluster-rerun-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps a hand edit in the Cluster column and updates the counts", async () => {
    const io = capture(dir);
    expect(await reportCommand([SAMPLE, "-o", "b1.xlsx", "--stichtag", "2026-11-25"], io)).toBe(0);

    const first = new ExcelJS.Workbook();
    await first.xlsx.readFile(join(dir, "b1.xlsx"));
    const inventory = first.getWorksheet("Prozessinventar");
    if (inventory === undefined) throw new Error("inventory sheet missing");
    const headers = (inventory.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const clusterColumn = headers.indexOf("Cluster");
    expect(clusterColumn).toBeGreaterThan(0);
    const before = countsOf(inventory, clusterColumn);
    const [from, to] = [...before.entries()].filter(([, n]) => n >= 2).map(([name]) => name);
    if (from === undefined || to === undefined) throw new Error("need two clusters with members");
    let editedRow = 0;
    inventory.eachRow((row, n) => {
      if (editedRow === 0 && n > 1 && row.getCell(clusterColumn).value === from) editedRow = n;
    });
    const processName = String(inventory.getCell(editedRow, 2).value);
    inventory.getCell(editedRow, clusterColumn).value = to;
    await first.xlsx.writeFile(join(dir, "b1-bearbeitet.xlsx"));

    const io2 = capture(dir);
    expect(
      await reportCommand(
        ["b1-bearbeitet.xlsx", "-o", "b2.xlsx", "--stichtag", "2026-11-25", "--person", " Eva Muster "],
        io2,
      ),
    ).toBe(0);
    expect(io2.out.join("")).toContain("1 Handänderung übernommen");

    const second = new ExcelJS.Workbook();
    await second.xlsx.readFile(join(dir, "b2.xlsx"));
    const inventory2 = second.getWorksheet("Prozessinventar");
    if (inventory2 === undefined) throw new Error("inventory sheet missing");
    const after = countsOf(inventory2, clusterColumn);
    expect(after.get(to)).toBe((before.get(to) ?? 0) + 1);
    expect(after.get(from)).toBe((before.get(from) ?? 0) - 1);
    // The same process (by name and row) now sits in the target cluster, marked as a manual decision.
    expect(inventory2.getCell(editedRow, 2).value).toBe(processName);
    expect(inventory2.getCell(editedRow, clusterColumn).value).toBe(to);
    const state = readReviewSheets(second).decisions?.state;
    const moved = Object.values(state?.processes ?? {}).find((p) => p.name === processName);
    expect(moved?.manual).toBe(true);
    // The definitions sheet counts live over the inventory table.
    const definitions = second.getWorksheet("Cluster");
    let formula = "";
    definitions?.eachRow((row) => {
      if (row.getCell(1).value === to) formula = JSON.stringify(row.getCell(6).value);
    });
    expect(formula).toContain("COUNTIF(Prozesse[Cluster]");
    expect(formula).toContain(`"result":${after.get(to)}`);

    // The re-run's protocol entry names the person (--person) and its local time as a date-time.
    const protocol = second.getWorksheet("Änderungsprotokoll");
    const last = protocol?.getRow(protocol.actualRowCount);
    expect(last?.getCell(6).value).toBe("Eva Muster");
    expect(last?.getCell(1).numFmt).toBe("dd.mm.yyyy hh:mm");
    expect(last?.getCell(1).value).toBeInstanceOf(Date);
    const entries = readProtocol(second);
    expect(entries[entries.length - 1]?.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);

    // --fresh ignores the decision.
    const io3 = capture(dir);
    expect(
      await reportCommand(["b2.xlsx", "-o", "b3.xlsx", "--stichtag", "2026-11-25", "--fresh"], io3),
    ).toBe(0);
    expect(io3.out.join("")).not.toContain("Prüfentscheidungen");
  }, 120_000);
});
