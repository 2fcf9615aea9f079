import { createCatalogue } from "../../../domain/catalogue/createCatalogue";
import type { Catalogue, CatalogueData } from "../../../domain/catalogue/types";

let pending: Promise<Catalogue> | undefined;

/**
 * The shipped OZG catalogue, loaded on first use and kept for the worker's life. The dynamic import
 * makes webpack put the index in its own chunk, served from the add-in's own origin next to the
 * worker (nothing is fetched from elsewhere), so panes that never use the catalogue never load it.
 * A failed load is forgotten, so the next build tries again. @internal
 */
export function loadShippedCatalogue(): Promise<Catalogue> {
  pending ??= import(
    /* webpackChunkName: "ozg-katalog" */ "../../../../assets/catalogue/ozg-katalog-index.json"
  ).then(
    (module: unknown) => {
      const m = module as { readonly default?: unknown };
      return createCatalogue((m.default ?? module) as CatalogueData);
    },
    (error: unknown) => {
      pending = undefined;
      throw new Error("Der OZG-Katalog lässt sich nicht laden.", { cause: error });
    },
  );
  return pending;
}
