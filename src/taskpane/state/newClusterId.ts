let idCounter = 0;

/**
 * A fresh id for a reviewer-made cluster. The time part keeps ids unique across sessions (the pane, not
 * the domain, may read the clock), the counter within one millisecond.
 */
export function newClusterId(): string {
  idCounter += 1;
  return `manuell-${Date.now().toString(36)}-${idCounter}`;
}
