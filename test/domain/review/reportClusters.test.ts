import { reportClusters } from "../../../src/domain/review/reportClusters";
import * as A from "../../../src/domain/review/reviewActions";
import { reviewReducer } from "../../../src/domain/review/reviewReducer";
import { reviewStateFromProposal } from "../../../src/domain/review/reviewStateFromProposal";
import type { ClusterResult } from "../../../src/domain/clustering/types";
import { makeCluster, makeRecord, stamp } from "./reviewFactories";
import { NO_REASON } from "../../../src/domain/review/types";

describe("reportClusters", () => {
  const records = Array.from({ length: 8 }, (_, i) => makeRecord(i));
  // Bereich "Klein": C0 (P0, P1); Bereich "Groß": C1 (P2-P4), C2 (P5), C3 (P6, P7).
  const result: ClusterResult = {
    clusters: [
      makeCluster("C0", ["P0", "P1"], "Alpha"),
      makeCluster("C1", ["P2", "P3", "P4"], "Beta"),
      makeCluster("C2", ["P5"], "Einzeln"),
      makeCluster("C3", ["P6", "P7"], "Gamma"),
    ],
    granularity: 0.5,
    strategy: { kind: "auto" },
    overview: {
      choice: { kind: "cut", why: NO_REASON },
      bereiche: [
        { id: "b1", label: "Groß", reason: NO_REASON, clusterIds: ["C1", "C2", "C3"] },
        { id: "b2", label: "Klein", reason: NO_REASON, clusterIds: ["C0"] },
      ],
      clusterReasons: {},
    },
  };
  const state = reviewStateFromProposal(result, records);

  it("groups by Bereich (largest first), clusters by size, single processes last", () => {
    expect(reportClusters(state).map((c) => `${c.bereich}/${c.label}`)).toEqual([
      "Groß/Beta",
      "Groß/Gamma",
      "Groß/Einzeln",
      "Klein/Alpha",
    ]);
  });

  it("follows a reviewer's Bereich move and leaves out emptied clusters", () => {
    const moved = reviewReducer(state, A.moveClustersToBereich(["C1"], "Klein", stamp()));
    const emptied = moved.ok ? reviewReducer(moved.state, A.moveProcesses(["P5"], "C3", stamp(1))) : moved;
    expect(reportClusters(emptied.state).map((c) => `${c.bereich}/${c.label}/${c.keys.length}`)).toEqual([
      "Klein/Beta/3",
      "Klein/Alpha/2",
      "Groß/Gamma/3",
    ]);
  });
});
