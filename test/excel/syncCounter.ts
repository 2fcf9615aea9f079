/**
 * Counts `context.sync()` calls on an office-addin-mock context (the mock itself does not count).
 * Every adapter test asserts its sync budget with it, e.g. `expect(counter.count).toBe(1)`.
 */
export interface SyncCounter {
  readonly count: number;
}

export function countSyncs(context: { sync: () => Promise<unknown> }): SyncCounter {
  const original = context.sync.bind(context);
  const counter = { count: 0 };
  context.sync = async () => {
    counter.count += 1;
    return original();
  };
  return counter;
}
