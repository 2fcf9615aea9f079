import { useCallback, useEffect, useRef, useState } from "react";
import type { ColumnMapping, ColumnRole, RawGrid } from "../../domain/inventory/types";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useGateway } from "../GatewayContext";
import { useInventoryParser } from "../WorkerContext";
import { markTiming } from "./markTiming";

/** Phase of reading the inventory; "failed" keeps the retry at hand while the error bar explains. */
export type DataStatus = "loading" | "empty" | "failed" | "ready";

/**
 * Reads the inventory once when the step opens (and again on demand), parses it in the worker and
 * re-parses it when the reviewer corrects a column's role.
 */
export function useInventoryLoading() {
  const gateway = useGateway();
  const { showError, clearError } = useErrors();
  const { state, dispatch } = useFlow();
  const { inventory, grid } = state;
  // Parsing runs in a worker (10,000 rows would block the pane for a third of a second).
  const parse = useInventoryParser();
  const [status, setStatus] = useState<DataStatus>(inventory === null ? "loading" : "ready");

  const load = useCallback(
    async (read: () => Promise<RawGrid | null>) => {
      setStatus("loading");
      markTiming("data:start");
      try {
        const [found, stored] = await Promise.all([read(), gateway.readReview()]);
        if (found === null || found.values.length === 0) {
          setStatus("empty");
          return;
        }
        dispatch({ type: "inventoryRead", grid: found, inventory: await parse(found) });
        if (stored.decisions !== null) {
          // A colleague continues where the last reviewer stopped: the settings travel in the workbook.
          const { strategy, granularity, synonyms, stopWords } = stored.settings;
          dispatch({ type: "settingsChanged", settings: { strategy, granularity, synonyms, stopWords } });
        }
        clearError();
        setStatus("ready");
        // Measured by the end-to-end tests: time from opening the pane to a usable inventory.
        markTiming("data:ready");
      } catch (error) {
        setStatus("failed");
        showError(error);
      }
    },
    [dispatch, showError, clearError, gateway, parse],
  );

  const started = useRef(false);
  useEffect(() => {
    if (started.current || inventory !== null) return;
    started.current = true;
    void load(() => gateway.readInventoryGrid());
  }, [gateway, inventory, load]);

  const remap = (index: number, role: ColumnRole | null) => {
    if (inventory === null || grid === null) return;
    const mapping: ColumnMapping[] = inventory.columns.map((column) => {
      if (column.index === index) return { ...column, role, confidence: 1 };
      // A role belongs to one column: the column that had it before gives it up.
      return role !== null && column.role === role ? { ...column, role: null, confidence: 0 } : column;
    });
    parse(grid, { mapping, headerRow: inventory.headerRow })
      .then((remapped) => dispatch({ type: "inventoryRemapped", inventory: remapped }))
      .catch(showError);
  };

  return {
    status,
    remap,
    insertSample: () => void load(() => gateway.insertSample()),
    retry: () => void load(() => gateway.readInventoryGrid()),
  };
}
