import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../excel/officeGateway";
import { Root } from "./Root";
import { createWorkerClusterEngine } from "./worker/createWorkerClusterEngine";
import { createWorkerInventoryParser } from "./worker/createWorkerInventoryParser";
import { createWorkerReportBuilder } from "./worker/createWorkerReportBuilder";

/* global document, Office, window */

/** The sample inventory is served from the add-in's own origin (dist/sample), loaded only when asked for. */
const officeGatewayOptions = {
  loadSampleRows: async () => (await import("../sample/loadSampleRows")).loadSampleRows(),
};

/** Set by the ES5 guard in taskpane.html on IE11/EdgeHTML webviews, which show its message instead. */
const unsupportedWebview =
  (window as { prozessclusterUnsupportedWebview?: boolean }).prozessclusterUnsupportedWebview === true;

Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null || unsupportedWebview) return;
  const language = Office.context.displayLanguage?.toLowerCase().startsWith("de") === false ? "en" : "de";
  createRoot(container).render(
    <Root
      gateway={createOfficeGateway(officeGatewayOptions)}
      language={language}
      createEngine={createWorkerClusterEngine}
      createParser={createWorkerInventoryParser}
      createReportBuilder={createWorkerReportBuilder}
    />,
  );
});
