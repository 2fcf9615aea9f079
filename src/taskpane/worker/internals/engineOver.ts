import type { ClusterEngine, ClusterRequest, ClusterResponse, ModelSummary } from "../clusterProtocol";

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
 * each promise with its response. `fail(message)` marks the transport as broken (the worker could not
 * load, ran out of memory …): every pending and every later call rejects with that message, so the pane
 * shows an error instead of waiting forever.
 * @internal
 */
export function engineOver(send: (request: ClusterRequest) => void, onDispose: () => void) {
  let nextId = 1;
  let broken: string | null = null;
  const pending = new Map<number, Pending>();
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
    for (const entry of waiting) entry.reject(new Error(message));
  };
  const receive = (response: ClusterResponse) => {
    const entry = pending.get(response.id);
    pending.delete(response.id);
    entry?.resolve(response);
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
  const engine: ClusterEngine = {
    build: async (records, options) =>
      unwrap<ModelSummary>(await call({ type: "build", records, options }), (r) =>
        r.type === "build" ? r.summary : undefined,
      ),
    count: async (granularity) =>
      unwrap(await call({ type: "count", granularity }), (r) => (r.type === "count" ? r.count : undefined)),
    cut: async (granularity, constraints) =>
      unwrap(
        await call({ type: "cut", granularity, ...(constraints === undefined ? {} : { constraints }) }),
        (r) => (r.type === "cut" ? r.result : undefined),
      ),
    dispose: onDispose,
  };
  return { engine, receive, fail };
}
