import type {
  ClusterConstraints,
  ClusterOptions,
  ClusterResult,
  ProcessRecord,
  ProposedCluster,
} from "../../domain/clustering/types";
import type { WorkerAnswer, WorkerFailure, WorkerRequest } from "./workerMessages";

/**
 * Options as they cross to the worker: plain data, so the catalogue is a switch (default off) and the
 * worker loads the shipped one itself instead of receiving it.
 */
export type WorkerClusterOptions = Omit<ClusterOptions, "catalogue"> & {
  /** Use the shipped OZG catalogue (`ClusterOptions.catalogue`). Default false. */
  readonly catalogue?: boolean;
};

/**
 * Messages from the pane to the clustering worker. `id` pairs a request with its response. Many records
 * travel in parts: `records` messages of one `batch`, then the `build` naming that batch, which clusters
 * the batch's records before its own (two builds sent at once never mix their parts).
 */
export type ClusterRequest =
  | WorkerRequest<"records", { readonly batch: number; readonly records: readonly ProcessRecord[] }>
  | WorkerRequest<
      "build",
      {
        readonly records: readonly ProcessRecord[];
        readonly options: WorkerClusterOptions;
        /** The `records` parts sent ahead for this build. */
        readonly batch?: number;
      }
    >
  | WorkerRequest<"count", { readonly granularity: number }>
  | WorkerRequest<
      "cut",
      {
        readonly granularity: number;
        /** Reviewer decisions the cut keeps (`cutClusterModel`); plain data, so it crosses to the worker. */
        readonly constraints?: ClusterConstraints;
      }
    >;

/** What the model offers right after building: its default cut and the count there. */
export interface ModelSummary {
  readonly granularity: number;
  readonly count: number;
}

/**
 * Messages from the worker back to the pane. A large cut arrives in parts: `clusters` messages (same
 * `id`, in order) before the `cut`, whose clusters follow theirs.
 */
export type ClusterResponse =
  | WorkerAnswer<"records", { readonly count: number }>
  | WorkerAnswer<"clusters", { readonly clusters: readonly ProposedCluster[] }>
  | WorkerAnswer<"build", { readonly summary: ModelSummary }>
  | WorkerAnswer<"count", { readonly count: number }>
  | WorkerAnswer<"cut", { readonly result: ClusterResult }>
  | WorkerFailure;

/**
 * The clustering engine as the pane sees it: build the model once, then re-cut cheaply while the
 * slider moves. In the browser it runs in a Web Worker; tests inject the inline engine.
 */
export interface ClusterEngine {
  build(records: readonly ProcessRecord[], options: WorkerClusterOptions): Promise<ModelSummary>;
  count(granularity: number): Promise<number>;
  /** The model cut at `granularity`, around `constraints` when given (default: none). */
  cut(granularity: number, constraints?: ClusterConstraints): Promise<ClusterResult>;
  dispose(): void;
}
