/**
 * `npm run bench:office`: the largest single request of each workbook operation, measured with
 * Microsoft's own office.js runtime (npm @microsoft/office-js, loaded into jsdom; see
 * scripts/internals/officeRecorder.ts) running the real adapters of src/excel. A read-only workbook
 * model answers the reads. Prints one JSON line:
 *   {"requests": {"read_10k": bytes, "read_50k": …, "reviewWrite_10k": …, "reviewWrite_50k": …,
 *                 "reportWrite_10k": …, "reportWrite_10k_annex_300": …}}
 * Each figure is the largest serialized payload of one `context.sync()` of that operation — the request
 * body, or for reads the response (the side Excel on the web limits to 5 MB that grows with the data).
 * Exits 1 when any request or response is above 4.5 MB. Details (syncs, totals, largest response —
 * written sheets are kept by the model, so reading the new report back is measured too) go to stderr.
 */
import { applySummaryPlan } from "../src/excel/applySummaryPlan";
import { readInventory } from "../src/excel/readInventory";
import { writeReviewStore } from "../src/excel/reviewStore";
import { REQUEST_LIMIT_BYTES } from "../src/excel/internals/requestBudget";
import { recordingContext, type RecordedSync } from "./internals/officeRecorder";
import { inventoryWorkload, reportPlanOf, reviewWriteOf, type Workload } from "./internals/officeWorkloads";
import { workbookResponder } from "./internals/workbookResponder";

type Operation = (context: Excel.RequestContext) => Promise<unknown>;

/** Runs one operation on a fresh recording context; returns its syncs. */
export async function measure(workload: Workload, operation: Operation): Promise<readonly RecordedSync[]> {
  const { context, syncs } = recordingContext(workbookResponder(workload.model));
  await operation(context);
  return syncs;
}

/** Largest single payload: request bodies, and responses too when `withResponses` (reads). */
export function largest(syncs: readonly RecordedSync[], withResponses: boolean): number {
  return Math.max(
    0,
    ...syncs.map((s) => (withResponses ? Math.max(s.requestBytes, s.responseBytes) : s.requestBytes)),
  );
}

const all = () => true;

async function main(): Promise<void> {
  const results: Record<string, number> = {};
  const details: Record<string, unknown> = {};
  const record = (name: string, syncs: readonly RecordedSync[], reads: boolean) => {
    results[name] = largest(syncs, reads);
    details[name] = {
      syncs: syncs.length,
      totalRequestBytes: syncs.reduce((n, s) => n + s.requestBytes, 0),
      largestResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    };
  };
  const w10 = inventoryWorkload(10_000);
  const w50 = inventoryWorkload(50_000);
  record("read_10k", await measure(w10, (c) => readInventory(c, { supports: all })), true);
  record("read_50k", await measure(w50, (c) => readInventory(c, { supports: all })), true);
  record("reviewWrite_10k", await measure(w10, (c) => writeReviewStore(c, reviewWriteOf(w10, 100))), false);
  record("reviewWrite_50k", await measure(w50, (c) => writeReviewStore(c, reviewWriteOf(w50, 300))), false);
  record(
    "reportWrite_10k",
    await measure(w10, (c) => applySummaryPlan(c, reportPlanOf(w10, 100, false), { supports: all })),
    false,
  );
  record(
    "reportWrite_10k_annex_300",
    await measure(w10, (c) => applySummaryPlan(c, reportPlanOf(w10, 300, true), { supports: all })),
    false,
  );
  console.error(JSON.stringify(details));
  console.log(JSON.stringify({ requests: results }));
  // Requests (the JSON line) and every response (stderr details) must stay within 4.5 MB.
  const responses = Object.entries(details).map(
    ([name, d]) => [name, (d as { largestResponseBytes: number }).largestResponseBytes] as const,
  );
  const over = [...Object.entries(results), ...responses].filter(([, bytes]) => bytes > REQUEST_LIMIT_BYTES);
  if (over.length > 0) {
    console.error(`Über 4,5 MB: ${over.map(([name]) => name).join(", ")}`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
