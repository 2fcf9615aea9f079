/**
 * Runs `work` and records its span as the performance measure `prozesscluster:workbook:<name>`, so
 * `npm run bench:pane` can tell the in-memory workbook's own work (Excel's, outside the preview) apart
 * from the pane's in the same long task. Where the host has no `performance.measure`, it only runs.
 * @internal
 */
export function measured<T>(name: string, work: () => T): T {
  const clock = typeof performance === "undefined" ? undefined : performance;
  const start = clock?.now() ?? 0;
  try {
    return work();
  } finally {
    if (clock !== undefined && typeof clock.measure === "function")
      clock.measure(`prozesscluster:workbook:${name}`, { start, end: clock.now() });
  }
}
