import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookGateway } from "../workbook/gateway";
import { App } from "./App";
import { ErrorProvider } from "./ErrorContext";
import { GatewayProvider } from "./GatewayContext";
import { LanguageProvider } from "./i18n/LanguageContext";
import type { Language } from "./i18n/strings";
import { WorkerProvider } from "./WorkerContext";
import type { ClusterEngine } from "./worker/clusterProtocol";
import { createInlineInventoryParser } from "./worker/createInlineInventoryParser";
import type { InventoryParser } from "./worker/parseProtocol";
import type { ReportBuilder } from "./worker/reportProtocol";

export interface RootProps {
  readonly gateway: WorkbookGateway;
  readonly language?: Language;
  /**
   * Creates the clustering engine: Office and the preview pass the Web Worker engine, jsdom tests the
   * inline one (jsdom has no Worker). Required, so the clustering code never lands in the main bundle.
   */
  readonly createEngine: () => ClusterEngine;
  /** Creates the inventory parser: the Web Worker one in Office and the preview; default the inline one. */
  readonly createParser?: () => InventoryParser;
  /**
   * Creates the report builder: the Web Worker one in Office and the preview; default the inline one,
   * loaded with the report step.
   */
  readonly createReportBuilder?: () => ReportBuilder;
}

/** Providers around the app: theme, language, error boundary, workbook gateway. Shared by Office, preview and tests. */
export function Root({ gateway, language, createEngine, createParser, createReportBuilder }: RootProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <LanguageProvider {...(language === undefined ? {} : { initialLanguage: language })}>
        <ErrorProvider>
          <GatewayProvider gateway={gateway}>
            <WorkerProvider
              createParser={createParser ?? createInlineInventoryParser}
              createReportBuilder={createReportBuilder}
            >
              <App createEngine={createEngine} />
            </WorkerProvider>
          </GatewayProvider>
        </ErrorProvider>
      </LanguageProvider>
    </FluentProvider>
  );
}
