import { renderMessage } from "../../../src/domain/messages/renderMessage";
import fc from "fast-check";
import { computeSummaryNumbers } from "../../../src/domain/summary/computeSummaryNumbers";
import {
  EMPTY_HISTORY,
  HISTORY_HEADERS,
  HISTORY_PROCESS_HEADERS,
  historyWithReport,
  previousStichtag,
  readHistory,
  sinceLastReport,
  type History,
} from "../../../src/domain/summary/history";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

const options = (stichtag: string) => ({ stichtag, reifegradModell: "1.1" as const });

function report(history: History, stichtag: string, rows = sampleRows(20)): History {
  const { inventory, clusters } = makeInventory(rows);
  const numbers = computeSummaryNumbers({ inventory, clusters, options: options(stichtag), history });
  return historyWithReport(history, { stichtag, clusters, records: inventory.records }, numbers);
}

describe("Verlauf (history)", () => {
  it("appends a snapshot per report, replaces only the same Stichtag and never touches earlier ones", () => {
    const first = report(EMPTY_HISTORY, "2026-06-30");
    const second = report(first, "2026-12-31");
    expect(second.snapshots.slice(0, first.snapshots.length)).toEqual(first.snapshots);
    expect(second.processes.slice(0, first.processes.length)).toEqual(first.processes);
    // A corrected report on the same Stichtag replaces that Stichtag's rows, nothing else.
    const corrected = report(second, "2026-12-31", sampleRows(12));
    expect(corrected.snapshots.filter((s) => s.stichtag === "2026-06-30")).toEqual(first.snapshots);
    expect(corrected.processes.filter((p) => p.stichtag === "2026-12-31")).toHaveLength(12);
    expect(previousStichtag(corrected, "2026-12-31")).toBe("2026-06-30");
    expect(previousStichtag(corrected, "2026-06-30")).toBeUndefined();
    // A report for a date in between compares with the latest earlier one.
    expect(previousStichtag(corrected, "2026-09-30")).toBe("2026-06-30");
  });

  it("reads back what it wrote, as serial numbers, Date values or text dates", () => {
    const history = report(EMPTY_HISTORY, "2026-06-30");
    const serial = (iso: string) =>
      Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))) / 86_400_000 +
      25_569;
    const snapshotRows = [
      [...HISTORY_HEADERS],
      ...history.snapshots.map((s, i) => [
        i % 3 === 0 ? serial(s.stichtag) : i % 3 === 1 ? new Date(`${s.stichtag}T00:00:00Z`) : "30.06.2026",
        s.level,
        s.name,
        s.bereich === "" ? null : s.bereich,
        s.anzahl,
        s.online,
        null,
        s.reifegradAvg,
        s.fallzahl,
        s.kostenEinmalig,
        s.kostenLaufend,
      ]),
    ];
    const processRows = [
      [...HISTORY_PROCESS_HEADERS],
      ...history.processes.map((p) => [
        serial(p.stichtag),
        p.kennung,
        p.name,
        p.cluster,
        p.online === null ? null : p.online ? "ja" : "nein",
      ]),
    ];
    const read = readHistory(snapshotRows, processRows);
    expect(read.notices).toEqual([]);
    expect(read.history).toEqual(history);
  });

  it("skips rows it cannot use with a German notice, and ignores a sheet that is not its own", () => {
    const read = readHistory(
      [
        ["Stichtag", "Ebene", "Name", "Bereich", "Anzahl Prozesse"],
        ["kein Datum", "Summe", "Summe", null, 3],
        [46203, "Gruppe", "X", null, 3],
        [46203, "Summe", "Summe", null, 3],
      ],
      [
        ["Datum", "Notiz"],
        [46203, "Haushalt"],
      ],
    );
    expect(read.history.snapshots).toHaveLength(1);
    expect(read.history.processes).toEqual([]);
    expect(read.notices.map((n) => renderMessage(n, "de"))).toEqual([
      expect.stringContaining("2 Zeilen im Blatt „Verlauf“"),
    ]);
  });

  it("counts processes newly online, new and gone by ID (else name), ignoring case", () => {
    const rows = sampleRows(10);
    const before = report(EMPTY_HISTORY, "2026-06-30", rows);
    const changed = rows.map((r, i) => (i === 0 ? { ...r, status: "online" as const } : r));
    const { inventory } = makeInventory(changed);
    // The tenth process got a new ID: the old one is gone, the new one is new.
    const records = inventory.records.map((r, k) =>
      k === 9 ? { ...r, key: "NEU-1", id: "neu-1", name: "Ganz neuer Prozess" } : r,
    );
    const since = sinceLastReport(before, "2026-12-31", records, true);
    const wasOnline = rows[0]?.status === "online";
    expect(since).toEqual({ previous: "2026-06-30", newlyOnline: wasOnline ? 0 : 1, added: 1, removed: 1 });
    expect(sinceLastReport(EMPTY_HISTORY, "2026-12-31", records, true)).toBeUndefined();
    // IDs compare ignoring case: "p-001" is still P-001.
    const lower = records.map((r) => (r.id === undefined ? r : { ...r, id: r.id.toLowerCase() }));
    expect(sinceLastReport(before, "2026-12-31", lower, true)?.removed).toBe(1);
  });

  it("property: the change columns' values are the difference to the previous snapshot of the same row", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 30 }), fc.integer({ min: 4, max: 30 }), (n1, n2) => {
        const first = report(EMPTY_HISTORY, "2026-06-30", sampleRows(n1));
        const { inventory, clusters } = makeInventory(sampleRows(n2));
        const numbers = computeSummaryNumbers({
          inventory,
          clusters,
          options: options("2026-12-31"),
          history: first,
        });
        const then = first.snapshots.find((s) => s.level === "Summe");
        expect(numbers.total.changeOnline).toBe((numbers.total.online as number) - (then?.online ?? 0));
        clusters.forEach((c, i) => {
          const old = first.snapshots.find(
            (s) => s.level === "Cluster" && s.name.toLowerCase() === c.label.toLowerCase(),
          );
          const value = numbers.clusters[i]?.changeOnline;
          if (old === undefined) expect(value).toBe("neu");
          else expect(value).toBe((numbers.clusters[i]?.online as number) - (old.online ?? 0));
        });
        expect(numbers.trend.map((t) => t.stichtag)).toEqual(["2026-06-30", "2026-12-31"]);
      }),
      { numRuns: 25 },
    );
  });
});
