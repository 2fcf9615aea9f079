import { useMemo } from "react";
import { selectClustersSorted, selectSingletons } from "../../domain/review/reviewSelectors";
import type { ReviewState } from "../../domain/review/types";
import { selectBereichGroups } from "./bereichGroups";
import type { FlowState } from "./flowReducer";

/**
 * What the Prüfen list shows of the present review state: clusters (sorted), Einzelprozesse, their
 * Bereich groups, and each process's row in the inventory sheet.
 */
export function useReviewModel(inventory: FlowState["inventory"], present: ReviewState | undefined) {
  const rows = useMemo(() => {
    const byKey: Record<string, number> = {};
    for (const record of inventory?.records ?? []) byKey[record.key] = record.row;
    return byKey;
  }, [inventory]);
  const views = useMemo(() => (present === undefined ? [] : selectClustersSorted(present)), [present]);
  const singles = useMemo(() => (present === undefined ? [] : selectSingletons(present)), [present]);
  const groups = useMemo(
    () => (present === undefined ? [] : selectBereichGroups(present, views, singles)),
    [present, views, singles],
  );
  return { rows, views, singles, groups };
}
