import { renderMessage } from "../../../src/domain/messages/renderMessage";
import fc from "fast-check";
import * as A from "../../../src/domain/review/reviewActions";
import { createReviewHistory, reviewHistoryReducer } from "../../../src/domain/review/reviewHistory";
import type { HistoryAction, ReviewHistory, ReviewState } from "../../../src/domain/review/types";
import { validateReviewState } from "../../../src/domain/review/validateReviewState";
import { makeState, stamp } from "./reviewFactories";

/** An action described by small integers; turned into a real action against the current state. */
const seedArb = fc.record({
  kind: fc.integer({ min: 0, max: 14 }),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
});
type Seed = typeof seedArb extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(items: readonly T[], n: number): T {
  const item = items[n % items.length];
  if (item === undefined) throw new Error("empty");
  return item;
}

function toAction(state: ReviewState, seed: Seed, step: number): HistoryAction {
  const s = stamp(step);
  const keys = state.processOrder;
  const ids = state.clusterOrder.length > 0 ? state.clusterOrder : ["none"];
  const someKeys = keys.filter((_, i) => (seed.c >> (i % 30)) & 1);
  switch (seed.kind) {
    case 0:
      return A.moveProcesses(someKeys.length > 0 ? someKeys : [pick(keys, seed.a)], pick(ids, seed.b), s);
    case 1:
      return A.mergeClusters([pick(ids, seed.a)], pick(ids, seed.b), s);
    case 2: {
      const id = pick(ids, seed.a);
      const members = keys.filter((key) => state.processes[key]?.clusterId === id);
      const selected = members.filter((_, i) => (seed.c >> (i % 30)) & 1);
      return A.splitCluster(
        id,
        selected.length > 0 ? selected : members.slice(0, 1),
        `S${step}`,
        seed.b % 3 === 0 ? "" : `Teil ${step}`,
        s,
      );
    }
    case 3:
      return A.createCluster(`N${step}`, `Neu ${seed.a % 5}`, "", s);
    case 4:
      return A.renameCluster(pick(ids, seed.a), `Name ${seed.b % 7}`, s);
    case 5:
      return A.describeCluster(pick(ids, seed.a), `Beschreibung ${seed.b % 3}`, s);
    case 6:
      return A.dissolveCluster(pick(ids, seed.a), s);
    case 7:
      return A.lockCluster(pick(ids, seed.a), s);
    case 8:
      return A.unlockCluster(pick(ids, seed.a), s);
    case 9:
      return A.pinProcess(pick(keys, seed.a), s);
    case 10:
      return A.unpinProcess(pick(keys, seed.a), s);
    case 11:
      return A.markCannotLink(pick(keys, seed.a), pick(keys, seed.b), s);
    case 12:
    case 13:
      return A.undo(s);
    default:
      return A.redo(s);
  }
}

const initialArb = fc.record({ n: fc.integer({ min: 1, max: 12 }), size: fc.integer({ min: 1, max: 5 }) });

function run(initial: ReviewState, seeds: readonly Seed[], check: (h: ReviewHistory) => void): ReviewHistory {
  let history = createReviewHistory(initial);
  seeds.forEach((seed, step) => {
    history = reviewHistoryReducer(history, toAction(history.present, seed, step));
    check(history);
  });
  return history;
}

describe("reviewHistoryReducer", () => {
  it("keeps a partition of the rows after every operation, undo and redo", () => {
    fc.assert(
      fc.property(initialArb, fc.array(seedArb, { maxLength: 40 }), ({ n, size }, seeds) => {
        const { state } = makeState(n, size);
        run(state, seeds, (history) => {
          expect(validateReviewState(history.present)).toEqual([]);
          expect(history.present.processOrder).toEqual(state.processOrder);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("undoing everything returns the initial state exactly, redoing everything the final one", () => {
    fc.assert(
      fc.property(initialArb, fc.array(seedArb, { maxLength: 40 }), ({ n, size }, seeds) => {
        const { state } = makeState(n, size);
        let history = run(state, seeds, () => undefined);
        const final = history.present;
        const steps = history.past.length;
        for (let i = 0; i < steps; i += 1) history = reviewHistoryReducer(history, A.undo(stamp()));
        expect(history.present).toEqual(state);
        for (let i = 0; i < steps; i += 1) history = reviewHistoryReducer(history, A.redo(stamp()));
        expect(history.present).toEqual(final);
      }),
      { numRuns: 300 },
    );
  });

  it("only appends to the protocol", () => {
    fc.assert(
      fc.property(fc.array(seedArb, { maxLength: 30 }), (seeds) => {
        const { state } = makeState(8, 3);
        let previous: ReviewHistory["protocol"] = [];
        run(state, seeds, (history) => {
          expect(history.protocol.slice(0, previous.length)).toEqual(previous);
          previous = history.protocol;
        });
      }),
    );
  });

  it("logs undo and redo as their own entries with swapped direction", () => {
    const { state } = makeState(4, 2);
    let history = createReviewHistory(state);
    history = reviewHistoryReducer(history, A.moveProcesses(["P0"], "C1", stamp(1)));
    history = reviewHistoryReducer(history, A.undo(stamp(2, "Herr B")));
    history = reviewHistoryReducer(history, A.redo(stamp(3)));
    expect(history.protocol.map((e) => [e.action, e.from, e.to, e.person])).toEqual([
      ["Verschoben", "Cluster C0", "Cluster C1", "Test"],
      ["Rückgängig: Verschoben", "Cluster C1", "Cluster C0", "Herr B"],
      ["Wiederholt: Verschoben", "Cluster C0", "Cluster C1", "Test"],
    ]);
  });

  it("keeps the state and sets lastError for a refused action; the next success clears it", () => {
    const { state } = makeState(4, 2);
    let history = reviewHistoryReducer(createReviewHistory(state), A.lockCluster("C1", stamp()));
    const locked = history.present;
    history = reviewHistoryReducer(history, A.moveProcesses(["P0"], "C1", stamp()));
    expect(history.present).toBe(locked);
    expect(history.past).toHaveLength(1);
    expect(renderMessage(history.lastError ?? { code: "common.list" }, "de")).toMatch(/gesperrt/);
    history = reviewHistoryReducer(history, A.undo(stamp()));
    expect(history.lastError).toBeNull();
    const nothing = reviewHistoryReducer(history, A.undo(stamp())).lastError;
    expect(nothing === null ? null : renderMessage(nothing, "de")).toBe(
      "Es gibt nichts rückgängig zu machen.",
    );
  });
});
