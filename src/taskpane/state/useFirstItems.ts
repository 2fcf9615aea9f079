import { useState } from "react";

/** What a long list renders now: its first items until the reviewer asks for all of them. */
export interface FirstItems<T> {
  readonly shown: readonly T[];
  /** Items not rendered yet (0 when all are shown). */
  readonly hidden: number;
  readonly showAll: () => void;
}

/**
 * The first `first` of `items`, or all of them once `showAll` was called or when `all` is set (e.g. while
 * searching). Rendering a few thousand cards at once kept the pane busy for a tenth of a second and more
 * at 10,000 rows (`npm run bench:pane`); the rest stays one click away.
 */
export function useFirstItems<T>(items: readonly T[], first: number, all = false): FirstItems<T> {
  const [expanded, setExpanded] = useState(false);
  const everything = all || expanded || items.length <= first;
  return {
    shown: everything ? items : items.slice(0, first),
    hidden: everything ? 0 : items.length - first,
    showAll: () => setExpanded(true),
  };
}
