import { useCallback, useEffect, useRef, useState } from "react";
import type { ClusterResult, ProcessRecord } from "../../domain/clustering/types";
import type { WorkerClusterOptions } from "../worker/clusterProtocol";
import type { ClusterEngine, ModelSummary } from "../worker/clusterProtocol";
import { markTiming } from "./markTiming";

/** Wait after the last slider move before the preview re-cuts (the count updates at once). */
export const PREVIEW_DEBOUNCE_MS = 150;

/** The model of the Vorschlag step: its summary, the live count and the last cut (for the preview). */
export interface ProposalModel {
  readonly engine: React.RefObject<ClusterEngine | null>;
  readonly summary: ModelSummary | null;
  readonly count: number | null;
  /** The cut at the current granularity; `null` until the first cut after a (re)build. */
  readonly cut: ClusterResult | null;
  /** Sets the granularity: counts at once, re-cuts the preview after `PREVIEW_DEBOUNCE_MS`. */
  readonly recut: (granularity: number) => void;
}

/**
 * Owns the clustering engine of the Vorschlag step. The model is built once per `records`/`options`
 * (identity; the caller memoises them) — the granularity chosen earlier is reused then — and the slider
 * only re-cuts it. Stale answers (an older slider position, an older model) are dropped.
 */
export function useProposalModel(
  createEngine: () => ClusterEngine,
  records: readonly ProcessRecord[] | null,
  options: WorkerClusterOptions,
  onError: (error: unknown) => void,
): ProposalModel {
  const engine = useRef<ClusterEngine | null>(null);
  const [summary, setSummary] = useState<ModelSummary | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [cut, setCut] = useState<ClusterResult | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const created = createEngine();
    engine.current = created;
    return () => {
      engine.current = null;
      clearTimeout(timer.current);
      created.dispose();
    };
  }, [createEngine]);

  const cutAt = useCallback(
    (granularity: number, request: number) => {
      engine.current
        ?.cut(granularity)
        .then((result) => request === latest.current && setCut(result))
        .catch(onError);
    },
    [onError],
  );

  useEffect(() => {
    const current = engine.current;
    if (current === null || records === null) return;
    const request = ++latest.current;
    setSummary(null);
    setCut(null);
    markTiming("propose:start");
    current
      .build(records, options)
      .then((built) => {
        if (request !== latest.current) return;
        markTiming("propose:ready");
        setSummary(built);
        setCount(built.count);
        cutAt(built.granularity, request);
      })
      .catch((error: unknown) => request === latest.current && onError(error));
  }, [records, options, onError, cutAt]);

  const recut = useCallback(
    (granularity: number) => {
      const request = ++latest.current;
      engine.current
        ?.count(granularity)
        .then((next) => request === latest.current && setCount(next))
        .catch(onError);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => cutAt(granularity, request), PREVIEW_DEBOUNCE_MS);
    },
    [onError, cutAt],
  );

  return { engine, summary, count, cut, recut };
}
