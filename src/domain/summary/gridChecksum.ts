/**
 * FNV-1a checksum (8 hex digits) of a sheet's formulas as Excel reports them. The Office adapter stores it
 * when it writes a report sheet and compares it on the next run: a difference means a user edited the
 * sheet, which is then kept as a backup instead of being replaced silently.
 */
export function gridChecksum(grid: readonly (readonly unknown[])[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(grid);
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
