import { buildBereichModel } from "../../domain/clustering/bereiche/buildBereichModel";
import type { BereichModel } from "../../domain/clustering/bereiche/types";
import { withBereiche } from "../../domain/clustering/bereiche/withBereiche";
import { buildClusterModel } from "../../domain/clustering/buildClusterModel";
import type { ClusterModel } from "../../domain/clustering/clusterModel";
import { countClusters } from "../../domain/clustering/countClusters";
import { cutClusterModel, resolveGranularity } from "../../domain/clustering/cutClusterModel";
import type { Catalogue } from "../../domain/catalogue/types";
import type { ClusterOptions, ProcessRecord } from "../../domain/clustering/types";
import type { ClusterRequest, ClusterResponse, WorkerClusterOptions } from "./clusterProtocol";
import { clusterResponseParts } from "./internals/clusterResponseParts";
import { loadShippedCatalogue } from "./internals/loadShippedCatalogue";
import { assertNever } from "../../domain/assertNever";
import { workerFailure } from "./workerMessages";

/** Domain options for a worker request: the catalogue switch becomes the loaded catalogue. */
async function resolveOptions(
  options: WorkerClusterOptions,
  loadCatalogue: () => Promise<Catalogue>,
): Promise<ClusterOptions> {
  const { catalogue, ...rest } = options;
  return catalogue === true ? { ...rest, catalogue: await loadCatalogue() } : rest;
}

/**
 * Creates the request handler shared by the Web Worker and the inline engine. It keeps the last built
 * model, so slider moves only re-cut the cached dendrogram. `loadCatalogue` (default: the shipped
 * index, lazy-loaded once) is only called for builds that ask for the catalogue.
 */
export function createClusterRequestHandler(
  loadCatalogue: () => Promise<Catalogue> = loadShippedCatalogue,
): (request: ClusterRequest) => Promise<ClusterResponse> {
  let model: ClusterModel | null = null;
  let bereichModel: BereichModel | null = null;
  // Records sent in parts ahead of a build (`records` requests), per batch; the build takes its batch.
  const staged = new Map<number, ProcessRecord[]>();
  // Requests are answered in order: a count sent right after a build waits for the catalogue to load.
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = (request: ClusterRequest): Promise<ClusterResponse> => {
    const next = queue.then(() => answer(request));
    queue = next;
    return next;
  };
  const answer = async (request: ClusterRequest): Promise<ClusterResponse> => {
    try {
      switch (request.type) {
        case "records": {
          const batch = staged.get(request.batch) ?? [];
          for (const record of request.records) batch.push(record);
          staged.set(request.batch, batch);
          return { id: request.id, ok: true, type: "records", count: batch.length };
        }
        case "build": {
          const ahead = request.batch === undefined ? [] : (staged.get(request.batch) ?? []);
          if (request.batch !== undefined) staged.delete(request.batch);
          const records = ahead.length === 0 ? request.records : [...ahead, ...request.records];
          model = buildClusterModel(records, await resolveOptions(request.options, loadCatalogue));
          bereichModel = buildBereichModel(model, records, request.options.bereich, request.options.headers);
          const granularity = resolveGranularity(model, request.options.granularity);
          return {
            id: request.id,
            ok: true,
            type: "build",
            summary: { granularity, count: countClusters(model, granularity) },
          };
        }
        case "count":
          return {
            id: request.id,
            ok: true,
            type: "count",
            count: countClusters(requireModel(model), request.granularity),
          };
        case "cut":
          return {
            id: request.id,
            ok: true,
            type: "cut",
            result: withBereiche(
              requireModel(model),
              requireModel(bereichModel),
              cutClusterModel(requireModel(model), request.granularity, request.constraints ?? {}),
            ),
          };
        default:
          return assertNever(request, "Unbekannte Anfrage");
      }
    } catch (error) {
      return workerFailure(request.id, error);
    }
  };
  return inOrder;
}

function requireModel<T>(model: T | null): T {
  if (model === null) throw new Error("Das Clustermodell ist noch nicht berechnet.");
  return model;
}

/**
 * The handler as the worker (and the inline engine) runs it: each response in the messages it crosses
 * in (`clusterResponseParts`: a large cut in parts).
 */
export function createClusterRespond(
  loadCatalogue: () => Promise<Catalogue> = loadShippedCatalogue,
): (request: ClusterRequest) => Promise<ClusterResponse[]> {
  const handle = createClusterRequestHandler(loadCatalogue);
  return async (request) => clusterResponseParts(await handle(request));
}
