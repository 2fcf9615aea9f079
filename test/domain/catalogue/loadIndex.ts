import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCatalogue } from "../../../src/domain/catalogue/createCatalogue";
import type { Catalogue, CatalogueData } from "../../../src/domain/catalogue/types";

let cached: Catalogue | undefined;

/** The shipped catalogue's index data, read from the file. */
export function shippedData(): CatalogueData {
  return JSON.parse(
    readFileSync(join(__dirname, "../../../assets/catalogue/ozg-katalog-index.json"), "utf8"),
  ) as CatalogueData;
}

/** The shipped catalogue, built once per test file (a few hundred ms). */
export function shippedCatalogue(): Catalogue {
  cached ??= createCatalogue(shippedData());
  return cached;
}
