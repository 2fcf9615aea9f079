import { createParseRequestHandler } from "./handleParseRequest";
import type { InventoryParser } from "./parseProtocol";
import { parserOver } from "./internals/parserOver";

/**
 * The parser on the calling thread, for jsdom tests and hosts without Web Workers. Goes through the
 * same handler and the same parts as the worker and answers asynchronously, so components behave the same.
 */
export function createInlineInventoryParser(): InventoryParser {
  const handle = createParseRequestHandler();
  const { parser, receive } = parserOver(
    (request) => {
      const responses = handle(request);
      void Promise.resolve().then(() => responses.forEach(receive));
    },
    () => undefined,
  );
  return parser;
}
