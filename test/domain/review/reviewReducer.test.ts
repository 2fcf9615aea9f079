import { renderMessage } from "../../../src/domain/messages/renderMessage";
import * as A from "../../../src/domain/review/reviewActions";
import { reviewReducer } from "../../../src/domain/review/reviewReducer";
import {
  selectClustersSorted,
  selectMembers,
  selectSingletons,
} from "../../../src/domain/review/reviewSelectors";
import type { ReviewOutcome, ReviewState } from "../../../src/domain/review/types";
import { validateReviewState } from "../../../src/domain/review/validateReviewState";
import { makeState, stamp } from "./reviewFactories";

/** The outcome with its refusal rendered in German, for comparing the wording. */
function inGerman(outcome: ReviewOutcome) {
  return outcome.ok ? outcome : { ...outcome, error: renderMessage(outcome.error, "de") };
}

function ok(outcome: ReviewOutcome): ReviewState {
  if (!outcome.ok) throw new Error(renderMessage(outcome.error, "de"));
  expect(validateReviewState(outcome.state)).toEqual([]);
  return outcome.state;
}

const members = (state: ReviewState, id: string) => selectMembers(state, id).map((p) => p.key);

describe("reviewReducer", () => {
  const { state } = makeState(6, 3); // C0: P0 P1 P2, C1: P3 P4 P5

  it("moves processes, marks them manual and logs one entry per process", () => {
    const outcome = reviewReducer(state, A.moveProcesses(["P0", "P1"], "C1", stamp(1, "Frau A")));
    const next = ok(outcome);
    expect(members(next, "C1")).toEqual(["P0", "P1", "P3", "P4", "P5"]);
    expect(next.processes["P0"]?.manual).toBe(true);
    expect(outcome.ok && outcome.entries).toEqual([
      {
        time: stamp(1).at,
        action: "Verschoben",
        process: "Prozess 0",
        from: "Cluster C0",
        to: "Cluster C1",
        person: "Frau A",
      },
      {
        time: stamp(1).at,
        action: "Verschoben",
        process: "Prozess 1",
        from: "Cluster C0",
        to: "Cluster C1",
        person: "Frau A",
      },
    ]);
  });

  it("removes a proposed cluster that lost its last member", () => {
    const next = ok(reviewReducer(state, A.moveProcesses(["P0", "P1", "P2"], "C1", stamp())));
    expect(next.clusterOrder).toEqual(["C1"]);
  });

  it("refuses moves into and out of a locked cluster with a German message", () => {
    const locked = ok(reviewReducer(state, A.lockCluster("C1", stamp())));
    const into = reviewReducer(locked, A.moveProcesses(["P0"], "C1", stamp()));
    const out = reviewReducer(locked, A.moveProcesses(["P3"], "C0", stamp()));
    expect(inGerman(into)).toEqual({
      ok: false,
      state: locked,
      error: expect.stringContaining("„Cluster C1“ ist gesperrt"),
    });
    expect(inGerman(out)).toEqual({
      ok: false,
      state: locked,
      error: expect.stringContaining("„Prozess 3“ kann nicht heraus"),
    });
  });

  it("merges clusters into the target and removes the sources", () => {
    const next = ok(reviewReducer(state, A.mergeClusters(["C0"], "C1", stamp())));
    expect(next.clusterOrder).toEqual(["C1"]);
    expect(members(next, "C1")).toHaveLength(6);
  });

  it("splits selected members into a new manual cluster", () => {
    const next = ok(reviewReducer(state, A.splitCluster("C0", ["P2"], "N1", "Neu", stamp())));
    expect(next.clusters["N1"]).toMatchObject({ name: "Neu", origin: "manual" });
    expect(members(next, "N1")).toEqual(["P2"]);
    expect(members(next, "C0")).toEqual(["P0", "P1"]);
  });

  it("refuses a split of members that are not in the cluster", () => {
    const outcome = reviewReducer(state, A.splitCluster("C0", ["P3"], "N1", "Neu", stamp()));
    expect(outcome.ok).toBe(false);
  });

  it("creates empty manual clusters but refuses a taken name or id", () => {
    const next = ok(reviewReducer(state, A.createCluster("N1", "Kfz", "", stamp())));
    expect(selectMembers(next, "N1")).toEqual([]);
    expect(inGerman(reviewReducer(next, A.createCluster("N2", " kfz ", "", stamp())))).toMatchObject({
      ok: false,
      error: "Der Name „kfz“ ist schon vergeben.",
    });
    expect(reviewReducer(next, A.createCluster("N1", "Anders", "", stamp())).ok).toBe(false);
  });

  it("renames and describes clusters", () => {
    const renamed = ok(reviewReducer(state, A.renameCluster("C0", "Führerschein", stamp())));
    const described = ok(
      reviewReducer(renamed, A.describeCluster("C0", "Alles rund um den Führerschein", stamp())),
    );
    expect(described.clusters["C0"]).toMatchObject({
      name: "Führerschein",
      description: "Alles rund um den Führerschein",
    });
    expect(reviewReducer(renamed, A.renameCluster("C1", "FÜHRERSCHEIN", stamp())).ok).toBe(false);
  });

  it("dissolves a cluster into Einzelprozesse", () => {
    const next = ok(reviewReducer(state, A.dissolveCluster("C0", stamp())));
    expect(selectSingletons(next).map((p) => p.key)).toEqual(["P0", "P1", "P2"]);
    expect(next.clusters["einzel-P0"]).toMatchObject({ name: "Prozess 0", origin: "manual" });
    expect(selectClustersSorted(next).map((v) => v.cluster.id)).toEqual(["C1"]);
  });

  it("pins and unpins processes", () => {
    const pinned = ok(reviewReducer(state, A.pinProcess("P4", stamp())));
    expect(pinned.processes["P4"]?.pinned).toBe(true);
    expect(ok(reviewReducer(pinned, A.unpinProcess("P4", stamp()))).processes["P4"]?.pinned).toBe(false);
  });

  it("marks 'nicht zusammen' only across clusters and then refuses joining them", () => {
    expect(reviewReducer(state, A.markCannotLink("P0", "P1", stamp())).ok).toBe(false);
    const marked = ok(reviewReducer(state, A.markCannotLink("P3", "P0", stamp())));
    expect(marked.cannotLink).toEqual([["P0", "P3"]]);
    const outcome = reviewReducer(marked, A.moveProcesses(["P0"], "C1", stamp()));
    expect(inGerman(outcome)).toMatchObject({
      ok: false,
      error: expect.stringContaining("dürfen nicht im selben Cluster sein"),
    });
    expect(reviewReducer(marked, A.mergeClusters(["C0"], "C1", stamp())).ok).toBe(false);
  });

  it("returns the same state object for an action that changes nothing", () => {
    const outcome = reviewReducer(state, A.moveProcesses(["P0"], "C0", stamp()));
    expect(outcome).toEqual({ ok: true, state, entries: [] });
    expect(outcome.state).toBe(state);
  });

  it("does not confuse ids with Object.prototype members", () => {
    expect(reviewReducer(state, A.moveProcesses(["P0"], "constructor", stamp())).ok).toBe(false);
    expect(reviewReducer(state, A.pinProcess("toString", stamp())).ok).toBe(false);
  });

  it("throws on an action type it does not know (data from outside), also one named like a prototype member", () => {
    for (const type of ["undo", "constructor", "toString", "noSuchAction"]) {
      const action = { type, ...stamp() } as unknown as A.ReviewAction;
      expect(() => reviewReducer(state, action)).toThrow(
        new TypeError(`Unbekannte Aktion: ${JSON.stringify(action)}`),
      );
    }
  });
});

describe("review action creators", () => {
  it("write the type first, then the fields in order, then the stamp (the stored key order)", () => {
    const at = stamp(1, "Frau A");
    expect(JSON.stringify(A.mergeClusters(["C0"], "C1", at))).toBe(
      JSON.stringify({ type: "mergeClusters", sourceIds: ["C0"], targetId: "C1", ...at }),
    );
    expect(JSON.stringify(A.mergeClusters(["C0"], "C1", at, "Neu"))).toBe(
      JSON.stringify({ type: "mergeClusters", sourceIds: ["C0"], targetId: "C1", name: "Neu", ...at }),
    );
    expect(JSON.stringify(A.createCluster("N", "Neu", "", at))).toBe(
      JSON.stringify({ type: "createCluster", clusterId: "N", name: "Neu", description: "", ...at }),
    );
    expect(JSON.stringify(A.createCluster("N", "Neu", "", at, "B"))).toBe(
      JSON.stringify({
        type: "createCluster",
        clusterId: "N",
        name: "Neu",
        description: "",
        bereich: "B",
        ...at,
      }),
    );
    expect(JSON.stringify(A.splitCluster("C0", ["P0"], "N", "", at))).toBe(
      JSON.stringify({
        type: "splitCluster",
        clusterId: "C0",
        keys: ["P0"],
        newClusterId: "N",
        name: "",
        ...at,
      }),
    );
    expect(JSON.stringify(A.markCannotLink("P0", "P3", at))).toBe(
      JSON.stringify({ type: "markCannotLink", a: "P0", b: "P3", ...at }),
    );
    expect(JSON.stringify(A.undo(at))).toBe(JSON.stringify({ type: "undo", ...at }));
  });
});
