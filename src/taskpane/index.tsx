import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../excel/officeGateway";
import { Root } from "./Root";

/* global document, Office */

Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null) return;
  const language = Office.context.displayLanguage?.toLowerCase().startsWith("de") === false ? "en" : "de";
  createRoot(container).render(<Root gateway={createOfficeGateway()} language={language} />);
});
