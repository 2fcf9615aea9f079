import { renderMessage } from "../../../src/domain/messages/renderMessage";
import fc from "fast-check";
import type { ClusterConstraints, ClusterResult } from "../../../src/domain/clustering/types";
import type { ProcessRecord } from "../../../src/domain/inventory/types";
import * as A from "../../../src/domain/review/reviewActions";
import { rerunWithDecisions, type ProposeClusters } from "../../../src/domain/review/rerunWithDecisions";
import { reviewReducer } from "../../../src/domain/review/reviewReducer";
import { selectClusterNameByKey, selectMembers } from "../../../src/domain/review/reviewSelectors";
import type { ReviewAction, ReviewState } from "../../../src/domain/review/types";
import { validateReviewState } from "../../../src/domain/review/validateReviewState";
import { makeCluster, makeRecord, makeState, stamp } from "./reviewFactories";

/** A stand-in engine: groups by `index % groups`, ignores constraints (the re-run must enforce them). */
function fakeEngine(groups: number): ProposeClusters & { calls: ClusterConstraints[] } {
  const calls: ClusterConstraints[] = [];
  const propose = (records: readonly ProcessRecord[], constraints: ClusterConstraints): ClusterResult => {
    calls.push(constraints);
    const byGroup = new Map<number, string[]>();
    for (const record of records)
      byGroup.set(record.index % groups, [...(byGroup.get(record.index % groups) ?? []), record.key]);
    return {
      clusters: [...byGroup].map(([g, keys]) => makeCluster(`G${g}`, keys, `Gruppe ${g}`)),
      granularity: 0.5,
      strategy: { kind: "auto" },
    };
  };
  return Object.assign(propose, { calls });
}

function apply(state: ReviewState, ...actions: ReviewAction[]): ReviewState {
  return actions.reduce((current, action) => {
    const outcome = reviewReducer(current, action);
    if (!outcome.ok) throw new Error(renderMessage(outcome.error, "de"));
    return outcome.state;
  }, state);
}

describe("rerunWithDecisions", () => {
  const { state: proposed, records } = makeState(9, 3); // C0: P0-2, C1: P3-5, C2: P6-8
  const decided = apply(
    proposed,
    A.lockCluster("C0", stamp()),
    A.moveProcesses(["P3"], "C2", stamp()),
    A.pinProcess("P4", stamp()),
    A.renameCluster("C1", "Meldewesen", stamp()),
  );

  it("keeps locks, pins and manual moves, places new rows, drops vanished ones and summarises in German", () => {
    const next = [...records.filter((r) => r.key !== "P8"), makeRecord(9), makeRecord(10)];
    const { state, summary } = rerunWithDecisions({ state: decided }, next, fakeEngine(2));
    expect(validateReviewState(state)).toEqual([]);
    expect(selectMembers(state, "C0").map((p) => p.key)).toEqual(["P0", "P1", "P2"]);
    expect(state.clusters["C0"]?.locked).toBe(true);
    expect(state.processes["P3"]?.clusterId).toBe("C2");
    expect(state.processes["P4"]).toMatchObject({ clusterId: "C1", pinned: true });
    expect(state.clusters["C1"]?.name).toBe("Meldewesen");
    expect(state.processes["P8"]).toBeUndefined();
    expect(renderMessage(summary.message, "de")).toBe(
      "2 neue Prozesse zugeordnet, 1 entfernt, 5 Entscheidungen beibehalten",
    );
  });

  it("passes the decisions to the engine as constraints", () => {
    const engine = fakeEngine(2);
    rerunWithDecisions({ state: decided }, records, engine);
    expect(engine.calls[0]).toEqual({
      locked: [{ cluster: "Cluster C0", keys: ["P0", "P1", "P2"] }],
      pinned: [
        { key: "P3", cluster: "Cluster C2" },
        { key: "P4", cluster: "Meldewesen" },
      ],
      cannotLink: [],
    });
  });

  it("takes a hand edit in the Cluster column as a manual decision, into existing or new clusters", () => {
    const written = selectClusterNameByKey(decided);
    const next = records.map((r) => ({ ...r, cluster: written.get(r.key) ?? "" }));
    const edited = next.map((r) =>
      r.key === "P5" ? { ...r, cluster: "cluster c2" } : r.key === "P6" ? { ...r, cluster: "Ganz neu" } : r,
    );
    const { state, summary } = rerunWithDecisions({ state: decided }, edited, fakeEngine(3));
    expect(state.processes["P5"]).toMatchObject({ clusterId: "C2", manual: true });
    expect(state.clusters[state.processes["P6"]?.clusterId ?? ""]).toMatchObject({
      name: "Ganz neu",
      origin: "manual",
    });
    expect(summary.handEdits).toBe(2);
    expect(renderMessage(summary.message, "de")).toContain("2 Handänderungen übernommen");
  });

  it("without a stored review, takes the Cluster cells over as assignments and does not call them changes", () => {
    const filled = records.map((r, i) => (i < 5 ? { ...r, cluster: i < 3 ? "Alpha" : "Beta" } : r));
    const { state, summary } = rerunWithDecisions(null, filled, fakeEngine(3));
    expect(state.processes["P0"]?.clusterId).toBe(state.processes["P2"]?.clusterId);
    expect(renderMessage(summary.message, "de")).toBe(
      "5 Zuordnungen aus der Spalte „Cluster“ übernommen, 4 Prozesse neu zugeordnet",
    );
    expect(renderMessage(summary.message, "de")).not.toContain("Handänderung");
  });

  it("ignores hand edits into or out of a locked cluster and says so", () => {
    const edited = records.map((r) =>
      r.key === "P0" ? { ...r, cluster: "Meldewesen" } : r.key === "P7" ? { ...r, cluster: "Cluster C0" } : r,
    );
    const { state, summary } = rerunWithDecisions({ state: decided }, edited, fakeEngine(3));
    expect(state.processes["P0"]?.clusterId).toBe("C0");
    expect(state.processes["P7"]?.clusterId).not.toBe("C0");
    expect(renderMessage(summary.message, "de")).toContain(
      "2 Handänderungen an gesperrten Clustern nicht übernommen",
    );
  });

  it("does not count a cell showing the last written name as a hand edit after a rename in the sheet", () => {
    const renamed = apply(decided, A.renameCluster("C2", "Umbenannt", stamp()));
    const cells = records.map((r) => ({ ...r, cluster: selectClusterNameByKey(decided).get(r.key) ?? "" }));
    const { summary } = rerunWithDecisions(
      { state: renamed, writtenNames: Object.fromEntries(selectClusterNameByKey(decided)) },
      cells,
      fakeEngine(3),
    );
    expect(summary.handEdits).toBe(0);
  });

  it("recognises a re-keyed row by its unique name", () => {
    const next = records.map((r) => (r.key === "P4" ? { ...r, key: "row:99" } : r));
    const { state, summary } = rerunWithDecisions({ state: decided }, next, fakeEngine(3));
    expect(state.processes["row:99"]).toMatchObject({ clusterId: "C1", pinned: true });
    expect(summary.recognisedByName).toBe(1);
  });

  it("keeps 'nicht zusammen' and separates a pair the engine put together", () => {
    const marked = apply(proposed, A.pinProcess("P0", stamp()), A.markCannotLink("P0", "P3", stamp()));
    const { state } = rerunWithDecisions({ state: marked }, records, fakeEngine(3)); // engine: P0 with P3
    expect(state.cannotLink).toEqual([["P0", "P3"]]);
    expect(state.processes["P0"]?.clusterId).not.toBe(state.processes["P3"]?.clusterId);
    expect(validateReviewState(state)).toEqual([]);
  });

  it("treats every non-empty Cluster cell as a decision when nothing was stored", () => {
    const cells = records.map((r) => ({ ...r, cluster: r.index < 4 ? "Alt" : "" }));
    const { state } = rerunWithDecisions(null, cells, fakeEngine(2));
    const alt = state.processes["P0"]?.clusterId ?? "";
    expect(state.clusters[alt]).toMatchObject({ name: "Alt", origin: "manual" });
    expect(selectMembers(state, alt).map((p) => p.key)).toEqual(
      expect.arrayContaining(["P0", "P1", "P2", "P3"]),
    );
    expect(["P0", "P1", "P2", "P3"].map((key) => state.processes[key]?.manual)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(validateReviewState(state)).toEqual([]);
  });
});

describe("rerunWithDecisions properties", () => {
  const scenario = fc.record({
    n: fc.integer({ min: 1, max: 15 }),
    size: fc.integer({ min: 1, max: 4 }),
    locks: fc.array(fc.nat(), { maxLength: 3 }),
    pins: fc.array(fc.nat(), { maxLength: 4 }),
    removed: fc.array(fc.nat(), { maxLength: 5 }),
    renamed: fc.array(fc.nat(), { maxLength: 3 }),
    rekeyed: fc.array(fc.nat(), { maxLength: 3 }),
    added: fc.integer({ min: 0, max: 5 }),
    order: fc.array(fc.nat()),
    groups: fc.integer({ min: 1, max: 5 }),
    writeCells: fc.boolean(),
  });

  it("yields a partition of the new rows and keeps all locks and pins of surviving rows", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { state: initial, records } = makeState(s.n, s.size);
        let state = initial;
        for (const i of s.pins) state = apply(state, A.pinProcess(`P${i % s.n}`, stamp()));
        for (const i of s.locks)
          state = apply(
            state,
            A.lockCluster(state.clusterOrder[i % state.clusterOrder.length] ?? "", stamp()),
          );
        const written = selectClusterNameByKey(state);
        const removed = new Set(s.removed.map((i) => `P${i % s.n}`));
        let next: ProcessRecord[] = records
          .filter((r) => !removed.has(r.key))
          .map((r) => (s.writeCells ? { ...r, cluster: written.get(r.key) ?? "" } : r))
          .map((r) =>
            s.renamed.some((i) => `P${i % s.n}` === r.key) ? { ...r, name: `${r.name} (neu)` } : r,
          )
          .map((r) =>
            s.rekeyed.some((i) => `P${i % s.n}` === r.key) && !r.name.endsWith("(neu)")
              ? { ...r, key: `X${r.key}` }
              : r,
          );
        for (let j = 0; j < s.added; j += 1) next.push(makeRecord(100 + j, { name: `Neu ${j}` }));
        next = shuffle(next, s.order).map((r, index) => ({ ...r, index }));

        const { state: result, summary } = rerunWithDecisions({ state }, next, fakeEngine(s.groups));

        expect(validateReviewState(result)).toEqual([]);
        expect(result.processOrder).toEqual(next.map((r) => r.key));
        expect(summary.handEdits).toBe(0);
        expect(summary.removed).toBe(removed.size);
        for (const record of next) {
          const oldKey = record.key.startsWith("X") ? record.key.slice(1) : record.key;
          const old = state.processes[oldKey];
          if (old === undefined) continue;
          const oldCluster = state.clusters[old.clusterId];
          const now = result.processes[record.key];
          if (oldCluster?.locked === true || old.pinned) {
            expect(now?.clusterId).toBe(old.clusterId);
            expect(result.clusters[old.clusterId]).toEqual(oldCluster);
          }
          expect(now?.pinned).toBe(old.pinned);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function shuffle<T>(items: readonly T[], seeds: readonly number[]): T[] {
  const result = [...items];
  seeds.forEach((seed, i) => {
    const a = i % result.length;
    const b = seed % result.length;
    const x = result[a];
    const y = result[b];
    if (x !== undefined && y !== undefined) {
      result[a] = y;
      result[b] = x;
    }
  });
  return result;
}
