/// <reference lib="webworker" />
import { createParseRequestHandler } from "./handleParseRequest";
import type { ParseRequest } from "./parseProtocol";

// Parses the inventory off the main thread, so reading 10,000 rows does not block the pane.
const handle = createParseRequestHandler();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (event) => {
  for (const response of handle(event.data)) scope.postMessage(response);
};
