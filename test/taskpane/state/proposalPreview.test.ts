import type { ClusterResult, ProposedCluster } from "../../../src/domain/clustering/types";
import { proposalPreview } from "../../../src/taskpane/state/proposalPreview";
import { suggestMergeName } from "../../../src/taskpane/state/suggestMergeName";
import { msg } from "../../../src/domain/messages/renderMessage";
import { NO_REASON } from "../../../src/domain/review/types";

const why = msg("cluster.choiceColumn", { header: "Fachbereich" });
const fachbereich = msg("cluster.bereichColumn", { header: "Fachbereich" });

const cluster = (id: string, label: string, size: number): ProposedCluster => ({
  id,
  label,
  reason: NO_REASON,
  keys: Array.from({ length: size }, (_, i) => `${id}-${i}`),
  memberReasons: {},
  singleton: size === 1,
  fromDecision: false,
});

const result: ClusterResult = {
  granularity: 0.5,
  strategy: { kind: "auto" },
  clusters: [
    cluster("a", "Wohngeld", 2),
    cluster("b", "Kfz", 3),
    cluster("c", "Hundesteuer", 1),
    cluster("d", "Parken", 2),
  ],
  overview: {
    choice: { kind: "column", header: "Fachbereich", why },
    bereiche: [
      { id: "b:a", label: "Soziales", reason: fachbereich, clusterIds: ["a", "c"] },
      { id: "b:b", label: "Mobilität", reason: fachbereich, clusterIds: ["b", "d"] },
    ],
    clusterReasons: {},
  },
};

describe("proposal preview", () => {
  it("groups the cut by Bereich, largest first, clusters by size, Einzelprozesse counted apart", () => {
    const preview = proposalPreview(result, "Alle Prozesse");
    expect(preview).toMatchObject({ processes: 8, clusters: 4, why });
    expect(preview.bereiche.map((b) => [b.label, b.processes, b.clusters.length, b.singles])).toEqual([
      ["Mobilität", 5, 2, 0],
      ["Soziales", 3, 1, 1],
    ]);
    expect(preview.bereiche[0]?.clusters.map((c) => [c.label, c.size])).toEqual([
      ["Kfz", 3],
      ["Parken", 2],
    ]);
  });

  it("counts loose collections and marks them among their Bereich's clusters", () => {
    const clusters = result.clusters.map((c) => (c.id === "b" ? { ...c, loose: true as const } : c));
    const preview = proposalPreview({ ...result, clusters }, "Alle Prozesse");
    expect(preview.loose).toBe(1);
    expect(preview.bereiche[0]?.clusters.map((c) => [c.label, c.loose])).toEqual([
      ["Kfz", true],
      ["Parken", false],
    ]);
    expect(proposalPreview(result, "Alle Prozesse").loose).toBe(0);
  });

  it("puts every cluster into one Bereich when the cut has no overview", () => {
    const { overview: _omitted, ...bare } = result;
    const preview = proposalPreview(bare, "Alle Prozesse");
    expect(preview.bereiche).toHaveLength(1);
    expect(preview.bereiche[0]).toMatchObject({ label: "Alle Prozesse", processes: 8, singles: 1 });
  });
});

describe("merge name suggestion", () => {
  it("suggests the largest name unless it is a process name and another is not", () => {
    expect(
      suggestMergeName([
        { name: "Kfz", size: 2 },
        { name: "Wohngeld", size: 5 },
      ]),
    ).toBe("Wohngeld");
    const processNames = new Set(["wohngeld beantragen"]);
    expect(
      suggestMergeName(
        [
          { name: "Wohngeld beantragen", size: 5 },
          { name: "Kfz", size: 2 },
        ],
        processNames,
      ),
    ).toBe("Kfz");
    expect(suggestMergeName([{ name: "Wohngeld beantragen", size: 1 }], processNames)).toBe(
      "Wohngeld beantragen",
    );
    expect(suggestMergeName([])).toBe("");
  });
});
