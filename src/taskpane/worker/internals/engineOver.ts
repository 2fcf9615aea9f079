import type { ProcessRecord, ProposedCluster } from "../../../domain/clustering/types";
import type {
  ClusterEngine,
  ClusterRequest,
  ClusterResponse,
  ModelSummary,
  WorkerClusterOptions,
} from "../clusterProtocol";
import { slices } from "./chunks";

type Pending = {
  readonly resolve: (response: ClusterResponse) => void;
  readonly reject: (error: Error) => void;
};

/** Distributes `Omit<Union, K>` over each member, so request variants keep their own fields. */
type RequestBody = ClusterRequest extends infer R
  ? R extends ClusterRequest
    ? Omit<R, "id">
    : never
  : never;

/**
 * Builds a ClusterEngine on top of any request/response transport: numbers requests and resolves
 * each promise with its response. Many records go out in parts (`records` requests, each answered before
 * the next is sent, so the pane's thread is free in between); a cut's `clusters` parts are joined here.
 * `fail(message)` marks the transport as broken (the worker could not load, ran out of memory …): every
 * pending and every later call rejects with that message, so the pane shows an error instead of waiting
 * forever.
 * @internal
 */
export function engineOver(send: (request: ClusterRequest) => void, onDispose: () => void) {
  let nextId = 1;
  let nextBatch = 1;
  let broken: string | null = null;
  const pending = new Map<number, Pending>();
  const arrived = new Map<number, ProposedCluster[]>();
  const call = (body: RequestBody): Promise<ClusterResponse> =>
    new Promise((resolve, reject) => {
      if (broken !== null) {
        reject(new Error(broken));
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ ...body, id } as ClusterRequest);
    });
  const fail = (message: string): void => {
    broken = message;
    const waiting = [...pending.values()];
    pending.clear();
    arrived.clear();
    for (const entry of waiting) entry.reject(new Error(message));
  };
  const receive = (response: ClusterResponse) => {
    if (response.ok && response.type === "clusters") {
      const parts = arrived.get(response.id) ?? [];
      for (const cluster of response.clusters) parts.push(cluster);
      arrived.set(response.id, parts);
      return;
    }
    const entry = pending.get(response.id);
    pending.delete(response.id);
    const parts = arrived.get(response.id);
    arrived.delete(response.id);
    entry?.resolve(joinParts(response, parts));
  };
  const unwrap = <T>(
    response: ClusterResponse,
    pick: (ok: Extract<ClusterResponse, { ok: true }>) => T | undefined,
  ): T => {
    if (!response.ok) throw new Error(response.message);
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
  ): Promise<ClusterResponse> => {
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
    dispose: onDispose,
  };
  return { engine, receive, fail };
}

function pickSummary(response: Extract<ClusterResponse, { ok: true }>): ModelSummary | undefined {
  return response.type === "build" ? response.summary : undefined;
}

/** A cut whose clusters arrived in parts before it: the parts' clusters, then its own. */
function joinParts(
  response: ClusterResponse,
  parts: readonly ProposedCluster[] | undefined,
): ClusterResponse {
  if (parts === undefined || !response.ok || response.type !== "cut") return response;
  return { ...response, result: { ...response.result, clusters: [...parts, ...response.result.clusters] } };
}
