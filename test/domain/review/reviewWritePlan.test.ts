import * as A from "../../../src/domain/review/reviewActions";
import { createReviewHistory, reviewHistoryReducer } from "../../../src/domain/review/reviewHistory";
import { selectBereichByKey, selectClusterNameByKey } from "../../../src/domain/review/reviewSelectors";
import { reviewCellFormat } from "../../../src/domain/review/reviewSheetTypes";
import {
  reviewWritePlan,
  type ReviewInventoryRef,
  type ReviewWriteInput,
  type ReviewWritePlan,
} from "../../../src/domain/review/reviewWritePlan";
import { DEFAULT_REVIEW_SETTINGS } from "../../../src/domain/review/settingsSheet";
import { bereichColumnHeader } from "../../../src/domain/summary/inventoryLayout";
import type { RawCell } from "../../../src/domain/inventory/types";
import type { ReviewHistory } from "../../../src/domain/review/types";
import { makeState, stamp } from "./reviewFactories";

function reviewed(): ReviewHistory {
  const { state } = makeState(6, 3);
  return [
    A.moveProcesses(["P0"], "C1", stamp(1, "Frau A")),
    A.renameCluster("C0", "=SUMME(A1)", stamp(2)),
    A.createCluster("N1", "2024", "", stamp(3)),
  ].reduce(reviewHistoryReducer, createReviewHistory(state));
}

/** Inventory in B3:D9 of "Inventar": header in row 3, P0…P5 in rows 4–9. */
function inventory(
  headers: readonly RawCell[],
  overrides: Partial<ReviewInventoryRef> = {},
): ReviewInventoryRef {
  return {
    sheetName: "Inventar",
    headerRow: 3,
    firstColumn: 1,
    headers,
    rows: new Map(Array.from({ length: 6 }, (_, i) => [`P${i}`, i + 4])),
    ...overrides,
  };
}

function plan(history: ReviewHistory, overrides: Partial<ReviewWriteInput> = {}): ReviewWritePlan {
  return reviewWritePlan({
    state: history.present,
    settings: DEFAULT_REVIEW_SETTINGS,
    newEntries: history.protocol,
    inventory: inventory(["ID", "Leistung", "Status"]),
    protocolLastRow: null,
    ...overrides,
  });
}

const sheet = (p: ReviewWritePlan, name: string) => p.sheets.find((s) => s.name === name);
const columns = (p: ReviewWritePlan) =>
  (p.inventory?.columns ?? []).map(({ header, column, create }) => ({ header, column, create }));

describe("reviewWritePlan", () => {
  it("adds Cluster and Bereich right of the last header on a first run, with every process's text", () => {
    const history = reviewed();
    const p = plan(history);
    expect(columns(p)).toEqual([
      { header: "Cluster", column: 4, create: true },
      { header: "Bereich", column: 5, create: true },
    ]);
    const names = selectClusterNameByKey(history.present);
    const bereiche = selectBereichByKey(history.present);
    const [cluster, bereich] = p.inventory?.columns ?? [];
    expect(cluster?.blocks).toEqual([
      { firstRow: 4, values: ["P0", "P1", "P2", "P3", "P4", "P5"].map((k) => names.get(k)) },
    ]);
    expect(bereich?.blocks).toEqual([
      { firstRow: 4, values: ["P0", "P1", "P2", "P3", "P4", "P5"].map((k) => bereiche.get(k)) },
    ]);
  });

  it("matches headers ignoring case and spaces, and ignores trailing empty header cells", () => {
    const p = plan(reviewed(), { inventory: inventory([" cluster ", "ID", "Leistung", "", null]) });
    expect(columns(p)).toEqual([
      { header: "Cluster", column: 1, create: false },
      { header: "Bereich", column: 4, create: true },
    ]);
  });

  it("keeps a user's own Bereich column and adds 'Bereich (Übersicht)' instead; the next run reuses it", () => {
    const own = {
      headers: ["ID", "Bereich", "Status"],
      columns: [{ header: "Bereich", index: 1, role: "fachbereich" as const, confidence: 1 }],
    };
    const bereichHeader = bereichColumnHeader(own);
    expect(bereichHeader).toBe("Bereich (Übersicht)");
    const first = plan(reviewed(), { inventory: inventory(own.headers, { bereichHeader }) });
    expect(columns(first)).toEqual([
      { header: "Cluster", column: 4, create: true },
      { header: "Bereich (Übersicht)", column: 5, create: true },
    ]);
    const again = plan(reviewed(), {
      inventory: inventory([...own.headers, "Cluster", "Bereich (Übersicht)"], { bereichHeader }),
    });
    expect(columns(again)).toEqual([
      { header: "Cluster", column: 4, create: false },
      { header: "Bereich (Übersicht)", column: 5, create: false },
    ]);
  });

  it("reuses its own columns on a second run, wherever the user moved them", () => {
    const p = plan(reviewed(), { inventory: inventory(["Bereich", "ID", "Cluster", "Leistung"]) });
    expect(columns(p)).toEqual([
      { header: "Cluster", column: 3, create: false },
      { header: "Bereich", column: 1, create: false },
    ]);
    const countCell = sheet(p, "Cluster")?.rows[1]?.[5];
    expect(countCell).toEqual({ formula: "COUNTIF('Inventar'!$D$4:$D$1048576,A2)", result: 2 });
  });

  it("cuts the values into runs of consecutive rows after a sort and skips unknown keys", () => {
    const rows = new Map([
      ["P0", 9],
      ["P1", 4],
      ["P2", 5],
      ["P9", 6],
      ["P4", 7],
    ]);
    const p = plan(reviewed(), { inventory: inventory(["ID"], { rows }) });
    expect(p.inventory?.columns[0]?.blocks.map((b) => [b.firstRow, b.values.length])).toEqual([
      [4, 2],
      [7, 1],
      [9, 1],
    ]);
  });

  it("keeps formula-looking and number-looking names as text in the inventory and the Cluster sheet", () => {
    const p = plan(reviewed());
    const values = p.inventory?.columns[0]?.blocks.flatMap((b) => b.values) ?? [];
    expect(values).toContain("=SUMME(A1)");
    const names = sheet(p, "Cluster")?.rows.map((row) => row[0]) ?? [];
    expect(names).toContain("=SUMME(A1)");
    expect(names).toContain("2024");
    expect(names.filter((n) => n === "=SUMME(A1)" || n === "2024").map((n) => reviewCellFormat(n!))).toEqual([
      "@",
      "@",
    ]);
  });

  it("counts over the table column in a table, over countTable without inventory, else plain numbers", () => {
    const history = reviewed();
    const inTable = plan(history, { inventory: inventory(["ID"], { tableName: "Prozesse" }) });
    expect(sheet(inTable, "Cluster")?.rows[1]?.[5]).toEqual({
      formula: "COUNTIF(Prozesse[Cluster],A2)",
      result: 2,
    });
    const report = plan(history, { inventory: null, countTable: "Tabelle1" });
    expect(report.inventory).toBeNull();
    expect(sheet(report, "Cluster")?.rows[1]?.[5]).toEqual({
      formula: "COUNTIF(Tabelle1[Cluster],A2)",
      result: 2,
    });
    expect(sheet(plan(history, { inventory: null }), "Cluster")?.rows[1]?.[5]).toBe(2);
  });

  it("appends the protocol below its last row and never rewrites it; a new sheet gets the header", () => {
    const history = reviewed();
    const fresh = sheet(plan(history), "Änderungsprotokoll");
    expect(fresh).toMatchObject({ mode: "append", firstRow: 1, boldRows: [1] });
    expect(fresh?.rows[0]).toEqual(["Zeitpunkt", "Aktion", "Prozess", "von", "nach", "Person"]);
    expect(fresh?.rows).toHaveLength(history.protocol.length + 1);
    const empty = sheet(plan(history, { protocolLastRow: 0 }), "Änderungsprotokoll");
    expect(empty?.rows).toHaveLength(history.protocol.length + 1);
    const later = sheet(plan(history, { protocolLastRow: 7 }), "Änderungsprotokoll");
    expect(later).toMatchObject({ mode: "append", firstRow: 8, boldRows: [], columnWidths: [] });
    expect(later?.rows.map((row) => row[1])).toEqual(history.protocol.map((e) => e.action));
    expect(
      sheet(plan(history, { newEntries: [], protocolLastRow: 7 }), "Änderungsprotokoll"),
    ).toBeUndefined();
    expect(
      sheet(plan(history, { newEntries: [], protocolLastRow: null }), "Änderungsprotokoll")?.rows,
    ).toEqual([["Zeitpunkt", "Aktion", "Prozess", "von", "nach", "Person"]]);
  });

  it("replaces the Cluster sheet (ID column hidden) and the very hidden settings sheet", () => {
    const p = plan(reviewed());
    const clusterSheet = sheet(p, "Cluster");
    expect(clusterSheet).toMatchObject({ mode: "replace", firstRow: 1, veryHidden: false, boldRows: [1] });
    expect(clusterSheet?.hiddenColumns).toEqual([clusterSheet?.rows[0]?.indexOf("ID")]);
    expect(sheet(p, "Prozesscluster-Einstellungen")).toMatchObject({ mode: "replace", veryHidden: true });
    expect(p.sheets.map((s) => s.name)).toEqual([
      "Cluster",
      "Prozesscluster-Einstellungen",
      "Änderungsprotokoll",
    ]);
  });
});
