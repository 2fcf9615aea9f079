import { renderMessage } from "../../../src/domain/messages/renderMessage";
import fc from "fast-check";
import type { ClusterResult, ProposedBereich } from "../../../src/domain/clustering/types";
import type { ProcessRecord } from "../../../src/domain/inventory/types";
import * as A from "../../../src/domain/review/reviewActions";
import { createReviewHistory, reviewHistoryReducer } from "../../../src/domain/review/reviewHistory";
import { rerunWithDecisions } from "../../../src/domain/review/rerunWithDecisions";
import { reviewReducer } from "../../../src/domain/review/reviewReducer";
import { reviewStateFromProposal } from "../../../src/domain/review/reviewStateFromProposal";
import type { ReviewAction, ReviewState } from "../../../src/domain/review/types";
import { makeCluster, makeRecord, stamp } from "./reviewFactories";
import { msg } from "../../../src/domain/messages/renderMessage";

/** A proposal of clusters (groups of record indexes) inside Bereiche (groups of cluster indexes). */
function proposal(
  groups: readonly (readonly number[])[],
  bereiche: readonly (readonly [string, readonly number[]])[],
): ClusterResult {
  const clusters = groups.map((group, g) =>
    makeCluster(
      `C${g}`,
      group.map((i) => `P${i}`),
    ),
  );
  const list: ProposedBereich[] = bereiche.map(([label, ids]) => ({
    id: `b:${label}`,
    label,
    reason: msg("common.verbatim", { text: `Grund ${label}` }),
    clusterIds: ids.map((g) => `C${g}`),
  }));
  const clusterReasons = Object.fromEntries(
    bereiche.flatMap(([label, ids]) =>
      ids.map((g) => [`C${g}`, msg("common.verbatim", { text: `in ${label}` })] as const),
    ),
  );
  return {
    clusters,
    granularity: 0.5,
    strategy: { kind: "auto" },
    overview: {
      choice: { kind: "cut", why: msg("common.verbatim", { text: "Test" }) },
      bereiche: list,
      clusterReasons,
    },
  };
}

function apply(state: ReviewState, ...actions: ReviewAction[]): ReviewState {
  return actions.reduce((current, action) => {
    const outcome = reviewReducer(current, action);
    if (!outcome.ok) throw new Error(renderMessage(outcome.error, "de"));
    return outcome.state;
  }, state);
}

const records: ProcessRecord[] = Array.from({ length: 9 }, (_, i) => makeRecord(i));
// C0: P0-2, C1: P3-5, C2: P6-8; Bereich Mobilität = C0, C1; Familie = C2.
const result = proposal(
  [
    [0, 1, 2],
    [3, 4, 5],
    [6, 7, 8],
  ],
  [
    ["Mobilität", [0, 1]],
    ["Familie", [2]],
  ],
);
const bereichOf = (state: ReviewState, id: string) => state.clusters[id]?.bereich;

describe("Bereiche in the review", () => {
  const proposed = reviewStateFromProposal(result, records);

  it("takes the proposal's Bereich and reason for each cluster", () => {
    expect(["C0", "C1", "C2"].map((id) => bereichOf(proposed, id))).toEqual([
      "Mobilität",
      "Mobilität",
      "Familie",
    ]);
    expect(proposed.clusters.C2?.bereichReason).toEqual(msg("common.verbatim", { text: "in Familie" }));
    expect(proposed.clusters.C2?.bereichManual).toBe(false);
  });

  it("moves a cluster to another Bereich and records it", () => {
    const outcome = reviewReducer(proposed, A.moveClustersToBereich(["C1"], "familie", stamp()));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // The existing spelling wins over the typed one.
    expect(bereichOf(outcome.state, "C1")).toBe("Familie");
    expect(outcome.state.clusters.C1?.bereichManual).toBe(true);
    expect(outcome.entries[0]).toMatchObject({
      action: "Bereich gewechselt",
      from: "Mobilität",
      to: "Familie",
    });
  });

  it("splits a Bereich by moving clusters to a new name", () => {
    const next = apply(proposed, A.moveClustersToBereich(["C1"], "Ordnung", stamp()));
    expect(bereichOf(next, "C1")).toBe("Ordnung");
    expect(bereichOf(next, "C0")).toBe("Mobilität");
  });

  it("renames a Bereich for all its clusters, and refuses a name that is taken", () => {
    const next = apply(proposed, A.renameBereich("Mobilität", "Verkehr", stamp()));
    expect(["C0", "C1"].map((id) => bereichOf(next, id))).toEqual(["Verkehr", "Verkehr"]);
    const refused = reviewReducer(proposed, A.renameBereich("Mobilität", "Familie", stamp()));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(renderMessage(refused.error, "de")).toMatch(/Zusammenlegen/);
    expect(reviewReducer(proposed, A.renameBereich("Gibt es nicht", "X", stamp())).ok).toBe(false);
  });

  it("merges Bereiche under a chosen name", () => {
    const next = apply(proposed, A.mergeBereiche(["Mobilität", "Familie"], "Bürgerdienste", stamp()));
    expect(["C0", "C1", "C2"].map((id) => bereichOf(next, id))).toEqual([
      "Bürgerdienste",
      "Bürgerdienste",
      "Bürgerdienste",
    ]);
    expect(reviewReducer(proposed, A.mergeBereiche(["Mobilität"], "X", stamp())).ok).toBe(false);
  });

  it("undoes a Bereich change", () => {
    let history = createReviewHistory(proposed);
    history = reviewHistoryReducer(history, A.renameBereich("Mobilität", "Verkehr", stamp(1)));
    history = reviewHistoryReducer(history, A.undo(stamp(2)));
    expect(bereichOf(history.present, "C0")).toBe("Mobilität");
  });

  it("new clusters from a split or a dissolve stay in the Bereich of their source", () => {
    const split = apply(proposed, A.splitCluster("C2", ["P8"], "N1", "", stamp()));
    expect(bereichOf(split, "N1")).toBe("Familie");
    const created = apply(proposed, A.createCluster("N2", "Neu", "", stamp(), "Familie"));
    expect(bereichOf(created, "N2")).toBe("Familie");
  });

  it("a re-run keeps Bereich moves and renames, and places new processes", () => {
    const decided = apply(
      proposed,
      A.moveClustersToBereich(["C1"], "Familie", stamp(1)),
      A.renameBereich("Mobilität", "Verkehr", stamp(2)),
    );
    const more = [...records, makeRecord(9)];
    const rerun = rerunWithDecisions({ state: decided }, more, () =>
      proposal(
        [
          [0, 1, 2, 9],
          [3, 4, 5],
          [6, 7, 8],
        ],
        [
          ["Mobilität", [0, 1]],
          ["Familie", [2]],
        ],
      ),
    );
    const clusterOf = (key: string) => rerun.state.processes[key]?.clusterId ?? "";
    expect(bereichOf(rerun.state, clusterOf("P0"))).toBe("Verkehr");
    expect(bereichOf(rerun.state, clusterOf("P9"))).toBe("Verkehr");
    expect(bereichOf(rerun.state, clusterOf("P3"))).toBe("Familie");
    expect(bereichOf(rerun.state, clusterOf("P6"))).toBe("Familie");
  });

  it("every cluster is in exactly one non-empty Bereich after any sequence of Bereich actions", () => {
    const action = fc.oneof(
      fc.tuple(
        fc.constant("move"),
        fc.constantFrom("C0", "C1", "C2"),
        fc.constantFrom("Mobilität", "Familie", "Neu"),
      ),
      fc.tuple(
        fc.constant("rename"),
        fc.constantFrom("Mobilität", "Familie", "Neu"),
        fc.constantFrom("A", "B"),
      ),
      fc.tuple(
        fc.constant("merge"),
        fc.constantFrom("Mobilität", "Familie", "A"),
        fc.constantFrom("Familie", "B"),
      ),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), (actions) => {
        let state = proposed;
        actions.forEach(([kind, a, b], i) => {
          const act =
            kind === "move"
              ? A.moveClustersToBereich([a], b, stamp(i))
              : kind === "rename"
                ? A.renameBereich(a, b, stamp(i))
                : A.mergeBereiche([a, b], b, stamp(i));
          state = reviewReducer(state, act).state;
        });
        for (const id of state.clusterOrder) expect(state.clusters[id]?.bereich).not.toBe("");
        expect(Object.keys(state.processes)).toHaveLength(9);
      }),
    );
  });
});

describe("merging clusters under a chosen name", () => {
  const state = reviewStateFromProposal(result, records);

  it("renames in the same step, so one undo restores both clusters and their names", () => {
    let history = createReviewHistory(state);
    history = reviewHistoryReducer(history, A.mergeClusters(["C1"], "C0", stamp(1), "Fahrzeuge"));
    expect(history.present.clusters.C0?.name).toBe("Fahrzeuge");
    expect(history.present.clusters.C1).toBeUndefined();
    history = reviewHistoryReducer(history, A.undo(stamp(2)));
    expect(history.present.clusters.C0?.name).toBe("Cluster C0");
    expect(history.present.clusters.C1?.name).toBe("Cluster C1");
  });

  it("may take a merged cluster's own name, not another cluster's", () => {
    const own = reviewReducer(state, A.mergeClusters(["C1"], "C0", stamp(), "Cluster C1"));
    expect(own.ok).toBe(true);
    expect(own.state.clusters.C0?.name).toBe("Cluster C1");
    expect(reviewReducer(state, A.mergeClusters(["C1"], "C0", stamp(), "Cluster C2")).ok).toBe(false);
  });
});
