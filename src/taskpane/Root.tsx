import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookGateway } from "../workbook/gateway";
import { App } from "./App";
import { ErrorProvider } from "./ErrorContext";
import { GatewayProvider } from "./GatewayContext";
import { LanguageProvider } from "./i18n/LanguageContext";
import type { Language } from "./i18n/strings";
import type { ClusterEngine } from "./worker/clusterProtocol";

export interface RootProps {
  readonly gateway: WorkbookGateway;
  readonly language?: Language;
  /**
   * Creates the clustering engine: Office and the preview pass the Web Worker engine, jsdom tests the
   * inline one (jsdom has no Worker). Required, so the clustering code never lands in the main bundle.
   */
  readonly createEngine: () => ClusterEngine;
}

/** Providers around the app: theme, language, error boundary, workbook gateway. Shared by Office, preview and tests. */
export function Root({ gateway, language, createEngine }: RootProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <LanguageProvider {...(language === undefined ? {} : { initialLanguage: language })}>
        <ErrorProvider>
          <GatewayProvider gateway={gateway}>
            <App createEngine={createEngine} />
          </GatewayProvider>
        </ErrorProvider>
      </LanguageProvider>
    </FluentProvider>
  );
}
