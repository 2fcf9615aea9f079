import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookGateway } from "../excel/gateway";
import { App } from "./App";
import { GatewayProvider } from "./GatewayContext";
import { LanguageProvider } from "./i18n/LanguageContext";
import type { Language } from "./i18n/strings";

export interface RootProps {
  readonly gateway: WorkbookGateway;
  readonly language?: Language;
}

/** Providers around the app: theme, language, workbook gateway. Shared by Office, preview and tests. */
export function Root({ gateway, language }: RootProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider {...(language === undefined ? {} : { initialLanguage: language })}>
        <GatewayProvider gateway={gateway}>
          <App />
        </GatewayProvider>
      </LanguageProvider>
    </FluentProvider>
  );
}
