import { createParseRequestHandler } from "./handleParseRequest";
import type { InventoryParser } from "./parseProtocol";
import { parserOver } from "./internals/parserOver";
import { overInline } from "./internals/transports";

/**
 * The parser on the calling thread, for jsdom tests and hosts without Web Workers. Goes through the
 * same handler and the same parts as the worker and answers asynchronously, so components behave the same.
 */
export function createInlineInventoryParser(): InventoryParser {
  return overInline(createParseRequestHandler(), parserOver).parser;
}
