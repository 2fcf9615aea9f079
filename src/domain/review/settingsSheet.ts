/**
 * The hidden `Prozesscluster-Einstellungen` sheet (see `SETTINGS_SHEET_NAME` for why a sheet): settings
 * that travel with the file, plus the review's memory — per process the cluster it was written to, pins
 * and manual flags — and the "nicht zusammen" pairs. One record per row, first column names the section,
 * so the sheet stays readable and tolerant to reordering.
 */
import type { BereichSource, ClusterStrategy } from "../clustering/types";
import type { RawCell } from "../inventory/types";
import { cellText } from "../inventory/cellText";
import { cellFlag, headerKey } from "./internals/cellText";
import { canonicalPair, getCluster, getProcess } from "./internals/stateAccess";
import { SETTINGS_SHEET_HEADER, type ReviewSheetCell } from "./reviewSheetTypes";
import { REVIEW_SETTINGS_VERSION, type CannotLinkPair, type ReviewSettings, type ReviewState } from "./types";

/** Defaults: automatic strategy, the strategy's own granularity, no extra synonyms or stop words. */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  version: REVIEW_SETTINGS_VERSION,
  strategy: { kind: "auto" },
  bereich: { kind: "auto" },
  catalogue: true,
  granularity: null,
  synonyms: [],
  stopWords: [],
  reifegradModell: null,
};

/** One stored process assignment. */
export interface StoredAssignment {
  readonly key: string;
  readonly name: string;
  readonly clusterId: string;
  /** The cluster name written into the inventory's `Cluster` column at the time. */
  readonly writtenName: string;
  readonly pinned: boolean;
  readonly manual: boolean;
}

export interface SettingsSheetContent {
  readonly settings: ReviewSettings;
  readonly assignments: readonly StoredAssignment[];
  readonly cannotLink: readonly CannotLinkPair[];
}

const SECTION = {
  version: "Version",
  strategy: "Strategie",
  granularity: "Granularität",
  bereich: "Bereiche",
  catalogue: "OZG-Katalog",
  reifegrad: "Reifegradmodell",
  synonym: "Synonym",
  stopWord: "Stoppwort",
  assignment: "Zuordnung",
  cannotLink: "Nicht zusammen",
} as const;

/** Rows of the settings sheet for `settings` and the assignments of `state`. */
export function settingsSheetRows(settings: ReviewSettings, state: ReviewState): ReviewSheetCell[][] {
  const rows: ReviewSheetCell[][] = [
    [...SETTINGS_SHEET_HEADER],
    [SECTION.version, settings.version],
    [SECTION.strategy, JSON.stringify(settings.strategy)],
    [SECTION.granularity, settings.granularity ?? ""],
    [SECTION.bereich, JSON.stringify(settings.bereich)],
    [SECTION.catalogue, yesNo(settings.catalogue)],
    [SECTION.reifegrad, settings.reifegradModell ?? ""],
    ...settings.synonyms.map((s) => [SECTION.synonym, s.from, s.to]),
    ...settings.stopWords.map((word) => [SECTION.stopWord, word]),
  ];
  for (const key of state.processOrder) {
    const process = getProcess(state, key);
    if (process === undefined) continue;
    const written = getCluster(state, process.clusterId)?.name ?? "";
    rows.push([
      SECTION.assignment,
      key,
      process.name,
      process.clusterId,
      written,
      yesNo(process.pinned),
      yesNo(process.manual),
    ]);
  }
  for (const [a, b] of state.cannotLink) rows.push([SECTION.cannotLink, a, b]);
  return rows;
}

/** Reads the sheet back; unknown sections and broken values fall back to the defaults. */
export function readSettingsSheet(values: readonly (readonly RawCell[])[]): SettingsSheetContent {
  let settings: ReviewSettings = DEFAULT_REVIEW_SETTINGS;
  const synonyms: { from: string; to: string }[] = [];
  const stopWords: string[] = [];
  const assignments: StoredAssignment[] = [];
  const pairs = new Map<string, CannotLinkPair>();
  const seenKeys = new Set<string>();
  for (const row of values) {
    const section = headerKey(row[0]);
    const v = (i: number): string => cellText(row[i]);
    switch (section) {
      case headerKey(SECTION.version):
        settings = { ...settings, version: Number(v(1)) || REVIEW_SETTINGS_VERSION };
        break;
      case headerKey(SECTION.strategy):
        settings = { ...settings, strategy: parseStrategy(v(1)) };
        break;
      case headerKey(SECTION.bereich):
        settings = { ...settings, bereich: parseBereichSource(v(1)) };
        break;
      case headerKey(SECTION.catalogue):
        settings = { ...settings, catalogue: v(1).trim().toLowerCase() !== "nein" };
        break;
      case headerKey(SECTION.granularity): {
        const g = Number(v(1).replace(",", "."));
        settings = {
          ...settings,
          granularity: v(1) !== "" && Number.isFinite(g) && g >= 0 && g <= 1 ? g : null,
        };
        break;
      }
      case headerKey(SECTION.reifegrad): {
        const model = v(1) === "2" ? "2.0" : v(1);
        settings = { ...settings, reifegradModell: model === "1.1" || model === "2.0" ? model : null };
        break;
      }
      case headerKey(SECTION.synonym):
        if (v(1) !== "" && v(2) !== "") synonyms.push({ from: v(1), to: v(2) });
        break;
      case headerKey(SECTION.stopWord):
        if (v(1) !== "") stopWords.push(v(1));
        break;
      case headerKey(SECTION.assignment):
        if (v(1) !== "" && v(3) !== "" && !seenKeys.has(v(1))) {
          seenKeys.add(v(1));
          assignments.push({
            key: v(1),
            name: v(2) || v(1),
            clusterId: v(3),
            writtenName: v(4),
            pinned: cellFlag(row[5]),
            manual: cellFlag(row[6]),
          });
        }
        break;
      case headerKey(SECTION.cannotLink):
        if (v(1) !== "" && v(2) !== "" && v(1) !== v(2)) {
          const pair = canonicalPair(v(1), v(2));
          pairs.set(pair.join("\u0000"), pair);
        }
        break;
      default:
        break;
    }
  }
  const cannotLink = [...pairs.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, pair]) => pair);
  return { settings: { ...settings, synonyms, stopWords }, assignments, cannotLink };
}

function yesNo(flag: boolean): string {
  return flag ? "ja" : "nein";
}

/** Parses a stored Bereich source; anything unreadable means `auto`. */
function parseBereichSource(text: string): BereichSource {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || !("kind" in value)) return { kind: "auto" };
    const s = value as { kind: unknown; column?: unknown };
    switch (s.kind) {
      case "auto":
      case "themenfeld":
      case "lebenslage":
      case "taskArea":
      case "cut":
      case "off":
        return { kind: s.kind };
      case "column":
        return typeof s.column === "number" && Number.isInteger(s.column) && s.column >= 0
          ? { kind: "column", column: s.column }
          : { kind: "auto" };
      default:
        return { kind: "auto" };
    }
  } catch {
    return { kind: "auto" };
  }
}

/** Parses a stored strategy; anything unreadable means `auto`. */
function parseStrategy(text: string): ClusterStrategy {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || !("kind" in value)) return { kind: "auto" };
    const s = value as { kind: unknown; level?: unknown; column?: unknown; subColumn?: unknown };
    switch (s.kind) {
      case "auto":
      case "text":
        return { kind: s.kind };
      case "leika":
        return { kind: "leika", level: s.level === "group" ? "group" : "object" };
      case "column":
        if (typeof s.column !== "number" || !Number.isInteger(s.column) || s.column < 0)
          return { kind: "auto" };
        return typeof s.subColumn === "number" && Number.isInteger(s.subColumn) && s.subColumn >= 0
          ? { kind: "column", column: s.column, subColumn: s.subColumn }
          : { kind: "column", column: s.column };
      default:
        return { kind: "auto" };
    }
  } catch {
    return { kind: "auto" };
  }
}
