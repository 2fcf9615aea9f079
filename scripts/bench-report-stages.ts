/**
 * Where `report` spends time and memory on a large inventory: the same steps as the command, timed one by
 * one in this process, with the heap and RSS after each (peak RSS at the end).
 *
 * Run: npx tsx scripts/bench-report-stages.ts [rows]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clusterProcesses } from "../src/domain/clustering/clusterProcesses";
import { reviewStateFromProposal } from "../src/domain/review/reviewStateFromProposal";
import { loadCatalogue } from "../src/cli/loadCatalogue";
import { loadUsableInventory } from "../src/cli/loadUsableInventory";
import { reportClustersOf } from "../src/cli/xlsx/addReviewSheets";
import { writeReportWorkbook } from "../src/cli/xlsx/writeReportWorkbook";
import { makeBenchCsv } from "./benchInventory";

const ROWS = Number(process.argv[2] ?? 50_000);

function mark(label: string, started: number): number {
  const now = performance.now();
  const { rss, heapUsed } = process.memoryUsage();
  console.log(
    `${label.padEnd(26)} ${((now - started) / 1000).toFixed(1).padStart(6)} s   RSS ${Math.round(rss / 2 ** 20)} MB (Spitze bisher ${Math.round(process.resourceUsage().maxRSS / 1024)} MB), Heap ${Math.round(heapUsed / 2 ** 20)} MB`,
  );
  return now;
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "prozesscluster-stages-"));
  try {
    const input = join(dir, "inventar.csv");
    writeFileSync(input, makeBenchCsv(ROWS));
    let t = performance.now();
    const io = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text), cwd: dir };
    const loaded = await loadUsableInventory(input, {}, io);
    if ("exitCode" in loaded) throw new Error("not usable");
    t = mark(`lesen + parsen (${loaded.inventory.records.length})`, t);
    // As the command does by default: auto strategy, the sheet's headers and the shipped OZG catalogue.
    const catalogue = loadCatalogue();
    t = mark("OZG-Katalog laden", t);
    const proposal = clusterProcesses(loaded.inventory.records, {
      strategy: { kind: "auto" },
      headers: loaded.inventory.headers,
      catalogue,
    });
    t = mark("clustern (Engine)", t);
    const state = reviewStateFromProposal(proposal, loaded.inventory.records);
    t = mark("Prüfzustand", t);
    const report = await writeReportWorkbook(loaded.inventory, reportClustersOf(state), {
      summary: { stichtag: "2026-12-31", reifegradModell: "1.1" },
      base: { grid: loaded.file.grid },
    });
    mark(`xlsx schreiben (${Math.round(report.buffer.length / 1024)} KB)`, t);
    console.log(`Spitzen-RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
