import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from "react";
import type { ParseInventoryOptions } from "../domain/inventory/parseInventory";
import type { Inventory, RawGrid } from "../domain/inventory/types";
import { createInlineInventoryParser } from "./worker/createInlineInventoryParser";
import type { InventoryParser } from "./worker/parseProtocol";

/** Creates the inventory parser; without a provider (jsdom tests) the inline one. */
const ParserContext = createContext<() => InventoryParser>(createInlineInventoryParser);

/** Makes the parser factory (the Web Worker one in Office and the preview) available to the steps. */
export function ParserProvider(props: {
  readonly createParser: () => InventoryParser;
  readonly children: ReactNode;
}) {
  return <ParserContext.Provider value={props.createParser}>{props.children}</ParserContext.Provider>;
}

/**
 * Parses inventory grids off the pane's thread: the parser is created on first use and disposed when
 * the component unmounts (a later call creates a new one).
 */
export function useInventoryParser(): (grid: RawGrid, options?: ParseInventoryOptions) => Promise<Inventory> {
  const create = useContext(ParserContext);
  const parser = useRef<InventoryParser | null>(null);
  useEffect(
    () => () => {
      parser.current?.dispose();
      parser.current = null;
    },
    [create],
  );
  return useCallback(
    (grid, options) => {
      parser.current ??= create();
      return parser.current.parse(grid, options);
    },
    [create],
  );
}
