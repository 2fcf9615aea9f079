import { readFileSync } from "node:fs";
import { createCatalogue } from "../domain/catalogue/createCatalogue";
import type { Catalogue, CatalogueData } from "../domain/catalogue/types";
import { packagePath } from "./packageRoot";

/** The shipped catalogue index (built by `npm run catalogue`, committed), inside the project folder. */
const CATALOGUE_INDEX_PARTS = ["assets", "catalogue", "ozg-katalog-index.json"] as const;

let cached: Catalogue | undefined;

/**
 * The OZG catalogue for the CLI, read from the shipped index on first use and kept for the process
 * (building it takes a few hundred milliseconds). Local file only; nothing is fetched.
 * @throws Error with a German message when the index is missing or unreadable.
 */
export function loadCatalogue(): Catalogue {
  if (cached !== undefined) return cached;
  let data: CatalogueData;
  let path: string = CATALOGUE_INDEX_PARTS.join("/");
  try {
    path = packagePath(...CATALOGUE_INDEX_PARTS);
    data = JSON.parse(readFileSync(path, "utf8")) as CatalogueData;
  } catch (error) {
    throw new Error(
      `Der OZG-Katalog (${path}) lässt sich nicht lesen: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  cached = createCatalogue(data);
  return cached;
}
