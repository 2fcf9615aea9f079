import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const PACKAGE_NAME = "prozesscluster";

/** The package.json in `dir` when it is this project's, else undefined. */
function ownPackage(dir: string): { readonly version?: unknown } | undefined {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
    return data.name === PACKAGE_NAME ? data : undefined;
  } catch {
    return undefined;
  }
}

let cached: { readonly root: string; readonly version: string } | undefined;

/**
 * The project folder and its version, found by walking up from this code's folder to the package.json
 * named `prozesscluster`. One rule for both places the CLI runs from: the sources (src/cli, under tsx or
 * Jest) and the bundle (dist-cli/prozesscluster.js), which sit at different depths below the root.
 * @throws Error with a German message when no such package.json is found above the code.
 */
export function packageInfo(): { readonly root: string; readonly version: string } {
  if (cached !== undefined) return cached;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const data = ownPackage(dir);
    if (data !== undefined) {
      cached = { root: dir, version: typeof data.version === "string" ? data.version : "unbekannt" };
      return cached;
    }
    if (dirname(dir) === dir) break;
  }
  throw new Error(
    `Der Projektordner von prozesscluster (package.json) ist über ${__dirname} nicht zu finden.`,
  );
}

/** A path inside the project folder, e.g. `packagePath("assets", "catalogue", "x.json")`. */
export function packagePath(...parts: readonly string[]): string {
  return join(packageInfo().root, ...parts);
}
