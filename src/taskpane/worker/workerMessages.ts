/**
 * The shapes every worker protocol (`clusterProtocol`, `parseProtocol`, `reportProtocol`) builds its
 * messages from: a request names its `type`, an answer says `ok`, and the `id` pairs them.
 */

/** A message from the pane to a worker: its kind and fields; `id` pairs it with its answers. */
export type WorkerRequest<Type extends string, Fields extends object> = {
  readonly id: number;
  readonly type: Type;
} & Fields;

/** A successful answer (or a part of one) from a worker to the request with the same `id`. */
export type WorkerAnswer<Type extends string, Fields extends object> = {
  readonly id: number;
  readonly ok: true;
  readonly type: Type;
} & Fields;

/** The answer to a request that failed: the error's message, shown to the user. */
export interface WorkerFailure {
  readonly id: number;
  readonly ok: false;
  readonly message: string;
}

/** The failure answer for request `id` from whatever the handler caught. */
export function workerFailure(id: number, error: unknown): WorkerFailure {
  return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
}
