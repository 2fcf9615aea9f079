/** Responsiveness with a 3,000-row inventory: the clustering runs in the worker, the main thread stays free. */
import { join } from "node:path";
import type { E2eTest } from "./internals/e2eTest";
import { check } from "./internals/expect";

export const largeInventory: E2eTest = {
  name: "3,000 rows: proposing keeps the main thread free (no long task > 100 ms)",
  run: async ({ browser, baseUrl, outDir, metric }) => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${baseUrl}?rows=3000`);
    await page.getByRole("button", { name: "Los geht’s" }).click();
    await page.getByText(/3\.000 Teilprozesse erkannt/).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Spalten bestätigen" }).click();
    const count = page.getByTestId("cluster-count");
    await count
      .getByText(/3\.000 Teilprozesse → [\d.]+ Bereiche?, [\d.]+ Cluster/)
      .waitFor({ timeout: 60_000 });
    const slider = page.getByRole("slider", { name: "Feinheit" });
    await slider.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, "90-3000-zeilen-vorschlag.png") });
    const timing = await page.evaluate(() => {
      const start = performance.getEntriesByName("prozesscluster:propose:start")[0]?.startTime ?? 0;
      const ready = performance.getEntriesByName("prozesscluster:propose:ready")[0]?.startTime ?? 0;
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      return {
        start,
        ready,
        during: tasks.filter((t) => t.start >= start).map((t) => Math.round(t.duration)),
        before: tasks.filter((t) => t.start < start).map((t) => Math.round(t.duration)),
      };
    });
    metric("3.000 Zeilen: Modell im Worker berechnet", `${Math.round(timing.ready - timing.start)} ms`);
    metric("3.000 Zeilen: Long Tasks beim Vorschlagen (ms)", JSON.stringify(timing.during));
    metric("3.000 Zeilen: Long Tasks vor dem Vorschlagen (Einlesen, ms)", JSON.stringify(timing.before));
    check(timing.ready > timing.start, "proposal never became ready");
    check(
      timing.during.every((d) => d <= 100),
      `long tasks while proposing: ${JSON.stringify(timing.during)}`,
    );
    await page.close();
  },
};
