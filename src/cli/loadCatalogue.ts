import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCatalogue } from "../domain/catalogue/createCatalogue";
import type { Catalogue, CatalogueData } from "../domain/catalogue/types";

/** The shipped catalogue index (built by `npm run catalogue`, committed), relative to this file. */
export const CATALOGUE_INDEX_PATH = join(
  __dirname,
  "..",
  "..",
  "assets",
  "catalogue",
  "ozg-katalog-index.json",
);

let cached: Catalogue | undefined;

/**
 * The OZG catalogue for the CLI, read from the shipped index on first use and kept for the process
 * (building it takes a few hundred milliseconds). Local file only; nothing is fetched.
 * @throws Error with a German message when the index is missing or unreadable.
 */
export function loadCatalogue(): Catalogue {
  if (cached !== undefined) return cached;
  let data: CatalogueData;
  try {
    data = JSON.parse(readFileSync(CATALOGUE_INDEX_PATH, "utf8")) as CatalogueData;
  } catch (error) {
    throw new Error(
      `Der OZG-Katalog (${CATALOGUE_INDEX_PATH}) lässt sich nicht lesen: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  cached = createCatalogue(data);
  return cached;
}
