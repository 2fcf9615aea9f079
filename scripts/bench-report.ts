/**
 * Size benchmark of `prozesscluster report`: writes an inventory of N rows (default 50,000) made from the
 * sample inventory's rows (names varied by a running number, so the clustering sees realistic text), then
 * runs the real command in a child process under `/usr/bin/time -v` and prints wall time and peak RSS.
 * The issue's target: 50,000 rows in ≤ 20 s at ≤ 800 MB peak RSS on the 2-core machine.
 *
 * Run: npm run bench:report [-- rows]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { makeBenchCsv } from "./benchInventory";

const ROWS = Number(process.argv[2] ?? 50_000);
const ROOT = join(__dirname, "..");

const dir = mkdtempSync(join(tmpdir(), "prozesscluster-bench-"));
try {
  const input = join(dir, "inventar.csv");
  writeFileSync(input, makeBenchCsv(ROWS));
  const output = join(dir, "bericht.xlsx");
  const timeBinary = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  const command = [
    join(ROOT, "bin/prozesscluster.js"),
    "report",
    input,
    "-o",
    output,
    "--stichtag",
    "2026-12-31",
  ];
  const loadBefore = loadavg()[0]?.toFixed(1) ?? "?";
  const started = Date.now();
  const run =
    timeBinary === null
      ? spawnSync(process.execPath, command, { encoding: "utf8" })
      : spawnSync(timeBinary, ["-v", process.execPath, ...command], { encoding: "utf8" });
  const seconds = (Date.now() - started) / 1000;
  const rssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  // CPU seconds (user + system): on the shared machine the wall time depends on what else runs.
  const cpu =
    Number(/User time \(seconds\): ([\d.]+)/.exec(run.stderr)?.[1] ?? NaN) +
    Number(/System time \(seconds\): ([\d.]+)/.exec(run.stderr)?.[1] ?? NaN);
  const load = loadavg()[0]?.toFixed(1) ?? "?";
  process.stdout.write(run.stdout);
  if (run.status !== 0) process.stderr.write(run.stderr);
  console.log(
    `report, ${ROWS} Zeilen: ${seconds.toFixed(1)} s (CPU ${Number.isNaN(cpu) ? "unbekannt" : `${cpu.toFixed(1)} s`}, Last vorher ${loadBefore}, nachher ${load}), Spitzen-RSS ${rssKb === undefined ? "unbekannt (kein /usr/bin/time)" : `${Math.round(Number(rssKb) / 1024)} MB`}, Exit-Code ${run.status}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
