import type { WorkerFailure } from "../workerMessages";

/** A successful answer of any protocol (`WorkerAnswer`). */
interface Succeeded {
  readonly id: number;
  readonly ok: true;
}

/** `Omit<Request, "id">` for each member of a request union, so every variant keeps its own fields. @internal */
export type RequestBody<Request> = Request extends unknown ? Omit<Request, "id"> : never;

/**
 * How a client turns the answers to one request into its result. Large results arrive in parts (answers
 * with the same `id`, in order) before the final answer; the client keeps their items until then.
 * @internal
 */
export interface AnswerReader<Response, Part, Result> {
  /** The items of an answer that is a part of a later one; `undefined` for the final answer. */
  readonly partsOf: (answer: Extract<Response, Succeeded>) => readonly Part[] | undefined;
  /** The request's result from its final answer and the items of the parts before it, in order. */
  readonly finish: (answer: Extract<Response, Succeeded>, parts: Part[]) => Result;
}

/** A client's side of its transport: what arrives from the worker, and the worker failing as a whole. @internal */
export interface ClientEndpoint<Response> {
  readonly receive: (response: Response) => void;
  readonly fail: (message: string) => void;
}

interface Pending<Part, Result> {
  readonly parts: Part[];
  readonly resolve: (result: Result) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The request/response half every worker client shares, over any transport (`send`, and `receive` for
 * what comes back): numbers requests, keeps what is pending per id, joins parts (`reader`), and turns a
 * failure answer into a rejection with its message. `fail(message)` marks the transport as broken (the
 * worker could not load, ran out of memory …): every pending and every later request rejects with that
 * message, so the pane shows an error instead of waiting forever. `dispose` ends the transport.
 * @internal
 */
export function requestClient<Request extends { readonly id: number }, Response, Part, Result>(
  send: (request: Request) => void,
  onDispose: () => void,
  reader: AnswerReader<Response, Part, Result>,
) {
  let nextId = 1;
  let broken: string | null = null;
  const pending = new Map<number, Pending<Part, Result>>();
  /** A new request id and the promise of its result, for a request sent as several messages. */
  const open = (): { readonly id: number; readonly result: Promise<Result> } => {
    const id = nextId++;
    const result = new Promise<Result>((resolve, reject) => {
      if (broken === null) pending.set(id, { parts: [], resolve, reject });
      else reject(new Error(broken));
    });
    return { id, result };
  };
  /** Sends a request of one message and gives its result; nothing is sent once the transport broke. */
  const call = (body: RequestBody<Request>): Promise<Result> => {
    const { id, result } = open();
    if (broken === null) send({ ...body, id } as unknown as Request);
    return result;
  };
  const receive = (response: Response): void => {
    const answer = response as unknown as Extract<Response, Succeeded> | WorkerFailure;
    const entry = pending.get(answer.id);
    if (entry === undefined) return;
    if (!answer.ok) {
      pending.delete(answer.id);
      entry.reject(new Error(answer.message));
      return;
    }
    const items = reader.partsOf(answer);
    if (items !== undefined) {
      for (const item of items) entry.parts.push(item);
      return;
    }
    pending.delete(answer.id);
    try {
      entry.resolve(reader.finish(answer, entry.parts));
    } catch (error) {
      entry.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const fail = (message: string): void => {
    broken = message;
    const waiting = [...pending.values()];
    pending.clear();
    for (const entry of waiting) entry.reject(new Error(message));
  };
  return {
    open,
    call,
    send,
    receive,
    fail,
    isBroken: (): boolean => broken !== null,
    dispose: onDispose,
  };
}

/** For `AnswerReader.finish`: an answer of a kind the request never gets. @internal */
export function unexpectedAnswer(task: string): never {
  throw new Error(`Unerwartete Antwort ${task}.`);
}
