/**
 * Benchmark of the pane's responsiveness (`npm run bench:pane [-- --no-build] [--rows N] [--runs N]
 * [--dist DIR]`; `--dist` serves another preview build, e.g. one of the main branch, without building):
 * loads the production preview with a synthetic inventory of 10,000 rows in headless Chromium, walks
 * Los geht’s → Daten → Vorschlag → Prüfen → Bericht → Bericht erstellen, records the main thread's long
 * tasks (PerformanceObserver 'longtask') with their start times and prints per phase the number of
 * tasks over 50 ms and over 100 ms and the longest. It runs with the preview's sheet grid off
 * (`?grid=off`: only the pane's work, the figure the target is about: no task over 100 ms) and on,
 * for comparison. A phase runs from the click that starts it until no long task has been seen for
 * `SETTLE_MS`, so work that trails the visible result (saving, the preview list) counts too. A further
 * column subtracts the in-memory workbook's own work (reading, writing cells, the report's values: what
 * Excel does in its own process) from each task, using the spans src/workbook/memory marks.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./internals/launchChromium";
import { serveStatic } from "./internals/serveStatic";

/** Quiet time (no long task) after which a phase counts as finished. */
const SETTLE_MS = 1500;
/** A phase that never settles is cut off here (and reported as such). */
const PHASE_LIMIT_MS = 120_000;

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

interface PhaseResult {
  readonly phase: string;
  readonly durations: readonly number[];
  /** Each task's duration less the in-memory workbook's own work inside it (Excel's, outside the preview). */
  readonly paneDurations: readonly number[];
  readonly wallMs: number;
}

type PageWindow = { __longTasks: LongTask[] };

const root = resolve(__dirname, "../..");

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at < 0 ? undefined : Number(process.argv[at + 1]);
  return value === undefined || !Number.isFinite(value) || value <= 0 ? fallback : value;
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Waits until no long task has started or ended for `SETTLE_MS` (or `PHASE_LIMIT_MS` passed). */
async function settle(page: Page, since: number): Promise<void> {
  const deadline = Date.now() + PHASE_LIMIT_MS;
  for (;;) {
    const quiet = await page.evaluate((from) => {
      const tasks = (window as unknown as PageWindow).__longTasks;
      const last = tasks.reduce((end, t) => Math.max(end, t.start + t.duration), from);
      return performance.now() - last;
    }, since);
    if (quiet >= SETTLE_MS) return;
    if (Date.now() > deadline) throw new Error(`phase did not settle within ${PHASE_LIMIT_MS} ms`);
    await page.waitForTimeout(Math.max(100, SETTLE_MS - quiet));
  }
}

/** Runs one phase: `act` starts it and waits for its visible result; then the main thread settles. */
async function phase(page: Page, name: string, act: () => Promise<void>): Promise<PhaseResult> {
  const start = await now(page);
  await act();
  await settle(page, start);
  const end = await now(page);
  const tasks = await page.evaluate(
    ([from, to]) => {
      // Spans of the in-memory workbook's own work, marked by src/workbook/memory (measured.ts).
      const workbook = performance
        .getEntriesByType("measure")
        .filter((m) => m.name.startsWith("prozesscluster:workbook:"));
      return (window as unknown as PageWindow).__longTasks
        .filter((t) => t.start >= from && t.start < to)
        .map((t) => {
          const overlap = workbook.reduce((sum, m) => {
            const inside =
              Math.min(t.start + t.duration, m.startTime + m.duration) - Math.max(t.start, m.startTime);
            return sum + Math.max(0, inside);
          }, 0);
          return { duration: Math.round(t.duration), pane: Math.round(t.duration - overlap) };
        });
    },
    [start, end] as const,
  );
  return {
    phase: name,
    durations: tasks.map((t) => t.duration),
    paneDurations: tasks.map((t) => t.pane),
    wallMs: Math.round(end - start - SETTLE_MS),
  };
}

/** One walk through the pane with the grid on or off. */
async function walk(
  context: BrowserContext,
  url: string,
  rows: number,
  grid: boolean,
): Promise<PhaseResult[]> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks: LongTask[] = [];
    (window as unknown as PageWindow).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  const formatted = rows.toLocaleString("de-DE");
  const timeout = { timeout: PHASE_LIMIT_MS };
  const results: PhaseResult[] = [];
  // Opening includes the preview's own set-up (the synthetic inventory written into its in-memory workbook).
  results.push(
    await phase(page, "Öffnen (Vorschau legt Inventar an)", async () => {
      await page.goto(`${url}?rows=${rows}${grid ? "" : "&grid=off"}`);
      await page.getByRole("button", { name: "Los geht’s" }).waitFor(timeout);
    }),
  );
  results.push(
    await phase(page, "Daten (Los geht’s → Spalten erkannt)", async () => {
      await page.getByRole("button", { name: "Los geht’s" }).click();
      await page.getByText(`${formatted} Teilprozesse erkannt`).waitFor(timeout);
    }),
  );
  results.push(
    await phase(page, "Vorschlag (Spalten bestätigen → Vorschau)", async () => {
      await page.getByRole("button", { name: "Spalten bestätigen" }).click();
      await page.getByTestId("proposal-preview").waitFor(timeout);
    }),
  );
  results.push(
    await phase(page, "Prüfen (Vorschlag übernehmen → Liste, gespeichert)", async () => {
      await page.getByRole("button", { name: "Vorschlag übernehmen" }).click();
      await page.getByRole("heading", { name: "Prüfen" }).waitFor(timeout);
      await page.getByText("In der Arbeitsmappe gespeichert.").waitFor(timeout);
    }),
  );
  results.push(
    await phase(page, "Bericht (Weiter zum Bericht)", async () => {
      await page.getByRole("button", { name: "Weiter zum Bericht" }).click();
      await page.getByRole("heading", { name: "Bericht" }).waitFor(timeout);
    }),
  );
  results.push(
    await phase(page, "Bericht erstellen", async () => {
      await page.getByRole("button", { name: "Bericht erstellen" }).click();
      await page.getByText(/Der Bericht steht auf dem Blatt/).waitFor(timeout);
    }),
  );
  await page.close();
  return results;
}

function table(title: string, runs: readonly PhaseResult[][]): string {
  const lines = [
    title,
    "| phase | tasks > 50 ms | tasks > 100 ms | longest (ms) | tasks > 100 ms (ms) | without the workbook's own work: > 100 ms, longest (ms) | wall (ms) |",
    "|---|---|---|---|---|---|---|",
  ];
  const phases = runs[0] ?? [];
  phases.forEach((first, index) => {
    const all = runs.map((run) => run[index] ?? first);
    const per = (pick: (r: PhaseResult) => string) => all.map(pick).join(" / ");
    lines.push(
      `| ${first.phase} | ${per((r) => String(r.durations.filter((d) => d > 50).length))} | ` +
        `${per((r) => String(r.durations.filter((d) => d > 100).length))} | ` +
        `${per((r) => String(Math.max(0, ...r.durations)))} | ` +
        `${per((r) => JSON.stringify(r.durations.filter((d) => d > 100)))} | ` +
        `${per((r) => `${r.paneDurations.filter((d) => d > 100).length}, ${Math.max(0, ...r.paneDurations)}`)} | ` +
        `${per((r) => String(r.wallMs))} |`,
    );
  });
  return lines.join("\n");
}

async function main(): Promise<void> {
  const rows = argument("--rows", 10_000);
  const runs = argument("--runs", 1);
  const distAt = process.argv.indexOf("--dist");
  const dist = distAt < 0 ? undefined : process.argv[distAt + 1];
  if (dist === undefined && !process.argv.includes("--no-build")) {
    execFileSync("npx", ["webpack", "--env", "preview", "--mode", "production"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const server = await serveStatic(resolve(dist ?? resolve(root, "dist-preview")));
  const browser = await launchChromium();
  try {
    for (const grid of [false, true]) {
      const results: PhaseResult[][] = [];
      for (let run = 0; run < runs; run += 1)
        results.push(await walk(browser.context, server.url, rows, grid));
      const label = grid
        ? "grid on (pane + the preview's sheet grid)"
        : "grid off (`?grid=off`: the pane alone)";
      console.log(`\n${table(`${rows.toLocaleString("en")} rows, ${label}; runs separated by /`, results)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
