/**
 * The one guard for Excel API members above the manifest minimum (ExcelApi 1.7, manifest.xml): such a
 * member may only be used inside the callback of `whenSupported(supports, "<version>", () => …)`.
 * `npm run check:apiset` resolves every Excel API member used in src to its `[Api set: ExcelApi x.y]`
 * tag and fails on a use above 1.7 that is not inside such a callback for a version at least as high.
 */

/** Whether the host offers ExcelApi `version`; in Office: `Office.context.requirements.isSetSupported`. */
export type Supports = (version: string) => boolean;

/** ExcelApi versions the add-in uses above its minimum. */
export type GuardedVersion = "1.8" | "1.9" | "1.10" | "1.11" | "1.12" | "1.13" | "1.14";

/**
 * Runs `use` when ExcelApi `version` is available and returns its result, else returns `undefined`
 * without calling it (callers then skip the feature, usually with a German notice).
 */
export function whenSupported<T>(supports: Supports, version: GuardedVersion, use: () => T): T | undefined {
  return supports(version) ? use() : undefined;
}
