import { createReportRequestHandler } from "./handleReportRequest";
import { reportBuilderOver } from "./internals/reportBuilderOver";
import { overInline } from "./internals/transports";
import type { ReportBuilder } from "./reportProtocol";

/**
 * The report builder on the calling thread, for jsdom tests (no Worker there). Goes through the same
 * handler and the same parts as the worker and answers asynchronously, so components behave the same.
 */
export function createInlineReportBuilder(): ReportBuilder {
  return overInline(createReportRequestHandler(), reportBuilderOver).builder;
}
