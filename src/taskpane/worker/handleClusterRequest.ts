import { buildBereichModel } from "../../domain/clustering/bereiche/buildBereichModel";
import type { BereichModel } from "../../domain/clustering/bereiche/types";
import { withBereiche } from "../../domain/clustering/bereiche/withBereiche";
import { buildClusterModel } from "../../domain/clustering/buildClusterModel";
import type { ClusterModel } from "../../domain/clustering/clusterModel";
import { countClusters } from "../../domain/clustering/countClusters";
import { cutClusterModel } from "../../domain/clustering/cutClusterModel";
import type { ClusterRequest, ClusterResponse } from "./clusterProtocol";

/**
 * Creates the request handler shared by the Web Worker and the inline engine. It keeps the last built
 * model, so slider moves only re-cut the cached dendrogram.
 */
export function createClusterRequestHandler(): (request: ClusterRequest) => ClusterResponse {
  let model: ClusterModel | null = null;
  let bereichModel: BereichModel | null = null;
  return (request) => {
    try {
      switch (request.type) {
        case "build": {
          model = buildClusterModel(request.records, request.options);
          bereichModel = buildBereichModel(
            model,
            request.records,
            request.options.bereich,
            request.options.headers,
          );
          const granularity = request.options.granularity ?? model.defaultGranularity;
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
              cutClusterModel(requireModel(model), request.granularity),
            ),
          };
        default:
          return assertNever(request);
      }
    } catch (error) {
      return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
}

function requireModel<T>(model: T | null): T {
  if (model === null) throw new Error("Das Clustermodell ist noch nicht berechnet.");
  return model;
}

function assertNever(value: never): never {
  throw new Error(`Unbekannte Anfrage: ${JSON.stringify(value)}`);
}
