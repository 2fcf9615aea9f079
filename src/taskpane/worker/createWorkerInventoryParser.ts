import type { InventoryParser, ParseResponse } from "./parseProtocol";
import { createInlineInventoryParser } from "./createInlineInventoryParser";
import { parserOver } from "./internals/parserOver";
import { parseWorkerFailureMessage } from "./internals/parseWorkerFailureMessage";

/**
 * The parser in a Web Worker (webpack 5 bundles `parseWorker.ts` as its own chunk); where the host has
 * no Web Workers, the inline twin. A worker that fails as a whole (could not load, out of memory) makes
 * every waiting and later call reject with a German message, so the pane is never left busy.
 */
export function createWorkerInventoryParser(): InventoryParser {
  if (typeof Worker === "undefined") return createInlineInventoryParser();
  const worker = new Worker(new URL("./parseWorker.ts", import.meta.url));
  const { parser, receive, fail } = parserOver(
    (request) => worker.postMessage(request),
    () => worker.terminate(),
  );
  worker.onmessage = (event: MessageEvent<ParseResponse>) => receive(event.data);
  worker.onerror = (event: ErrorEvent) => {
    // Handled here: keep the browser from also reporting it as an uncaught error.
    event.preventDefault();
    fail(parseWorkerFailureMessage(event.message));
    worker.terminate();
  };
  worker.onmessageerror = () => fail(parseWorkerFailureMessage("messageerror"));
  return parser;
}
