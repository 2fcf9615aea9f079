import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Root } from "../Root";
import { createWorkerClusterEngine } from "../worker/createWorkerClusterEngine";
import { createWorkerInventoryParser } from "../worker/createWorkerInventoryParser";
import { createWorkerReportBuilder } from "../worker/createWorkerReportBuilder";
import { loadSampleRows } from "../../sample/loadSampleRows";
import { createMemoryGateway } from "../../workbook/memory/memoryGateway";
import { MemoryWorkbook } from "../../workbook/memory/MemoryWorkbook";
import { SheetView } from "./SheetView";

/* global document, window, performance, URLSearchParams */

performance.mark("prozesscluster:open");

const useStyles = makeStyles({
  page: { display: "flex", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  pane: {
    width: "350px",
    flexShrink: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
  },
  grid: { flexGrow: 1, minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
});

const params = new URLSearchParams(window.location.search);
const rows = Number(params.get("rows") ?? "0");
/** `?grid=off` leaves the sheet grid out, so a benchmark measures the pane's own work alone. */
const showGrid = params.get("grid") !== "off";
const workbook = new MemoryWorkbook();
/** `?namen` keeps only the sample's "Leistung" column: an inventory of names alone, as service lists are. */
const namesOnly = params.has("namen");
const gateway = createMemoryGateway(workbook, {
  loadSample: async () => {
    const sample = await loadSampleRows(rows);
    if (!namesOnly) return sample;
    const column = Math.max(0, sample[0]?.indexOf("Leistung") ?? 0);
    return sample.map((line) => [line[column] ?? null]);
  },
  latency: Number(params.get("latency") ?? "0"),
});

/** Exposed for the end-to-end tests' assertions; the preview has no other global. */
(window as unknown as { __prozesscluster: unknown }).__prozesscluster = {
  workbook,
  snapshot: () => workbook.snapshot(),
};

function Preview() {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <aside className={styles.pane} aria-label="Aufgabenbereich Prozesscluster">
        <Root
          gateway={gateway}
          createEngine={createWorkerClusterEngine}
          createParser={createWorkerInventoryParser}
          createReportBuilder={createWorkerReportBuilder}
        />
      </aside>
      {showGrid && (
        <div className={styles.grid}>
          <SheetView workbook={workbook} />
        </div>
      )}
    </div>
  );
}

// The preview starts like a workbook that already holds the sample inventory (unless ?empty is given).
async function start() {
  if (!params.has("empty")) await gateway.insertSample();
  const container = document.getElementById("container");
  if (container === null) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview />
    </FluentProvider>,
  );
}

void start();
