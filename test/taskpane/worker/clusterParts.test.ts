import { buildClusterModel } from "../../../src/domain/clustering/buildClusterModel";
import { cutClusterModel } from "../../../src/domain/clustering/cutClusterModel";
import { parseInventory } from "../../../src/domain/inventory/parseInventory";
import { BUILTIN_SAMPLE } from "../../../src/sample/builtinSample";
import { syntheticInventory } from "../../../src/sample/syntheticInventory";
import type { ClusterRequest, ClusterResponse } from "../../../src/taskpane/worker/clusterProtocol";
import { createClusterRequestHandler } from "../../../src/taskpane/worker/handleClusterRequest";
import { clusterResponseParts } from "../../../src/taskpane/worker/internals/clusterResponseParts";
import { engineOver } from "../../../src/taskpane/worker/internals/engineOver";

const records = parseInventory({
  values: syntheticInventory(BUILTIN_SAMPLE, 2500),
  firstRow: 1,
  firstColumn: 0,
}).records;

/** The engine over the real handler with the worker's message parts, recording what crosses. */
function engineWithParts() {
  const handle = createClusterRequestHandler();
  const sent: ClusterRequest[] = [];
  const received: ClusterResponse[] = [];
  const { engine, receive } = engineOver(
    (request) => {
      sent.push(request);
      void handle(request).then((response) => {
        for (const part of clusterResponseParts(response)) {
          received.push(part);
          receive(part);
        }
      });
    },
    () => undefined,
  );
  return { engine, sent, received };
}

describe("large clustering requests and answers cross to the worker in parts", () => {
  it("builds from records sent in parts the same model as from all at once", async () => {
    const { engine, sent } = engineWithParts();
    const summary = await engine.build(records, {});
    const parts = sent.filter((request) => request.type === "records");
    expect(parts.map((request) => request.records.length)).toEqual([1000, 1000, 500]);
    const model = buildClusterModel(records, {});
    expect(summary.count).toBeGreaterThan(0);
    const cut = await engine.cut(summary.granularity);
    const direct = cutClusterModel(model, summary.granularity, {});
    expect(cut.clusters.map((cluster) => cluster.keys)).toEqual(
      direct.clusters.map((cluster) => cluster.keys),
    );
  });

  it("joins a cut that arrived in parts of at most 1,000 member keys, clusters in order", async () => {
    const { engine, received } = engineWithParts();
    const summary = await engine.build(records, {});
    const cut = await engine.cut(summary.granularity);
    const parts = received.filter((response) => response.ok && response.type === "clusters");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      if (!part.ok || part.type !== "clusters") continue;
      const keys = part.clusters.reduce((sum, cluster) => sum + cluster.keys.length, 0);
      expect(keys <= 1000 || part.clusters.length === 1).toBe(true);
    }
    expect(cut.clusters.flatMap((cluster) => cluster.keys)).toHaveLength(2500);
    expect(cut.overview?.bereiche.length).toBeGreaterThan(0);
  });

  it("keeps the parts of two builds sent at the same time apart", async () => {
    const { engine } = engineWithParts();
    const [first, second] = await Promise.all([
      engine.build(records, {}),
      engine.build(records.slice(0, 1500), {}),
    ]);
    expect(first.count).toBeGreaterThan(0);
    const cut = await engine.cut(second.granularity);
    expect(cut.clusters.flatMap((cluster) => cluster.keys)).toHaveLength(1500);
  });

  it("sends a small build as one message", async () => {
    const { engine, sent } = engineWithParts();
    await engine.build(records.slice(0, 10), {});
    expect(sent.map((request) => request.type)).toEqual(["build"]);
  });
});
