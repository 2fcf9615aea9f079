import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import type { ParseInventoryOptions } from "../domain/inventory/parseInventory";
import type { Inventory, RawGrid } from "../domain/inventory/types";
import { createInlineInventoryParser } from "./worker/createInlineInventoryParser";
import type { InventoryParser } from "./worker/parseProtocol";
import type { ReportBuilder } from "./worker/reportProtocol";

/** The factories of the pane's background work (the Web Worker ones in Office and the preview). */
export interface PaneWorkers {
  readonly createParser: () => InventoryParser;
  /**
   * Creates the report builder; `undefined` for the inline one, which the report step brings along
   * (so the report's code stays out of the first bundle).
   */
  readonly createReportBuilder: (() => ReportBuilder) | undefined;
}

/** Without a provider (jsdom tests): the inline parser and report builder. */
const WorkerContext = createContext<PaneWorkers>({
  createParser: createInlineInventoryParser,
  createReportBuilder: undefined,
});

/** Makes the worker factories available to the steps. */
export function WorkerProvider(props: PaneWorkers & { readonly children: ReactNode }) {
  const { createParser, createReportBuilder } = props;
  const value = useMemo(() => ({ createParser, createReportBuilder }), [createParser, createReportBuilder]);
  return <WorkerContext.Provider value={value}>{props.children}</WorkerContext.Provider>;
}

/** The pane's worker factories. */
export function usePaneWorkers(): PaneWorkers {
  return useContext(WorkerContext);
}

/**
 * A worker client made by `create` on first use and disposed when the component unmounts (a later call
 * creates a new one).
 */
export function useOnDemand<T extends { dispose(): void }>(create: () => T): () => T {
  const client = useRef<T | null>(null);
  useEffect(
    () => () => {
      client.current?.dispose();
      client.current = null;
    },
    [create],
  );
  return useCallback(() => (client.current ??= create()), [create]);
}

/** Parses inventory grids off the pane's thread (`useOnDemand`). */
export function useInventoryParser(): (grid: RawGrid, options?: ParseInventoryOptions) => Promise<Inventory> {
  const parser = useOnDemand(usePaneWorkers().createParser);
  return useCallback((grid, options) => parser().parse(grid, options), [parser]);
}
