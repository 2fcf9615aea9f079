import type { ProcessRecord, ProposedCluster } from "../../../domain/clustering/types";
import type {
  ClusterEngine,
  ClusterRequest,
  ClusterResponse,
  ModelSummary,
  WorkerClusterOptions,
} from "../clusterProtocol";
import { slices } from "./chunks";
import { requestClient } from "./requestClient";

/** A successful answer of the clustering worker. */
type Answered = Extract<ClusterResponse, { ok: true }>;

/**
 * Builds a ClusterEngine on top of any request/response transport (`requestClient`: request ids,
 * failures as rejections, `fail` for a broken transport). Many records go out in parts (`records`
 * requests, each answered before the next is sent, so the pane's thread is free in between); a cut's
 * `clusters` parts are joined here.
 * @internal
 */
export function engineOver(send: (request: ClusterRequest) => void, onDispose: () => void) {
  const client = requestClient<ClusterRequest, ClusterResponse, ProposedCluster, Answered>(send, onDispose, {
    partsOf: (answer) => (answer.type === "clusters" ? answer.clusters : undefined),
    finish: joinParts,
  });
  const { call } = client;
  let nextBatch = 1;
  const unwrap = <T>(response: Answered, pick: (ok: Answered) => T | undefined): T => {
    const value = pick(response);
    if (value === undefined) throw new Error("Unerwartete Antwort der Clusterberechnung.");
    return value;
  };
  // While a large build's parts go out, later requests wait, so requests leave in the order of the calls
  // (the worker's model is the last build asked for) and no other request slips between the parts.
  let sendingParts: Promise<void> | null = null;
  const whenFree = <T>(run: () => Promise<T>): Promise<T> =>
    sendingParts === null ? run() : sendingParts.then(() => whenFree(run));
  const buildInParts = async (
    parts: readonly (readonly ProcessRecord[])[],
    options: WorkerClusterOptions,
  ): Promise<Answered> => {
    const batch = nextBatch++;
    let release = (): void => undefined;
    sendingParts = new Promise<void>((resolve) => (release = resolve));
    try {
      for (const part of parts)
        unwrap(await call({ type: "records", batch, records: part }), (r) =>
          r.type === "records" ? r.count : undefined,
        );
      return call({ type: "build", records: [], options, batch });
    } finally {
      sendingParts = null;
      release();
    }
  };
  const engine: ClusterEngine = {
    build: (records, options) =>
      whenFree(async () => {
        const parts = slices(records);
        const answer =
          parts.length <= 1 ? call({ type: "build", records, options }) : buildInParts(parts, options);
        return unwrap<ModelSummary>(await answer, pickSummary);
      }),
    count: (granularity) =>
      whenFree(async () =>
        unwrap(await call({ type: "count", granularity }), (r) => (r.type === "count" ? r.count : undefined)),
      ),
    cut: (granularity, constraints) =>
      whenFree(async () =>
        unwrap(
          await call({ type: "cut", granularity, ...(constraints === undefined ? {} : { constraints }) }),
          (r) => (r.type === "cut" ? r.result : undefined),
        ),
      ),
    dispose: client.dispose,
  };
  return { engine, receive: client.receive, fail: client.fail };
}

function pickSummary(response: Answered): ModelSummary | undefined {
  return response.type === "build" ? response.summary : undefined;
}

/** A cut whose clusters arrived in parts before it: the parts' clusters, then its own. */
function joinParts(response: Answered, parts: readonly ProposedCluster[]): Answered {
  if (parts.length === 0 || response.type !== "cut") return response;
  return { ...response, result: { ...response.result, clusters: [...parts, ...response.result.clusters] } };
}
