/// <reference lib="webworker" />
import { createReportRequestHandler } from "./handleReportRequest";
import { answerRequests } from "./internals/transports";

// Builds the report's plan off the main thread, so summarising 10,000 rows does not block the pane.
answerRequests(createReportRequestHandler());
