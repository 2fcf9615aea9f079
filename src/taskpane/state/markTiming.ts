/**
 * Sets a performance mark (read by the end-to-end tests: open → ready, proposal timing). jsdom has no
 * `performance.mark`, so it is skipped there instead of failing.
 */
export function markTiming(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function")
    performance.mark(`prozesscluster:${name}`);
}
