import { selectClustersSorted, selectSingletons } from "../../../src/domain/review/reviewSelectors";
import type { ReviewState } from "../../../src/domain/review/types";
import { selectBereichGroups } from "../../../src/taskpane/state/bereichGroups";
import { filterBereichGroups } from "../../../src/taskpane/state/filterBereichGroups";
import { msg } from "../../../src/domain/messages/renderMessage";

function stateOf(clusters: Record<string, { bereich: string; keys: string[] }>): ReviewState {
  const processes: Record<string, unknown> = {};
  const reviewClusters: Record<string, unknown> = {};
  for (const [id, { bereich, keys }] of Object.entries(clusters)) {
    reviewClusters[id] = {
      id,
      name: `Cluster ${id}`,
      description: "",
      locked: false,
      origin: "proposal",
      reason: "",
      bereich,
      bereichReason: `weil ${bereich}`,
      bereichManual: false,
    };
    for (const key of keys) processes[key] = { key, name: `Prozess ${key}`, clusterId: id, pinned: false };
  }
  return {
    processes,
    clusters: reviewClusters,
    processOrder: Object.keys(processes),
    clusterOrder: Object.keys(reviewClusters),
    cannotLink: [],
  } as unknown as ReviewState;
}

describe("Bereich groups of the review", () => {
  const state = stateOf({
    a: { bereich: "Soziales", keys: ["1", "2"] },
    b: { bereich: "Mobilität", keys: ["3", "4", "5"] },
    c: { bereich: "soziales", keys: ["6"] },
    d: { bereich: "Soziales", keys: ["7", "8"] },
  });
  const groups = selectBereichGroups(state, selectClustersSorted(state), selectSingletons(state));

  it("puts clusters and Einzelprozesse into their Bereich (names case-insensitive), largest first", () => {
    expect(groups.map((g) => [g.name, g.processes, g.clusters.length, g.singles.length])).toEqual([
      ["Soziales", 5, 2, 1],
      ["Mobilität", 3, 1, 0],
    ]);
    expect(groups[0]?.reason).toBe("weil Soziales");
  });

  it("filters by Bereich, cluster and process names and drops empty groups", () => {
    expect(filterBereichGroups(groups, " ")).toBe(groups);
    expect(filterBereichGroups(groups, "mobil").map((g) => g.name)).toEqual(["Mobilität"]);
    const byProcess = filterBereichGroups(groups, "Prozess 6");
    expect(byProcess.map((g) => [g.name, g.clusters.length, g.singles.length])).toEqual([["Soziales", 0, 1]]);
    expect(filterBereichGroups(groups, "nichts")).toEqual([]);
  });

  it("shows the Bereich's reason without the count of the cluster it was taken from", () => {
    const inner = msg("cluster.bereichColumn", { header: "Fachbereich" });
    const placed = msg("cluster.bereichPlaced", { reason: inner, votes: 27, size: 27 });
    const withPlacement = {
      ...state,
      clusters: Object.fromEntries(
        Object.entries(state.clusters).map(([id, c]) => [id, { ...c, bereichReason: placed }]),
      ),
    } as ReviewState;
    const [first] = selectBereichGroups(
      withPlacement,
      selectClustersSorted(withPlacement),
      selectSingletons(withPlacement),
    );
    expect(first?.reason).toEqual(inner);
  });
});
