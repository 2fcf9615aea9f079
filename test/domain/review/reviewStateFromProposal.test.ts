import type { ClusterResult, ProposedCluster } from "../../../src/domain/clustering/types";
import { reviewStateFromProposal } from "../../../src/domain/review/reviewStateFromProposal";
import { verbatimReason } from "../../../src/domain/review/types";
import { makeRecords } from "../clustering/makeRecords";

const records = makeRecords([["Wohngeld"], ["Mietzuschuss"], ["Elterngeld"], ["Hundesteuer"], ["Biotonne"]]);
const [a, b, c, d, e] = records.map((record) => record.key);

function proposed(id: string, label: string, keys: readonly (string | undefined)[]): ProposedCluster {
  return {
    id,
    label,
    reason: verbatimReason(`Grund ${id}`),
    keys: keys.filter((key): key is string => key !== undefined),
    memberReasons: {},
    singleton: false,
    fromDecision: false,
  };
}

describe("reviewStateFromProposal: unique ids and names", () => {
  it("suffixes repeated ids with -2 … and repeated labels (case and spaces ignored) with (2) …", () => {
    const result: ClusterResult = {
      clusters: [
        proposed("c1", "Wohnen", [a]),
        proposed("c1", " wohnen ", [b]),
        proposed("c1", "WOHNEN", [c]),
        proposed("c2", "  ", [d]),
      ],
      granularity: 0.5,
      strategy: { kind: "auto" },
    };
    const state = reviewStateFromProposal(result, records);
    expect(state.clusterOrder).toEqual(["c1", "c1-2", "c1-3", "c2", `einzel-${e}`]);
    expect(state.clusterOrder.map((id) => state.clusters[id]?.name)).toEqual([
      "Wohnen",
      "wohnen (2)",
      "WOHNEN (3)",
      "Cluster",
      "Biotonne",
    ]);
    expect(state.clusters["c1-2"]?.reason).toEqual(verbatimReason("Grund c1"));
    expect(state.processOrder).toEqual([a, b, c, d, e]);
    expect(state.processes[e ?? ""]?.clusterId).toBe(`einzel-${e}`);
  });

  it("keeps an id such as __proto__ as an own cluster", () => {
    const result: ClusterResult = {
      clusters: [proposed("__proto__", "Alles", [a, b, c, d, e])],
      granularity: 0.5,
      strategy: { kind: "auto" },
    };
    const state = reviewStateFromProposal(result, records);
    expect(Object.keys(state.clusters)).toEqual(["__proto__"]);
    expect(Object.hasOwn(state.clusters, "__proto__")).toBe(true);
  });
});
