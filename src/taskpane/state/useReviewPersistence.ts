import { useEffect, useRef, useState } from "react";
import { REVIEW_SETTINGS_VERSION } from "../../domain/review/types";
import type { ReviewWrite, WorkbookGateway } from "../../workbook/gateway";
import { bereichColumnHeader } from "../../domain/summary/inventoryLayout";
import { rowAnchorsOf } from "./rowAnchorsOf";
import type { FlowState } from "./flowReducer";

/** Whether the last review change has reached the workbook. */
export type SaveStatus = "idle" | "saving" | "saved";

/** Assembles what one review write sends to the workbook. */
export function reviewWriteFor(state: FlowState, fromEntry: number): ReviewWrite | null {
  const { review, inventory, grid } = state;
  if (review === null || inventory === null || grid === null) return null;
  const rows: Record<string, number> = {};
  for (const record of inventory.records) rows[record.key] = record.row;
  return {
    anchors: rowAnchorsOf(inventory),
    bereichHeader: bereichColumnHeader(inventory),
    location: {
      sheetName: inventory.sheetName ?? grid.sheetName ?? "",
      ...(inventory.tableName === undefined ? {} : { tableName: inventory.tableName }),
      headerRow: inventory.headerRow,
      firstColumn: grid.firstColumn,
    },
    state: review.present,
    rows,
    newEntries: review.protocol.slice(fromEntry),
    settings: {
      version: REVIEW_SETTINGS_VERSION,
      strategy: state.settings.strategy,
      bereich: state.settings.bereich,
      catalogue: state.settings.catalogue,
      granularity: state.settings.granularity,
      synonyms: state.settings.synonyms,
      stopWords: state.settings.stopWords,
      reifegradModell: null,
    },
  };
}

/**
 * Writes every review change to the workbook, one write at a time and in order, so the `Cluster`
 * column, the definitions and the protocol always match what the pane shows. Failures go to the
 * pane's one error boundary; unwritten protocol entries are sent again with the next change.
 */
export function useReviewPersistence(
  state: FlowState,
  gateway: WorkbookGateway,
  showError: (error: unknown) => void,
): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>("idle");
  const queue = useRef<Promise<void>>(Promise.resolve());
  const written = useRef(0);
  const present = state.review?.present;
  const protocolLength = state.review?.protocol.length ?? 0;
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    if (present === undefined) {
      written.current = 0;
      return;
    }
    const write = reviewWriteFor(latest.current, written.current);
    if (write === null) return;
    const upTo = written.current + write.newEntries.length;
    written.current = upTo;
    setStatus("saving");
    queue.current = queue.current.then(async () => {
      try {
        await gateway.writeReview(write);
        setStatus("saved");
      } catch (error) {
        written.current = Math.min(written.current, upTo - write.newEntries.length);
        setStatus("idle");
        showError(error);
      }
    });
  }, [present, protocolLength, gateway, showError]);

  return status;
}
