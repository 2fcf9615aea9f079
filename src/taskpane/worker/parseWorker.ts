/// <reference lib="webworker" />
import { createParseRequestHandler } from "./handleParseRequest";
import { answerRequests } from "./internals/transports";

// Parses the inventory off the main thread, so reading 10,000 rows does not block the pane.
answerRequests(createParseRequestHandler());
