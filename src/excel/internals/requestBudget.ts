/**
 * @internal Keeping every request and every response below Excel on the web's 5 MB limit
 * (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`). Office.js sends one JSON body
 * per `context.sync()`; its size is the JSON of the queued values plus a few hundred bytes per queued
 * action (object paths, names). Writes are queued through a `WriteBatcher`, which syncs before a block
 * would push the pending request over the budget; reads go through `readRowChunks`, which sizes each
 * chunk from what the previous response actually measured. `npm run bench:office` measures the real
 * serialized requests with Microsoft's office.js runtime.
 */

/** Our cap for one request or response: 0.5 MB of headroom below Excel on the web's 5 MB. */
export const REQUEST_LIMIT_BYTES = 4_500_000;

/**
 * Serialized bytes of one queued action besides its payload (object paths, action and property names).
 * Measured with the recording runtime: a property set on a derived range costs 250–450 bytes.
 */
export const ACTION_OVERHEAD_BYTES = 450;

/** UTF-8 bytes of `value` as JSON, which is how Office.js serializes values and formulas. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Splits `rows` into consecutive slices whose JSON (plus `perSlice` overhead) stays within `budget`.
 * A single row larger than the budget becomes a slice of its own (Excel will then refuse it, which
 * `toWorkbookError` explains). Returns `[start, end)` pairs.
 */
export function sliceRowsByBytes(
  rows: readonly unknown[],
  budget: number,
  perSlice = ACTION_OVERHEAD_BYTES,
): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  let size = perSlice;
  for (let r = 0; r < rows.length; r += 1) {
    const bytes = jsonBytes(rows[r]) + 1;
    if (r > start && size + bytes > budget) {
      slices.push([start, r]);
      start = r;
      size = perSlice;
    }
    size += bytes;
  }
  if (rows.length > start) slices.push([start, rows.length]);
  return slices;
}

/**
 * Queues writes and syncs whenever the next one would push the pending request over the budget.
 * `syncs` counts the syncs it made (for tests and diagnostics).
 */
export class WriteBatcher {
  private pending = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /** Bytes one request may carry. */
    readonly budget: number = REQUEST_LIMIT_BYTES,
  ) {}

  /** Queues `write` (estimated `bytes`), syncing first when the pending request would grow too big. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    write();
    this.pending += bytes;
  }

  /** Sends what is pending (no sync when nothing is). */
  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.pending = 0;
    this.syncs += 1;
    await this.context.sync();
  }
}

/** Options of `readRowChunks`. */
export interface RowChunkReader<T> {
  /** Rows to read in total. */
  readonly rows: number;
  /** First guess of response bytes per row, before anything was measured. */
  readonly bytesPerRow: number;
  /** Queues the load of rows `[start, start + count)` and returns a handle to take them from. */
  readonly load: (start: number, count: number) => T;
  /** After the sync: stores the loaded rows and returns their measured JSON bytes. */
  readonly take: (handle: T, start: number, count: number) => number;
  /** Response budget; default `REQUEST_LIMIT_BYTES`. */
  readonly budget?: number;
}

const isTooLarge = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  "code" in error &&
  (error.code === "ResponsePayloadSizeLimitExceeded" || error.code === "RequestPayloadSizeLimitExceeded");

/**
 * Reads rows in chunks, one sync each, sized so each response stays within the budget: the first chunk
 * from `bytesPerRow`, every further one from the largest bytes per row measured so far (+10 %). If Excel still
 * refuses a response as too large (a block of very long texts), that chunk is retried at half the rows.
 * Returns the number of syncs made.
 */
export async function readRowChunks<T>(
  context: Excel.RequestContext,
  reader: RowChunkReader<T>,
): Promise<number> {
  const budget = reader.budget ?? REQUEST_LIMIT_BYTES;
  let perRow = Math.max(1, reader.bytesPerRow);
  let measuredPerRow = 0;
  let syncs = 0;
  let start = 0;
  while (start < reader.rows) {
    const count = Math.max(1, Math.min(reader.rows - start, Math.floor(budget / perRow)));
    const handle = reader.load(start, count);
    try {
      // One sync per chunk is the point: a single response cannot carry more than the budget.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error) || count === 1) throw error;
      perRow = Math.max(perRow * 2, Math.ceil(budget / Math.max(1, Math.floor(count / 2))));
      syncs += 1;
      continue;
    }
    syncs += 1;
    const measured = reader.take(handle, start, count);
    // From now on sized by what was measured (10 % headroom for longer rows further down).
    measuredPerRow = Math.max(measuredPerRow, Math.ceil((measured / count) * 1.1));
    perRow = measuredPerRow;
    start += count;
  }
  return syncs;
}
