import type { InventoryParser } from "./parseProtocol";
import { createInlineInventoryParser } from "./createInlineInventoryParser";
import { parserOver } from "./internals/parserOver";
import { overWorker } from "./internals/transports";
import { parseWorkerFailureMessage } from "./internals/workerFailureMessages";

/**
 * The parser in a Web Worker (webpack 5 bundles `parseWorker.ts` as its own chunk); where the host has
 * no Web Workers, the inline twin. A worker that fails as a whole (could not load, out of memory) makes
 * every waiting and later call reject with a German message, so the pane is never left busy.
 */
export function createWorkerInventoryParser(): InventoryParser {
  if (typeof Worker === "undefined") return createInlineInventoryParser();
  const worker = new Worker(new URL("./parseWorker.ts", import.meta.url));
  return overWorker(worker, parserOver, parseWorkerFailureMessage).parser;
}
