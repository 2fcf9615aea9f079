import type { ClientEndpoint } from "./requestClient";

/** Builds a client over a transport: how requests leave, and what ends the transport. @internal */
export type ClientOver<Request, Client extends ClientEndpoint<never>> = (
  send: (request: Request) => void,
  onDispose: () => void,
) => Client;

/** What a client receives. */
type ResponseOf<Client extends ClientEndpoint<never>> = Parameters<Client["receive"]>[0];

/** What a handler gives for one request: the responses to send back, in order. @internal */
export type Respond<Request, Response> = (
  request: Request,
) => readonly Response[] | Promise<readonly Response[]>;

/**
 * A client (`over`) talking to `worker`: requests are posted to it and its messages received. A worker
 * that fails as a whole (could not load, threw outside a request, ran out of memory, sent an unreadable
 * message) fails the client with `failureMessage` (the browser's text as detail), so every waiting and
 * later call rejects and the pane is never left busy. Disposing the client terminates the worker.
 * @internal
 */
export function overWorker<Request, Client extends ClientEndpoint<never>>(
  worker: Worker,
  over: ClientOver<Request, Client>,
  failureMessage: (detail: string | undefined) => string,
): Client {
  const client = over(
    (request) => worker.postMessage(request),
    () => worker.terminate(),
  );
  worker.onmessage = (event: MessageEvent<ResponseOf<Client>>) => client.receive(event.data);
  worker.onerror = (event: ErrorEvent) => {
    // Handled here: keep the browser from also reporting it as an uncaught error.
    event.preventDefault();
    client.fail(failureMessage(event.message));
    worker.terminate();
  };
  worker.onmessageerror = () => client.fail(failureMessage("messageerror"));
  return client;
}

/**
 * A client (`over`) answered on the calling thread by `respond`, the handler the worker runs, for jsdom
 * tests and hosts without Web Workers. The responses arrive asynchronously and in the same parts as from
 * the worker, so components behave the same.
 * @internal
 */
export function overInline<Request, Client extends ClientEndpoint<never>>(
  respond: Respond<Request, ResponseOf<Client>>,
  over: ClientOver<Request, Client>,
): Client {
  const client: Client = over(
    (request) =>
      void Promise.resolve(respond(request)).then((responses) => {
        for (const response of responses) client.receive(response);
      }),
    () => undefined,
  );
  return client;
}

/**
 * Inside a Web Worker: answers every request from the pane with `respond`'s responses, posted in order.
 * @internal
 */
export function answerRequests<Request, Response>(respond: Respond<Request, Response>): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent<Request>) => void) | null;
    postMessage(message: Response): void;
  };
  scope.onmessage = (event) =>
    void Promise.resolve(respond(event.data)).then((responses) => {
      for (const response of responses) scope.postMessage(response);
    });
}
