/**
 * The request-size guarantees of `npm run bench:office`, at smaller sizes: the real adapters on
 * Microsoft's office.js runtime, with a budget scaled down with the data, so the splitting is exercised.
 */
import { applySummaryPlan } from "../../src/excel/applySummaryPlan";
import { readInventory } from "../../src/excel/readInventory";
import { writeReviewStore } from "../../src/excel/reviewStore";
import { largest, measure } from "../../scripts/bench-office";
import { inventoryWorkload, reportPlanOf, reviewWriteOf } from "../../scripts/internals/officeWorkloads";

const all = () => true;
const BUDGET = 150_000;

describe("request sizes on the real office.js runtime", () => {
  const workload = inventoryWorkload(1_500);

  it("reads 1,500 rows in responses within the budget", async () => {
    let rows = 0;
    const syncs = await measure(workload, async (context) => {
      rows =
        (await readInventory(context, { supports: all, maxBytesPerSync: BUDGET }))?.grid.values.length ?? 0;
    });
    expect(rows).toBe(1_501);
    expect(syncs.length).toBeGreaterThan(3);
    expect(largest(syncs, true)).toBeLessThanOrEqual(BUDGET);
  });

  it("writes a review of 1,500 processes in requests within the budget", async () => {
    const write = reviewWriteOf(workload, 30);
    const unsplit = largest(await measure(workload, (context) => writeReviewStore(context, write)), false);
    const syncs = await measure(workload, (context) => writeReviewStore(context, write, BUDGET));
    expect(unsplit).toBeGreaterThan(BUDGET);
    expect(largest(syncs, false)).toBeLessThanOrEqual(BUDGET);
    expect(syncs.length).toBeGreaterThan(3);
  });

  it("writes the report with 60 annex sheets in requests within the budget", async () => {
    const plan = reportPlanOf(workload, 60, true);
    expect(plan.sheets.length).toBeGreaterThan(60);
    const unsplit = largest(
      await measure(workload, (context) => applySummaryPlan(context, plan, { supports: all })),
      false,
    );
    const syncs = await measure(workload, (context) =>
      applySummaryPlan(context, plan, { supports: all, maxRequestBytes: BUDGET }),
    );
    expect(unsplit).toBeGreaterThan(BUDGET);
    expect(largest(syncs, false)).toBeLessThanOrEqual(BUDGET);
  });
});
