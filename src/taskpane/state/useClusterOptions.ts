import { useMemo, useRef } from "react";
import type { Inventory } from "../../domain/inventory/types";
import type { WorkerClusterOptions } from "../worker/clusterProtocol";
import type { ProposalSettings } from "../../domain/review/types";

/**
 * The engine's options for the Vorschlag step, a new object only when an input of the model changes: the
 * model is rebuilt then, reusing the granularity chosen earlier. Moving the slider alone keeps them.
 */
export function useClusterOptions(
  inventory: Inventory | null,
  settings: ProposalSettings,
): WorkerClusterOptions {
  const chosenGranularity = useRef(settings.granularity);
  chosenGranularity.current = settings.granularity;
  return useMemo<WorkerClusterOptions>(
    () => ({
      strategy: settings.strategy,
      bereich: settings.bereich,
      catalogue: settings.catalogue,
      synonyms: settings.synonyms,
      stopWords: settings.stopWords,
      ...(inventory === null ? {} : { headers: inventory.headers }),
      granularity: chosenGranularity.current,
    }),
    // The granularity is deliberately not a dependency: moving the slider must not rebuild the model.
    [
      inventory,
      settings.strategy,
      settings.bereich,
      settings.catalogue,
      settings.synonyms,
      settings.stopWords,
    ],
  );
}
