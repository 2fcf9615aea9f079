import { renderMessage } from "../../src/domain/messages/renderMessage";
/**
 * The re-run scenario of the review issue, through the CLI building blocks the `report` command uses:
 * report on the sample → change one process's `Cluster` cell by hand → report on that output keeps the
 * change and updates all counts.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { clusterProcesses } from "../../src/domain/clustering/clusterProcesses";
import { parseInventory } from "../../src/domain/inventory/parseInventory";
import type { Inventory } from "../../src/domain/inventory/types";
import { applyDecisionsToProposal, loadDecisions, type LoadedDecisions } from "../../src/cli/loadDecisions";
import { readInventoryFile } from "../../src/cli/readInventoryFile";
import { addReviewSheets, reportClustersOf } from "../../src/cli/xlsx/addReviewSheets";
import { readReviewSheets } from "../../src/cli/xlsx/reviewSheets";
import { writeReportWorkbook } from "../../src/cli/xlsx/writeReportWorkbook";
import { asWrittenToSheet } from "../domain/review/reviewFactories";

const SAMPLE = join(__dirname, "../../assets/sample/prozessinventar.xlsx");

async function report(input: string, output: string, sheet?: string, fresh = false) {
  const file = await readInventoryFile(input, sheet === undefined ? {} : { sheet });
  const inventory: Inventory = parseInventory(file.grid);
  const loaded: LoadedDecisions = await loadDecisions(input);
  const applied = applyDecisionsToProposal(
    inventory.records,
    loaded,
    (records, constraints) => clusterProcesses(records, { constraints }),
    { at: "2025-03-01T10:00:00.000Z", fresh },
  );
  const written = await writeReportWorkbook(inventory, reportClustersOf(applied.state), {
    summary: { stichtag: "2025-03-01", reifegradModell: "1.1" },
    addSheets: addReviewSheets({
      state: applied.state,
      settings: loaded.settings,
      previousProtocol: loaded.protocol,
      newEntries: applied.entries,
    }),
  });
  await writeFile(output, written.buffer);
  return { inventory, applied, written, sheetName: file.sheetName };
}

describe("report re-run keeps a hand edit in the Cluster column", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "prozesscluster-review-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps the change, marks it manual and updates the counts", async () => {
    const first = await report(SAMPLE, join(dir, "bericht1.xlsx"));
    const state = first.applied.state;
    const multi = state.clusterOrder.filter(
      (id) => Object.values(state.processes).filter((p) => p.clusterId === id).length >= 2,
    );
    const [fromId, toId] = multi;
    if (fromId === undefined || toId === undefined) throw new Error("sample has fewer than two clusters");
    const moved = Object.values(state.processes).find((p) => p.clusterId === fromId);
    if (moved === undefined) throw new Error("no member");
    const target = state.clusters[toId]?.name ?? "";

    // A reviewer edits one Cluster cell in the report's inventory sheet, as in Excel.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(join(dir, "bericht1.xlsx"));
    const inventorySheet =
      edited.getWorksheet(first.sheetName) ?? edited.worksheets.find((s) => s.getTables().length > 0);
    if (inventorySheet === undefined) throw new Error("inventory sheet missing");
    const headers = (inventorySheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const clusterColumn = headers.indexOf("Cluster");
    const record = first.inventory.records.find((r) => r.key === moved.key);
    if (record === undefined) throw new Error("record missing");
    const rowNumber = first.inventory.records.indexOf(record) + 2;
    inventorySheet.getCell(rowNumber, clusterColumn).value = target;
    await edited.xlsx.writeFile(join(dir, "bericht1-bearbeitet.xlsx"));

    const second = await report(
      join(dir, "bericht1-bearbeitet.xlsx"),
      join(dir, "bericht2.xlsx"),
      inventorySheet.name,
    );

    const after = second.applied.state;
    expect(after.processes[moved.key]).toMatchObject({ clusterId: toId, manual: true });
    expect(second.applied.summary?.handEdits).toBe(1);
    expect(renderMessage(second.applied.summary?.message ?? { code: "common.list" }, "de")).toContain(
      "1 Handänderung übernommen",
    );
    const sizeOf = (s: typeof state, id: string) =>
      Object.values(s.processes).filter((p) => p.clusterId === id).length;
    expect(sizeOf(after, toId)).toBe(sizeOf(state, toId) + 1);
    expect(sizeOf(after, fromId)).toBe(sizeOf(state, fromId) - 1);
    expect(second.written.clusters.find((c) => c.label === target)?.keys).toContain(moved.key);

    // The definitions sheet counts live over the table and carries the new count as cached result.
    const output = new ExcelJS.Workbook();
    await output.xlsx.readFile(join(dir, "bericht2.xlsx"));
    const definitions = output.getWorksheet("Cluster");
    // The ID is the last (hidden) column; the name is in A, Anzahl in F.
    const row = definitions?.getColumn(10).values.findIndex((v) => v === toId) ?? -1;
    expect(row).toBeGreaterThan(1);
    expect(definitions?.getColumn(10).hidden).toBe(true);
    expect(definitions?.getCell(row, 6).value).toEqual({
      formula: `COUNTIF(Prozesse[Cluster],A${row})`,
      result: sizeOf(after, toId),
    });
    expect(readReviewSheets(output).decisions?.state).toEqual(asWrittenToSheet(after));
    // The protocol was carried over and appended: first run (fresh proposal, no entry), second run one line.
    const protocol = output.getWorksheet("Änderungsprotokoll");
    expect(protocol?.getCell(2, 2).value).toBe("Neu berechnet (Kommandozeile)");

    // A third run on the unchanged output keeps everything (idempotent) — and --fresh drops the decision.
    const third = await report(join(dir, "bericht2.xlsx"), join(dir, "bericht3.xlsx"), inventorySheet.name);
    expect(third.applied.state).toEqual(after);
    expect(third.applied.summary?.handEdits).toBe(0);
    const fresh = await report(
      join(dir, "bericht2.xlsx"),
      join(dir, "bericht4.xlsx"),
      inventorySheet.name,
      true,
    );
    expect(fresh.applied.state.processes[moved.key]?.manual).toBe(false);
  }, 60_000);
});
