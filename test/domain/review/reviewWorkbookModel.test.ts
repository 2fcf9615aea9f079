import { renderMessage } from "../../../src/domain/messages/renderMessage";
import fc from "fast-check";
import type { RawCell } from "../../../src/domain/inventory/types";
import { clusterSheetRows, readClusterSheet } from "../../../src/domain/review/clusterSheet";
import { protocolRows, protocolHeaderRow, readProtocolSheet } from "../../../src/domain/review/protocolSheet";
import * as A from "../../../src/domain/review/reviewActions";
import { reviewReducer } from "../../../src/domain/review/reviewReducer";
import { localTimestamp, protocolTimeSerial } from "../../../src/domain/review/protocolTime";
import {
  CLUSTER_SHEET_HIDDEN_COLUMNS,
  cellResult,
  type ReviewSheetCell,
} from "../../../src/domain/review/reviewSheetTypes";
import { excelSerialDate } from "../../../src/domain/summary/excelSerialDate";
import { reviewStateFromWorkbook } from "../../../src/domain/review/reviewStateFromWorkbook";
import {
  DEFAULT_REVIEW_SETTINGS,
  readSettingsSheet,
  settingsSheetRows,
} from "../../../src/domain/review/settingsSheet";
import {
  NO_REASON,
  verbatimReason,
  type ReviewSettings,
  type ReviewState,
} from "../../../src/domain/review/types";
import { validateReviewState } from "../../../src/domain/review/validateReviewState";
import { asWrittenToSheet, makeState, stamp } from "./reviewFactories";

/** What a spreadsheet gives back: formulas as their result. */
const asRead = (rows: ReviewSheetCell[][]): RawCell[][] => rows.map((row) => row.map(cellResult));

function decided(): ReviewState {
  const { state } = makeState(7, 3);
  const actions = [
    A.lockCluster("C0", stamp()),
    A.splitCluster("C1", ["P4"], "N1", "Abgespalten", stamp()),
    A.describeCluster("N1", "Mit Beschreibung; und = Zeichen", stamp()),
    A.pinProcess("P6", stamp()),
    A.markCannotLink("P3", "P4", stamp()),
    A.createCluster("N2", "Leer", "noch leer", stamp()),
  ];
  return actions.reduce((s, action) => {
    const outcome = reviewReducer(s, action);
    if (!outcome.ok) throw new Error(renderMessage(outcome.error, "de"));
    return outcome.state;
  }, state);
}

const settings: ReviewSettings = {
  ...DEFAULT_REVIEW_SETTINGS,
  strategy: { kind: "column", column: 3, subColumn: 5 },
  granularity: 0.35,
  synonyms: [{ from: "kfz", to: "kraftfahrzeug" }],
  stopWords: ["antrag", "erteilung"],
  reifegradModell: "2.0",
};

describe("review workbook model", () => {
  it("round-trips state and settings through the sheets exactly", () => {
    const state = decided();
    const back = reviewStateFromWorkbook({
      clusterSheet: asRead(clusterSheetRows(state)),
      settingsSheet: asRead(settingsSheetRows(settings, state)),
    });
    expect(back.decisions?.state).toEqual(asWrittenToSheet(state));
    expect(back.settings).toEqual(settings);
  });

  it("round-trips every Bereich source through the settings sheet", () => {
    const state = decided();
    const sources: ReviewSettings["bereich"][] = [
      { kind: "auto" },
      { kind: "themenfeld" },
      { kind: "lebenslage" },
      { kind: "taskArea" },
      { kind: "column", column: 4 },
      { kind: "cut" },
      { kind: "off" },
    ];
    for (const bereich of sources) {
      const back = reviewStateFromWorkbook({
        clusterSheet: asRead(clusterSheetRows(state)),
        settingsSheet: asRead(settingsSheetRows({ ...settings, bereich }, state)),
      });
      expect(back.settings?.bereich).toEqual(bereich);
    }
  });

  it("writes Anzahl as a live COUNTIF when a column reference is given", () => {
    const rows = clusterSheetRows(decided(), { countRange: "'Inventar'!$K$2:$K$8" });
    expect(rows[0]).toEqual([
      "Name",
      "Beschreibung",
      "gesperrt",
      "Herkunft",
      "Begründung",
      "Anzahl",
      "Bereich",
      "Bereich-Herkunft",
      "Bereich-Begründung",
      "ID",
    ]);
    expect(rows[1]).toEqual([
      "Cluster C0",
      "",
      "ja",
      "Vorschlag",
      "Grund C0",
      { formula: "COUNTIF('Inventar'!$K$2:$K$8,A2)", result: 3 },
      expect.any(String),
      "Vorschlag",
      expect.any(String),
      "C0",
    ]);
  });

  it("keeps the internal ID in the last column, the one the adapters hide", () => {
    const header = clusterSheetRows(decided())[0] ?? [];
    expect(CLUSTER_SHEET_HIDDEN_COLUMNS).toEqual([header.length - 1]);
    expect(header[header.length - 1]).toBe("ID");
  });

  it("reads a Cluster sheet of an older version (ID in the first column)", () => {
    const state = decided();
    const rows = clusterSheetRows(state).map((row) => [row[row.length - 1] ?? "", ...row.slice(0, -1)]);
    expect(rows[0]?.[0]).toBe("ID");
    const back = reviewStateFromWorkbook({
      clusterSheet: asRead(rows),
      settingsSheet: asRead(settingsSheetRows(settings, state)),
    });
    expect(back.decisions?.state).toEqual(asWrittenToSheet(state));
  });

  it("tolerates hand edits: reordered columns, renamed clusters, a cluster row added by hand", () => {
    const sheet: RawCell[][] = [
      ["Liste der Cluster"],
      ["Name", "ID", "gesperrt", "Herkunft", "Bereich", "Bereich-Herkunft"],
      ["Kfz neu benannt", "C0", "X", "Vorschlag", "Mobilität", "manuell"],
      ["Von Hand", null, "", "manuell", "", ""],
      ["Kfz neu benannt", "C0", 0, "", "Mobilität", "Vorschlag"],
    ];
    const unplaced = { bereich: "", bereichReason: NO_REASON, bereichManual: false };
    expect(readClusterSheet(sheet)).toEqual([
      {
        id: "C0",
        name: "Kfz neu benannt",
        description: "",
        locked: true,
        origin: "proposal",
        reason: NO_REASON,
        bereich: "Mobilität",
        bereichReason: NO_REASON,
        bereichManual: true,
      },
      {
        id: "manuell-4",
        name: "Von Hand",
        description: "",
        locked: false,
        origin: "manual",
        reason: NO_REASON,
        ...unplaced,
      },
      {
        id: "C0-2",
        name: "Kfz neu benannt (2)",
        description: "",
        locked: false,
        origin: "proposal",
        reason: NO_REASON,
        ...unplaced,
        bereich: "Mobilität",
      },
    ]);
  });

  it("reads typed cells as a German Excel shows them (WAHR/FALSCH, dd.mm.yyyy), as the inventory does", () => {
    const sheet: RawCell[][] = [
      ["Name", "ID", "gesperrt", "Beschreibung", "Begründung"],
      [true, "C1", true, new Date(Date.UTC(2026, 2, 31)), false],
    ];
    expect(readClusterSheet(sheet)?.[0]).toMatchObject({
      id: "C1",
      name: "WAHR",
      locked: true,
      description: "31.03.2026",
      reason: verbatimReason("FALSCH"),
    });
  });

  it("recreates clusters from stored assignments when the definitions sheet was deleted", () => {
    const state = decided();
    const back = reviewStateFromWorkbook({
      clusterSheet: null,
      settingsSheet: asRead(settingsSheetRows(settings, state)),
    });
    expect(back.decisions?.state.processes).toEqual(state.processes);
    expect(validateReviewState(back.decisions?.state ?? state)).toEqual([]);
  });

  it("reports no decisions for a workbook without review sheets", () => {
    expect(reviewStateFromWorkbook({ clusterSheet: null, settingsSheet: null })).toEqual({
      decisions: null,
      settings: DEFAULT_REVIEW_SETTINGS,
    });
  });

  it("falls back to defaults for unreadable settings", () => {
    const content = readSettingsSheet([
      ["Strategie", "{kaputt"],
      ["Granularität", "7"],
      ["Reifegradmodell", "3"],
    ]);
    expect(content.settings).toEqual(DEFAULT_REVIEW_SETTINGS);
  });

  it("round-trips protocol entries", () => {
    const entries = [
      {
        time: stamp(1).at,
        action: "Verschoben",
        process: "=SUMME(A1)",
        from: "A",
        to: "B",
        person: "",
      },
    ];
    expect(readProtocolSheet(asRead([protocolHeaderRow(), ...protocolRows(entries)]))).toEqual(entries);
  });

  it("writes a local stamp as an Excel date-time in the reviewer's wall-clock time and reads it back", () => {
    // 2026-12-04T15:52:36.633Z in Berlin (UTC+1): 16:52:36 local.
    const at = localTimestamp(Date.UTC(2026, 11, 4, 15, 52, 36, 633), 60);
    expect(at).toBe("2026-12-04T16:52:36+01:00");
    const entry = { time: at, action: "Umbenannt", process: "", from: "A", to: "B", person: "Eva" };
    const [row] = protocolRows([entry]);
    const serial = excelSerialDate("2026-12-04") + (16 * 3600 + 52 * 60 + 36) / 86_400;
    expect(row?.[0]).toEqual({ serial, numberFormat: "dd.mm.yyyy hh:mm" });
    const back = readProtocolSheet(asRead([protocolHeaderRow(), ...protocolRows([entry])]));
    expect(back).toEqual([{ ...entry, time: "2026-12-04T16:52:36" }]);
    // ExcelJS gives a date-formatted cell back as a Date on the serial's UTC fields.
    const asDate = new Date(Math.round((serial - 25_569) * 86_400_000));
    expect(readProtocolSheet([protocolHeaderRow() as string[], [asDate, "Umbenannt"]])[0]?.time).toBe(
      "2026-12-04T16:52:36",
    );
  });

  it("writes an entry read back from a date-time cell as a date-time again (report copies the protocol)", () => {
    const entry = {
      time: "2026-12-04T16:52:36+01:00",
      action: "A",
      process: "",
      from: "",
      to: "",
      person: "",
    };
    const once = readProtocolSheet(asRead([protocolHeaderRow(), ...protocolRows([entry])]));
    expect(protocolRows(once)).toEqual(protocolRows([entry]));
  });

  it("formats offsets west of UTC and across midnight", () => {
    expect(localTimestamp(Date.UTC(2026, 0, 1, 2, 5, 9), -300)).toBe("2025-12-31T21:05:09-05:00");
    expect(localTimestamp(Date.UTC(2026, 5, 30, 23, 30), 330)).toBe("2026-07-01T05:00:00+05:30");
  });

  it("keeps UTC stamps of older versions as text, written and read", () => {
    const old = "2026-12-04T15:52:36.633Z";
    expect(protocolTimeSerial(old)).toBeNull();
    const entry = { time: old, action: "Verschoben", process: "P", from: "A", to: "B", person: "" };
    expect(protocolRows([entry])[0]?.[0]).toBe(old);
    expect(readProtocolSheet([protocolHeaderRow() as string[], [old, "Verschoben", "P", "A", "B"]])).toEqual([
      entry,
    ]);
  });

  it("round-trips any reachable state", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(), fc.nat()), { maxLength: 25 }),
        (ops) => {
          let { state } = makeState(9, 3);
          ops.forEach(([kind, a, b], i) => {
            const ids = state.clusterOrder;
            const keys = state.processOrder;
            const id = ids[a % ids.length] ?? "";
            const key = keys[b % keys.length] ?? "";
            const action = [
              A.moveProcesses([key], id, stamp(i)),
              A.lockCluster(id, stamp(i)),
              A.pinProcess(key, stamp(i)),
              A.renameCluster(id, `Name ${b % 4}`, stamp(i)),
              A.splitCluster(state.processes[key]?.clusterId ?? "", [key], `S${i}`, "", stamp(i)),
              A.markCannotLink(key, keys[a % keys.length] ?? "", stamp(i)),
            ][kind];
            if (action !== undefined) state = reviewReducer(state, action).state;
          });
          const back = reviewStateFromWorkbook({
            clusterSheet: asRead(clusterSheetRows(state)),
            settingsSheet: asRead(settingsSheetRows(DEFAULT_REVIEW_SETTINGS, state)),
          });
          expect(back.decisions?.state).toEqual(asWrittenToSheet(state));
        },
      ),
    );
  });
});
