import { msg } from "../../../src/domain/messages/renderMessage";
import { rowAnchorsOf } from "../../../src/taskpane/state/rowAnchorsOf";
import { parseInventory } from "../../../src/domain/inventory/parseInventory";
import { createReviewHistory, reviewHistoryReducer } from "../../../src/domain/review/reviewHistory";
import { renameCluster } from "../../../src/domain/review/reviewActions";
import { reviewStateFromProposal } from "../../../src/domain/review/reviewStateFromProposal";
import { DEFAULT_REVIEW_SETTINGS } from "../../../src/domain/review/settingsSheet";
import { readProtocolSheet } from "../../../src/domain/review/protocolSheet";
import { excelSerialDate } from "../../../src/domain/summary/excelSerialDate";
import type { ProtocolEntry } from "../../../src/domain/review/types";
import type { ReviewWrite } from "../../../src/workbook/gateway";
import { createMemoryGateway, SAMPLE_TABLE } from "../../../src/workbook/memory/memoryGateway";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { SMALL_INVENTORY } from "../../taskpane/fakeGateway";
import { buildSummaryPlan } from "../../../src/domain/summary/buildSummaryPlan";
import { computeSummaryNumbers } from "../../../src/domain/summary/computeSummaryNumbers";
import { inventoryLayout } from "../../../src/domain/summary/inventoryLayout";
import { NO_REASON } from "../../../src/domain/review/types";
import { asWrittenToSheet } from "../../domain/review/reviewFactories";

const entry = (action: string): ProtocolEntry => ({
  time: "2026-06-30T10:00:00.000Z",
  action,
  process: "",
  from: "",
  to: "",
  person: "",
});

async function setUp() {
  const workbook = new MemoryWorkbook();
  const gateway = createMemoryGateway(workbook, {
    loadSample: async () => SMALL_INVENTORY.map((row) => [...row]),
  });
  const grid = await gateway.insertSample();
  const inventory = parseInventory(grid);
  const state = reviewStateFromProposal(
    {
      strategy: { kind: "auto" },
      granularity: 0.5,
      clusters: [
        {
          id: "kfz",
          label: "Kfz",
          reason: NO_REASON,
          keys: ["P1", "P2", "P3"],
          memberReasons: {},
          singleton: false,
          fromDecision: false,
        },
      ],
    },
    inventory.records,
  );
  const write = (history = createReviewHistory(state), newEntries: ProtocolEntry[] = []): ReviewWrite => ({
    location: { sheetName: "Prozessinventar", tableName: SAMPLE_TABLE, headerRow: 1, firstColumn: 0 },
    state: history.present,
    rows: Object.fromEntries(inventory.records.map((record) => [record.key, record.row])),
    anchors: rowAnchorsOf(inventory),
    newEntries,
    settings: DEFAULT_REVIEW_SETTINGS,
  });
  return { workbook, gateway, grid, state, write };
}

describe("in-memory workbook gateway", () => {
  it("reads back the decisions it wrote, and nothing from a fresh workbook", async () => {
    const { gateway, state, write } = await setUp();

    expect((await gateway.readReview()).decisions).toBeNull();
    await gateway.writeReview(write(createReviewHistory(state), [entry("Vorschlag übernommen")]));
    const read = await gateway.readReview();

    expect(read.decisions?.state).toEqual(asWrittenToSheet(state));
    expect(read.settings).toEqual(DEFAULT_REVIEW_SETTINGS);
  });

  it("inserts the sample as a table and reads it back as the inventory", async () => {
    const { workbook, gateway, grid } = await setUp();

    expect(grid.tableName).toBe(SAMPLE_TABLE);
    expect(grid.values).toHaveLength(SMALL_INVENTORY.length);
    expect(workbook.activeSheet).toBe("Prozessinventar");
    expect((await gateway.readInventoryGrid())?.values[1]?.[1]).toBe("Kfz-Zulassung beantragen");
  });

  it("writes the Cluster column into the table, rewrites definitions and appends the protocol", async () => {
    const { workbook, gateway, state, write } = await setUp();

    await gateway.writeReview(write(createReviewHistory(state), [entry("Vorschlag übernommen")]));
    const renamed = reviewHistoryReducer(
      createReviewHistory(state),
      renameCluster("kfz", "Fahrzeuge", { at: "2026-06-30T10:01:00.000Z", person: "" }),
    );
    await gateway.writeReview(write(renamed, renamed.protocol.slice()));

    const snap = workbook.snapshot();
    const inventory = snap.sheets.find((s) => s.name === "Prozessinventar")!;
    const clusterColumn = inventory.rows[0]!.indexOf("Cluster");
    expect(clusterColumn).toBe(SMALL_INVENTORY[0]!.length);
    expect(inventory.rows.slice(1, 4).map((row) => row[clusterColumn])).toEqual([
      "Fahrzeuge",
      "Fahrzeuge",
      "Fahrzeuge",
    ]);
    // The Bereich column sits right after Cluster, inside the table, filled with each cluster's Bereich.
    const bereichColumn = inventory.rows[0]!.indexOf("Bereich");
    expect(bereichColumn).toBe(clusterColumn + 1);
    const kfzBereich = renamed.present.clusters["kfz"]!.bereich;
    expect(kfzBereich).not.toBe("");
    expect(inventory.rows.slice(1, 4).map((row) => row[bereichColumn])).toEqual([
      kfzBereich,
      kfzBereich,
      kfzBereich,
    ]);
    expect(inventory.rows.filter((row) => row[0] === "Bereich" || row.includes("Bereich"))).toHaveLength(1);
    expect(snap.tables.find((t) => t.name === SAMPLE_TABLE)?.columnCount).toBe(
      SMALL_INVENTORY[0]!.length + 2,
    );
    const definitions = snap.sheets.find((s) => s.name === "Cluster")!;
    expect(definitions.rows.some((row) => row.includes("Fahrzeuge"))).toBe(true);
    expect(definitions.rows.some((row) => row.includes("Kfz"))).toBe(false);
    expect(definitions.hiddenColumns).toEqual([definitions.rows[0]!.indexOf("ID")]);
    expect(definitions.rows[0]!.indexOf("ID")).toBe(definitions.rows[0]!.length - 1);
    const protocol = snap.sheets.find((s) => s.name === "Änderungsprotokoll")!;
    expect(protocol.rows.map((row) => row[1])).toEqual([
      "Aktion",
      "Vorschlag übernommen",
      ...renamed.protocol.map((e) => e.action),
    ]);
    expect(snap.sheets.find((s) => s.name === "Prozesscluster-Einstellungen")?.visible).toBe(false);
  });

  it("writes a local stamp as a date-time and keeps an older UTC stamp as text", async () => {
    const { workbook, gateway, state, write } = await setUp();
    const local = { ...entry("Umbenannt"), time: "2026-12-04T16:52:36+01:00", person: "Eva" };
    await gateway.writeReview(write(createReviewHistory(state), [entry("Vorschlag übernommen"), local]));
    const serial = excelSerialDate("2026-12-04") + (16 * 3600 + 52 * 60 + 36) / 86_400;
    expect(workbook.cellAt("Änderungsprotokoll", 2, 0)).toEqual({
      value: "2026-06-30T10:00:00.000Z",
      numberFormat: "@",
    });
    expect(workbook.cellAt("Änderungsprotokoll", 3, 0)).toEqual({
      value: serial,
      numberFormat: "dd.mm.yyyy hh:mm",
    });
    const rows = workbook.snapshot().sheets.find((s) => s.name === "Änderungsprotokoll")!.rows;
    expect(readProtocolSheet(rows).map((e) => [e.time, e.person])).toEqual([
      ["2026-06-30T10:00:00.000Z", ""],
      ["2026-12-04T16:52:36", "Eva"],
    ]);
  });

  it("applies a report plan by replacing its sheets and selects cells", async () => {
    const { workbook, gateway } = await setUp();
    const plan = {
      sheets: [
        {
          name: "Cluster-Übersicht",
          kind: "overview" as const,
          cells: [
            { row: 1, col: 1, value: { kind: "text" as const, text: "Titel" } },
            {
              row: 2,
              col: 2,
              value: { kind: "formula" as const, formula: "COUNTIFS(Prozesse[Cluster],A2)" },
            },
          ],
          columnWidths: [],
          frozenRows: 0,
          conditionalFormats: [],
          print: {
            orientation: "landscape" as const,
            paperSize: "A4" as const,
            fitToPagesWide: 1 as const,
            centerFooter: "",
          },
        },
      ],
      names: [],
      charts: [],
      notices: [msg("workflow.unassigned", { count: 2 })],
    };

    await gateway.writeReport(plan);
    const outcome = await gateway.writeReport(plan);
    await gateway.selectCell({ sheetName: outcome.summarySheetName, row: 2, column: 1 });

    expect(outcome).toEqual({
      summarySheetName: "Cluster-Übersicht",
      notices: [msg("workflow.unassigned", { count: 2 })],
    });
    expect(workbook.sheets.filter((s) => s.name === "Cluster-Übersicht")).toHaveLength(1);
    expect(workbook.cellAt("Cluster-Übersicht", 2, 1)?.formula).toBe("COUNTIFS(Prozesse[Cluster],A2)");
    expect(workbook.selection).toEqual({ sheetName: "Cluster-Übersicht", row: 2, column: 1 });
    await expect(gateway.selectCell({ sheetName: "Fehlt", row: 1, column: 0 })).rejects.toThrow(
      "gibt es nicht mehr",
    );
  });

  it("keeps the Verlauf between two reports: the second compares with the first Stichtag", async () => {
    const { workbook, gateway, grid } = await setUp();
    const inventory = parseInventory(grid);
    const report = async (stichtag: string) => {
      const { history, notices } = await gateway.readHistory();
      expect(notices).toEqual([]);
      const input = {
        inventory,
        clusters: [{ label: "Kfz", keys: ["P1", "P2", "P3"] }],
        inventoryRef: {
          kind: "table" as const,
          tableName: SAMPLE_TABLE,
          headers: inventoryLayout(inventory).headers,
        },
        options: { stichtag, reifegradModell: "1.1" as const },
        history,
      };
      await gateway.writeReport(buildSummaryPlan(input), () => computeSummaryNumbers(input));
      return history;
    };
    expect((await report("2026-06-30")).snapshots).toEqual([]);
    const earlier = await report("2026-12-31");
    expect(earlier.snapshots.map((s) => `${s.stichtag} ${s.level} ${s.name}`)).toEqual([
      "2026-06-30 Summe Summe",
      "2026-06-30 Cluster Kfz",
    ]);
    const after = await gateway.readHistory();
    expect(new Set(after.history.snapshots.map((s) => s.stichtag))).toEqual(
      new Set(["2026-06-30", "2026-12-31"]),
    );
    const headers = Array.from({ length: 20 }, (_, c) => workbook.cellAt("Cluster-Übersicht", 10, c)?.value);
    expect(headers).toContain("online seit Vorbericht");
  });
});
