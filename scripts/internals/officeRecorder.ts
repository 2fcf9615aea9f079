/**
 * Microsoft's own Excel JavaScript runtime (npm `@microsoft/office-js`, `dist/excel-web-16.00.debug.js`)
 * loaded into jsdom, with the request executor replaced by a recorder: every `context.sync()` becomes
 * one serialized request body whose size is recorded exactly as Excel on the web would receive it
 * (its 5 MB limit applies to that body). Reads are answered by a `Responder`, which sees each query
 * action with the chain of object-path names it applies to (e.g. `["workbook", "worksheets",
 * "getActiveWorksheet", "getUsedRangeOrNullObject"]`) and returns the value Excel would.
 * A misspelled API member fails here as it would in Excel: these are the real proxies.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

/** A query as the runtime serialises it, with the names along its object path. */
export interface RecordedQuery {
  /**
   * `query`: a `load`; answer with the loaded properties. `instantiate`: the runtime creating an object
   * (answer `null` for a `…OrNullObject` that does not exist; anything else means it exists).
   * `set`: a property write (`select` holds the property name, `value` the value); the answer is ignored.
   */
  readonly kind: "query" | "instantiate" | "set";
  /** Object-path names from the root: property and method names, e.g. `getRangeByIndexes`. */
  readonly path: readonly string[];
  /** Arguments of each path step (same order as `path`). */
  readonly args: readonly (readonly unknown[])[];
  /** Properties asked for (`Select`), e.g. `["values", "numberFormat"]`. */
  readonly select: readonly string[];
  /** The value written, for `set`. */
  readonly value?: unknown;
}

/**
 * Answers one query with its JSON value (PascalCase keys as Excel sends them, collections as
 * `{ _Items: [...] }`), or undefined for no answer (instantiations then count as existing objects).
 */
export type Responder = (query: RecordedQuery) => unknown;

export interface RecordedSync {
  /** Bytes of the serialized request body (UTF-8). */
  readonly requestBytes: number;
  /** Bytes of the answer the responder produced (UTF-8); 0 for a failed sync. */
  readonly responseBytes: number;
  /** Office error code when the sync failed. */
  readonly errorCode?: string;
}

export interface RecordingContext {
  readonly context: Excel.RequestContext;
  readonly syncs: RecordedSync[];
}

type Body = {
  Actions?: {
    Id: number;
    ActionType: number;
    Name?: string;
    ObjectPathId: number;
    QueryInfo?: { Select?: string[] };
    ArgumentInfo?: { Arguments?: unknown[] };
  }[];
  ObjectPaths?: Record<
    string,
    {
      ObjectPathType?: number;
      ParentObjectPathId?: number;
      Name?: string;
      ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
    }
  >;
};

/** Object path type of a reference to an object Excel handed out earlier (`_ReferenceId`). */
const REFERENCE_PATH = 6;
type Described = { path: string[]; args: unknown[][] };

const INSTANTIATE_ACTION = 1;
const QUERY_ACTION = 2;
const SET_PROPERTY_ACTION = 4;
let runtime: { Excel: typeof Excel; window: Window } | null = null;

/** Loads the runtime once per process (about 1 s). */
function loadRuntime(): { Excel: typeof Excel; window: Window } {
  if (runtime !== null) return runtime;
  const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const win = dom.window as unknown as Window & { eval(code: string): unknown; Excel: typeof Excel };
  win.eval(source);
  runtime = { Excel: win.Excel, window: win };
  return runtime;
}

const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8");

/**
 * Names and arguments along an object path, from the root down. A reference path (an object kept
 * across syncs by its `_ReferenceId`) expands to the path it was created with.
 */
function describePath(body: Body, id: number, references: Map<string, Described>): Described {
  const path: string[] = [];
  const args: unknown[][] = [];
  let current = body.ObjectPaths?.[String(id)];
  while (current !== undefined) {
    const earlier =
      current.ObjectPathType === REFERENCE_PATH ? references.get(current.Name ?? "") : undefined;
    if (earlier !== undefined) {
      path.unshift(...earlier.path);
      args.unshift(...earlier.args);
      break;
    }
    path.unshift(current.Name ?? "");
    // An argument that is another object (e.g. `getBoundingRect(range)`) is sent as its path id.
    const referenced = current.ArgumentInfo?.ReferencedObjectPathIds ?? [];
    args.unshift(
      (current.ArgumentInfo?.Arguments ?? []).map((arg, i) =>
        referenced[i] ? describePath(body, Number(arg), references) : arg,
      ),
    );
    current =
      current.ParentObjectPathId === undefined
        ? undefined
        : body.ObjectPaths?.[String(current.ParentObjectPathId)];
  }
  return { path, args };
}

/**
 * A fresh request context on the real runtime whose syncs are recorded and answered by `respond`. A
 * responder that throws `{ code }` fails that sync with that Office error code; `limits` (bytes) make a
 * sync fail with `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded` as Excel on the
 * web does at 5 MB (default: no limit, so the bench can report sizes above it).
 */
export function recordingContext(
  respond: Responder = () => undefined,
  limits: { readonly request: number; readonly response: number } = { request: Infinity, response: Infinity },
): RecordingContext {
  const { Excel: excel } = loadRuntime();
  const context = new excel.RequestContext("https://localhost/recorded") as Excel.RequestContext;
  const syncs: RecordedSync[] = [];
  const references = new Map<string, Described>();
  const executor = {
    executeAsync(_customData: unknown, _flags: unknown, message: { Body: Body }) {
      const text = JSON.stringify(message.Body);
      const body = message.Body;
      const fail = (code: string) => {
        syncs.push({ requestBytes: utf8Bytes(text), responseBytes: 0, errorCode: code });
        return Promise.resolve({
          ErrorCode: code,
          ErrorMessage: code,
          HttpStatusCode: 400,
          Headers: {},
          Body: {},
        });
      };
      if (utf8Bytes(text) > limits.request) return fail("RequestPayloadSizeLimitExceeded");
      let results: { ActionId: number; Value: unknown }[];
      try {
        results = answer(body);
      } catch (error) {
        const code =
          typeof error === "object" && error !== null && "code" in error
            ? String(error.code)
            : "GeneralException";
        return fail(code);
      }
      const reply = { Results: results };
      const responseBytes = utf8Bytes(JSON.stringify(reply));
      if (responseBytes > limits.response) return fail("ResponsePayloadSizeLimitExceeded");
      syncs.push({ requestBytes: utf8Bytes(text), responseBytes });
      return Promise.resolve({ ErrorCode: "", HttpStatusCode: 200, Headers: {}, Body: reply });
    },
  };
  const answer = (body: Body) =>
    (body.Actions ?? []).flatMap((action) => {
      const { path, args } = describePath(body, action.ObjectPathId, references);
      if (action.ActionType === INSTANTIATE_ACTION) {
        const value = respond({ kind: "instantiate", path, args, select: [] });
        if (value !== undefined) return [{ ActionId: action.Id, Value: value }];
        // As Excel does, every created object gets a reference id, so it stays usable in later syncs.
        const referenceId = `ref${references.size + 1}`;
        references.set(referenceId, { path, args });
        return [{ ActionId: action.Id, Value: { _ReferenceId: referenceId } }];
      }
      if (action.ActionType === SET_PROPERTY_ACTION) {
        const value = action.ArgumentInfo?.Arguments?.[0];
        respond({ kind: "set", path, args, select: [action.Name ?? ""], value });
        return [];
      }
      if (action.ActionType !== QUERY_ACTION) return [];
      const value = respond({ kind: "query", path, args, select: action.QueryInfo?.Select ?? [] });
      return value === undefined ? [] : [{ ActionId: action.Id, Value: value }];
    });
  (context as unknown as { _requestExecutor: unknown })._requestExecutor = executor;
  return { context, syncs };
}

/** The runtime's `Excel` namespace (enums, `Excel.run` is not used: contexts come from `recordingContext`). */
export function officeRuntimeExcel(): typeof Excel {
  return loadRuntime().Excel;
}
