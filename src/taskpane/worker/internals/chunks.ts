/**
 * Items per message when large arrays cross between the pane and a worker. A message is copied
 * (structured clone) in one go on the sending and on the receiving thread; at 1,000 records a part costs
 * some 10–25 ms on the pane's thread instead of 150–250 ms for 10,000 at once (`npm run bench:pane`).
 * @internal
 */
export const CHUNK_SIZE = 1000;

/** `items` in consecutive slices of at most `size` (none for an empty array). @internal */
export function slices<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}

/**
 * Lets the browser run other tasks (input, rendering, arriving messages) before the caller goes on,
 * so sending a large request in parts does not become one long task. @internal
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Sends `items` in slices of at most `CHUNK_SIZE` (`send(part, index)`), letting the browser run other
 * tasks between them, so a large request never becomes one long task. Stops when `broken()` says the
 * transport failed; resolves with whether every part went out. @internal
 */
export async function sendInParts<T>(
  items: readonly T[],
  send: (part: T[], index: number) => void,
  broken: () => boolean,
): Promise<boolean> {
  for (const [index, part] of slices(items).entries()) {
    if (index > 0) await yieldToBrowser();
    if (broken()) return false;
    send(part, index);
  }
  return !broken();
}
