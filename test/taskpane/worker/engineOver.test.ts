import type { ClusterRequest } from "../../../src/taskpane/worker/clusterProtocol";
import { engineOver } from "../../../src/taskpane/worker/internals/engineOver";
import { workerFailureMessage } from "../../../src/taskpane/worker/internals/workerFailureMessages";

describe("engineOver: a failed worker never leaves the pane busy", () => {
  it("rejects every pending call with the German message when the transport fails", async () => {
    const sent: ClusterRequest[] = [];
    const { engine, fail } = engineOver(
      (request) => sent.push(request),
      () => undefined,
    );
    const build = engine.build([], { strategy: { kind: "auto" } } as never);
    const count = engine.count(0.5);
    expect(sent).toHaveLength(2);
    fail(workerFailureMessage("Out of memory"));
    await expect(build).rejects.toThrow(/Clusterberechnung ist abgebrochen.*\(Out of memory\)$/);
    await expect(count).rejects.toThrow(/Clusterberechnung ist abgebrochen/);
  });

  it("rejects later calls at once without sending them", async () => {
    const sent: ClusterRequest[] = [];
    const { engine, fail } = engineOver(
      (request) => sent.push(request),
      () => undefined,
    );
    fail(workerFailureMessage(""));
    await expect(engine.cut(0.4)).rejects.toThrow(/neu öffnen/);
    expect(sent).toHaveLength(0);
  });

  it("still resolves answered calls normally", async () => {
    const { engine, receive } = engineOver(
      (request) => receive({ id: request.id, ok: true, type: "count", count: 7 } as never),
      () => undefined,
    );
    await expect(engine.count(0.5)).resolves.toBe(7);
  });

  it("sends a cut's constraints with the request, and none when there are none", async () => {
    const sent: ClusterRequest[] = [];
    const { engine, receive } = engineOver(
      (request) => {
        sent.push(request);
        receive({ id: request.id, ok: true, type: "cut", result: { clusters: [] } } as never);
      },
      () => undefined,
    );
    const constraints = {
      pinned: [{ key: "P1", cluster: "Meldewesen" }],
      cannotLink: [["P1", "P2"]] as const,
    };
    await engine.cut(0.4, constraints);
    await engine.cut(0.4);
    expect(sent).toEqual([
      { id: 1, type: "cut", granularity: 0.4, constraints },
      { id: 2, type: "cut", granularity: 0.4 },
    ]);
  });
});
