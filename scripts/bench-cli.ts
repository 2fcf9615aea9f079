/**
 * Start-up benchmark of the command line as users run it (bin/prozesscluster.js, which loads the bundle
 * dist-cli/prozesscluster.js; `npx` adds npm's own start on top, see README) against the same CLI from
 * the TypeScript sources through tsx (`npm run cli`, how the bin ran before the bundle). Each case is
 * started `runs` times, bundle and sources in turn, and reported as median and minimum wall time and
 * median CPU time (user + system, from GNU time; a busy shared machine inflates wall time, CPU time much
 * less). The bare Node start is printed for comparison. The last line is one `cluster` run on 3,086 rows
 * per variant, where the engine dominates.
 * The target: `--version`, `--help` and `inspect` of a small file start in ≤ 0.3 s.
 *
 * Run: npm run bench:cli [-- runs]   (builds the bundle first when it is missing)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { makeBenchCsv } from "./benchInventory";

const RUNS = Number(process.argv[2] ?? 15);
const ROOT = join(__dirname, "..");
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const VARIANTS = {
  bundle: [join(ROOT, "bin", "prozesscluster.js")],
  sources: ["--import", "tsx", join(ROOT, "scripts", "cli.ts")],
} as const;
type Variant = keyof typeof VARIANTS;

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number | undefined;
}

/** One start of the CLI; throws when it fails, so a broken bundle is not timed as a fast one. */
function runOnce(variant: Variant, args: readonly string[]): Sample {
  return timeCommand([...VARIANTS[variant], ...args], `${variant} ${args.join(" ")}`);
}

/** Starts `node …args` once under GNU time (when installed); wall and CPU time of the child. */
function timeCommand(args: readonly string[], title: string): Sample {
  const command = [process.execPath, ...args];
  const started = process.hrtime.bigint();
  const run =
    GNU_TIME === null
      ? spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" })
      : spawnSync(GNU_TIME, ["-f", "CPU %U %S", ...command], { cwd: ROOT, encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${title}: Exit ${run.status}\n${run.stderr}`);
  const cpu = /CPU (\d+\.\d+) (\d+\.\d+)\s*$/.exec(run.stderr);
  return { wallMs, cpuMs: cpu === null ? undefined : (Number(cpu[1]) + Number(cpu[2])) * 1000 };
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Median and minimum wall time and median CPU time, in ms. */
function summarise(list: readonly Sample[]): string {
  const wall = list.map((s) => s.wallMs);
  const cpu = list.flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs]));
  const cpuText = cpu.length === 0 ? "" : `, CPU ${median(cpu).toFixed(0)}`;
  return `${median(wall).toFixed(0)} (min ${Math.min(...wall).toFixed(0)}${cpuText})`;
}

function measure(args: readonly string[], runs: number): Record<Variant, string> {
  const samples: Record<Variant, Sample[]> = { bundle: [], sources: [] };
  for (let i = 0; i < runs; i++)
    for (const variant of Object.keys(VARIANTS) as Variant[]) samples[variant].push(runOnce(variant, args));
  return { bundle: summarise(samples.bundle), sources: summarise(samples.sources) };
}

/** Node's own start without any of our code: what a busy machine costs every variant alike. */
function bareNode(runs: number): string {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(timeCommand(["-e", "0"], "node -e 0"));
  return summarise(samples);
}

/** The first rows of the bench inventory as CSV and as .xlsx. */
async function writeSmallFiles(dir: string, rows: number): Promise<{ csv: string; xlsx: string }> {
  const text = makeBenchCsv(rows);
  const csv = join(dir, `inventar-${rows}.csv`);
  writeFileSync(csv, text);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Prozesse");
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true });
  sheet.addRows(parsed.data);
  const xlsx = join(dir, `inventar-${rows}.xlsx`);
  await workbook.xlsx.writeFile(xlsx);
  return { csv, xlsx };
}

async function benchCli(): Promise<void> {
  if (!existsSync(join(ROOT, "dist-cli", "prozesscluster.js")))
    spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "prozesscluster-bench-"));
  try {
    const small = await writeSmallFiles(dir, 3);
    const big = join(dir, "inventar-3086.csv");
    writeFileSync(big, makeBenchCsv(3086));
    const cases: [string, readonly string[], number][] = [
      ["--version", ["--version"], RUNS],
      ["--help", ["--help"], RUNS],
      ["inspect, 3 Zeilen CSV", ["inspect", small.csv], RUNS],
      ["inspect, 3 Zeilen .xlsx", ["inspect", small.xlsx], RUNS],
      ["cluster, 3.086 Zeilen CSV", ["cluster", big, "-o", join(dir, "out.csv")], 1],
    ];
    console.log(
      `Start der Kommandozeile, ms (Median von ${RUNS} Starts, bei cluster 1 Start), Node ${process.version}\n`,
    );
    console.log("| Fall | Bundle (bin/prozesscluster.js) | Quellen über tsx (npm run cli) |");
    console.log("|---|---|---|");
    console.log(`| nur Node (node -e 0), zum Vergleich | ${bareNode(RUNS)} | |`);
    for (const [title, args, runs] of cases) {
      const result = measure(args, runs);
      console.log(`| ${title} | ${result.bundle} | ${result.sources} |`);
    }
    if (GNU_TIME === null)
      console.log("\nCPU-Zeit fehlt: /usr/bin/time (Debian-Paket „time“) ist nicht installiert.");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void benchCli();
