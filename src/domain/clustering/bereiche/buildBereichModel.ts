import type { ProcessRecord } from "../../inventory/types";
import { ROLE_LABELS } from "../../inventory/roleLabels";
import { msg } from "../../messages/renderMessage";
import type { Message } from "../../messages/types";
import type { ClusterModel } from "../clusterModel";
import { normalizeWord } from "../normalizeName";
import { coarseGroups, targetBereichCount } from "./coarseGroups";
import { dominantValue, fitLabel, uniqueLabel, wordList } from "../labelWords";
import { createDescribeScratch, groupWords, MIXED_SHARE } from "../internals/describeCluster";
import type { DescribeScratch } from "../internals/describeTypes";
import { rankByCount } from "../internals/formatGerman";
import { joinReasons } from "../internals/joinReasons";
import type { BereichChoice, BereichModel, BereichSource } from "./types";
import type { TaskAreaGroups, TaskAreaShare } from "./taskAreaGroups";
import {
  AUTO_MAX_VALUES,
  AUTO_MIN_VALUES,
  autoBereichColumn,
  type BereichRole,
  present,
} from "./sheetBereich";

/** A catalogue Lebenslage (Themenfeld) names a coarse group when this share of its rows has it. */
const DOMINANT_LEBENSLAGE = 0.5;
const DOMINANT_THEMENFELD = 0.6;
/**
 * A mixed Bereich (see `coarseLabel`) is named by a Themenfeld when this share of its rows that the
 * catalogue places have it, and those rows are at least this share of the Bereich and this many.
 */
const PLACED_AGREEMENT = 2 / 3;
const PLACED_EVIDENCE = 1 / 2;
const PLACED_MIN_ROWS = 3;
/**
 * A Bereich named by its names' words shows a further word only when at least this share of its
 * processes has it ("Hund", not "Hund, Beibehaltung" for eight dog services and one other).
 */
const SECOND_WORD_SHARE = 0.2;
/** A Bereich of at least this many processes is mixed when its top word is in under `MIXED_SHARE`. */
const MIXED_MIN_SIZE = 4;

export const NO_BEREICH_LABEL = "Alle Prozesse";
export const UNASSIGNED_BEREICH_LABEL = "Weitere Leistungen";

interface Values {
  readonly values: readonly (string | undefined)[];
  /** What the values are, e.g. the column's header; each group's `detail`. */
  readonly detail: Message;
  /** A value's own `detail` where it differs (a Themenfeld among Lebenslagen). */
  readonly detailOf?: (value: string) => Message | undefined;
}

/** The catalogue's roles by name, for reasons ("Lebenslage laut OZG-Katalog"). */
const ROLE_NAMES: Readonly<Record<"themenfeld" | "lebenslage", Message>> = {
  themenfeld: msg("cluster.roleThemenfeld"),
  lebenslage: msg("cluster.roleLebenslage"),
};

/**
 * Per-row Bereich votes for a clustering model (see `BereichModel`). `records` may come in any order;
 * they are matched to the model's rows by key. Pure and deterministic.
 */
export function buildBereichModel(
  model: ClusterModel,
  records: readonly ProcessRecord[],
  source: BereichSource = { kind: "auto" },
  headers: readonly string[] = [],
): BereichModel {
  const byKey = new Map(records.map((r) => [r.key, r] as const));
  const rows = model.keys.map((key) => byKey.get(key));
  switch (source.kind) {
    case "off":
      return {
        choice: { kind: "off", why: msg("cluster.choiceOff") },
        votes: new Int32Array(model.keys.length).fill(-1),
        groups: [],
        fallback: { label: NO_BEREICH_LABEL, detail: msg("cluster.bereichNone") },
      };
    case "column": {
      const header = headers[source.column]?.trim() || `Spalte ${source.column + 1}`;
      const values = rows.map((r) => r?.cells[source.column]);
      return fromValues(
        { values, detail: msg("cluster.bereichColumn", { header }) },
        { kind: "column", header, why: msg("cluster.choiceColumn", { header }) },
        msg("cluster.bereichColumnEmpty", { header }),
      );
    }
    case "themenfeld":
    case "lebenslage":
      return fromRoleOrCatalogue(model, rows, source.kind);
    case "taskArea":
      return model.taskAreas === undefined
        ? fromCut(model, msg("cluster.choiceNoTaskAreas"))
        : fromTaskAreas(model.taskAreas, msg("cluster.choiceTaskArea"));
    case "cut":
      return fromCut(model, msg("cluster.choiceCut"));
    case "auto":
      return auto(model, rows);
    default: {
      const never: never = source;
      throw new TypeError(`Unbekannte Bereichsquelle: ${JSON.stringify(never)}`);
    }
  }
}

function auto(model: ClusterModel, rows: readonly (ProcessRecord | undefined)[]): BereichModel {
  const chosen = autoBereichColumn(rows);
  if (chosen !== undefined) {
    const header = ROLE_LABELS[chosen.role];
    return fromValues(
      { values: chosen.values, detail: msg("cluster.bereichColumn", { header }) },
      {
        kind: chosen.role === "themenfeld" ? "themenfeld" : "column",
        header,
        why: msg("cluster.choiceAutoColumn", { header, count: chosen.distinct }),
      },
      msg("cluster.bereichColumnEmpty", { header }),
    );
  }
  const range = { min: AUTO_MIN_VALUES, max: AUTO_MAX_VALUES };
  if (model.taskAreas !== undefined) {
    return fromTaskAreas(model.taskAreas, msg("cluster.choiceAutoTaskArea", range));
  }
  return fromCut(model, msg("cluster.choiceAutoCut", range));
}

/**
 * A Bereich of several task areas is named by their names joined when that fits a label ("Bauen &
 * Bauordnung / Abfall & Stadtreinigung"), else by their short names ("Steuern, Bauen & Abfall").
 */
const TASK_AREA_JOIN = " / ";

/** "Standesamt" of "Standesamt & Personenstand", "Verwaltung" of "Verwaltung, Rat & Personal". */
function shortAreaName(name: string): string {
  return name.split(/,| & /u)[0]?.trim() || name;
}

/** The label of a Bereich made of these task areas (largest first). @internal (exported for tests) */
export function taskAreaLabel(names: readonly string[]): string {
  const joined = names.join(TASK_AREA_JOIN);
  if (fitLabel(joined) === joined) return joined;
  const short = names.map(shortAreaName);
  const last = short.pop();
  return fitLabel(short.length === 0 ? (last ?? "") : `${short.join(", ")} & ${last ?? ""}`);
}

/**
 * Bereiche = the task-area groups the model made (`ClusterModel.taskAreas`; for the similarity
 * strategies also its partition, so every cluster lies in one, else a cluster goes where most of its
 * rows are): each named by its areas, its reason saying how many of its processes each area's words
 * fit, how many joined it by similarity, and the typical words the names were nearest to.
 */
function fromTaskAreas(taskAreas: TaskAreaGroups, why: Message): BereichModel {
  const item = (share: TaskAreaShare, of: number): Message =>
    msg("cluster.bereichTopItem", { value: share.name, count: share.count, of });
  return {
    choice: { kind: "taskArea", why },
    votes: Int32Array.from(taskAreas.groupOf),
    groups: taskAreas.groups.map((group) => {
      const label = taskAreaLabel(group.areas.map((a) => a.name));
      const areas = joinReasons(
        [...group.areas, ...group.joined].map((share) => item(share, group.rows)),
        "comma",
      );
      // One area that all rows' names fit needs no list repeating the label.
      const whole = group.areas.length === 1 && group.joined.length === 0 && group.unplaced === 0;
      const placed = whole
        ? msg("cluster.bereichTaskAreaAll", { count: group.rows })
        : group.unplaced > 0
          ? msg("cluster.bereichTaskAreaPlus", { areas, count: group.unplaced })
          : msg("cluster.bereichTaskArea", { areas });
      const words = group.words.map((w) => msg("cluster.bereichWordItem", { value: w.name, count: w.count }));
      const detail =
        words.length === 0
          ? placed
          : msg("cluster.bereichTaskAreaWords", { detail: placed, words: joinReasons(words, "comma") });
      return { label, detail };
    }),
    fallback: { label: UNASSIGNED_BEREICH_LABEL, detail: msg("cluster.bereichTaskAreaNone") },
  };
}

function fromRoleOrCatalogue(
  model: ClusterModel,
  rows: readonly (ProcessRecord | undefined)[],
  role: Extract<BereichRole, "themenfeld"> | "lebenslage",
): BereichModel {
  const header = ROLE_LABELS[role];
  const sheet = rows.map((r) => present(r?.[role]));
  if (sheet.some((v) => v !== undefined)) {
    return fromValues(
      { values: sheet, detail: msg("cluster.bereichColumn", { header }) },
      { kind: role, header, why: msg("cluster.choiceColumn", { header }) },
      msg("cluster.bereichColumnEmpty", { header }),
    );
  }
  const matched = model.signals.map((s) => present(s.catalogue?.[role]));
  const fromCatalogue = msg("cluster.bereichCatalogue", { role: ROLE_NAMES[role] });
  if (matched.some((v) => v !== undefined)) {
    const readable = role === "lebenslage" ? readableLebenslagen(model, matched) : undefined;
    const byThemenfeld = msg("cluster.bereichCatalogue", { role: ROLE_NAMES.themenfeld });
    return fromValues(
      {
        values: readable?.values ?? matched,
        detail: fromCatalogue,
        detailOf: (value) => (readable?.themenfelder.has(value) ? byThemenfeld : undefined),
      },
      { kind: role, why: fromCatalogue },
      msg("cluster.bereichNoCatalogueMatch"),
    );
  }
  return fromCut(model, msg("cluster.choiceNeither", { role: ROLE_NAMES[role] }));
}

/**
 * The catalogue's Lebenslagen of the rows, readable as Bereiche: the 55 Lebenslagen give an inventory
 * 30–40 of them (27–42 on the evaluation lists), more than the 25 an overview holds. Then the largest
 * Lebenslagen stay, as many as can while the rows of the others, shown as their Themenfeld, keep the
 * total at 25 with the Bereich of unplaced rows (ties: the Lebenslage first in German order).
 * Undefined when the Lebenslagen fit.
 */
function readableLebenslagen(
  model: ClusterModel,
  lebenslagen: readonly (string | undefined)[],
): { readonly values: (string | undefined)[]; readonly themenfelder: ReadonlySet<string> } | undefined {
  const counts = new Map<string, number>();
  for (const v of lebenslagen) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Rows the catalogue does not place make one more Bereich ("Weitere Leistungen").
  const limit = AUTO_MAX_VALUES - (lebenslagen.includes(undefined) ? 1 : 0);
  if (counts.size <= limit) return undefined;
  const ranked = [...counts].sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0], "de-DE")).map(([v]) => v);
  const themenfeldOf = (i: number): string | undefined => present(model.signals[i]?.catalogue?.themenfeld);
  const shown = (kept: ReadonlySet<string>): (string | undefined)[] =>
    lebenslagen.map((v, i) => (v === undefined || kept.has(v) ? v : themenfeldOf(i)));
  for (let k = Math.min(ranked.length, limit) - 1; k >= 0; k--) {
    const kept = new Set(ranked.slice(0, k));
    const values = shown(kept);
    if (new Set(values.filter((v) => v !== undefined)).size > limit) continue;
    const themenfelder = new Set(
      values.filter((v, i): v is string => v !== undefined && v !== lebenslagen[i]),
    );
    return { values, themenfelder };
  }
  return undefined;
}

/** Bereiche = the distinct values (blank rows abstain); `fallbackDetail` says why a cluster has none. */
function fromValues(
  { values, detail, detailOf }: Values,
  choice: BereichChoice,
  fallbackDetail: Message,
): BereichModel {
  const codeOf = new Map<string, number>();
  const groups: { label: string; detail: Message }[] = [];
  const votes = new Int32Array(values.length).fill(-1);
  values.forEach((raw, i) => {
    const value = present(raw);
    if (value === undefined) return;
    const norm = normalizeWord(value);
    let code = codeOf.get(norm);
    if (code === undefined) {
      code = groups.length;
      codeOf.set(norm, code);
      groups.push({ label: value, detail: detailOf?.(value) ?? detail });
    }
    votes[i] = code;
  });
  return {
    choice,
    votes,
    groups,
    fallback: {
      label: choice.kind === "column" || groups.length === 0 ? "ohne Angabe" : UNASSIGNED_BEREICH_LABEL,
      detail: fallbackDetail,
    },
  };
}

function fromCut(model: ClusterModel, why: Message): BereichModel {
  const n = model.keys.length;
  const groups = coarseGroups(model, targetBereichCount(n));
  const votes = new Int32Array(n).fill(-1);
  groups.forEach((rows, g) => rows.forEach((i) => (votes[i] = g)));
  const basis = msg(
    model.concepts === undefined ? "cluster.bereichByNames" : "cluster.bereichByNamesCatalogue",
  );
  const detail = msg("cluster.bereichSimilarTopics", { basis });
  const used = new Set<string>();
  // One set of counting buffers for all groups (sized to the model's vocabulary).
  const scratch = createDescribeScratch(model);
  return {
    choice: { kind: "cut", why: msg("cluster.choiceWithBasis", { why, basis }) },
    votes,
    groups: groups.map((rows) => {
      const { label, namedBy } = coarseLabel(model, rows, used, scratch);
      used.add(label);
      if (namedBy === undefined) return { label, detail: withTopLebenslagen(model, rows, detail) };
      const { role, value, count, of, placed } = namedBy;
      const params = { detail, role: ROLE_NAMES[role], value, count, of };
      return {
        label,
        detail: msg(placed ? "cluster.bereichNamedByPlaced" : "cluster.bereichNamedBy", params),
      };
    }),
    fallback: { label: UNASSIGNED_BEREICH_LABEL, detail },
  };
}

/** A mixed Bereich's reason names its most frequent Lebenslagen (at most this many, each in ≥ 2 rows). */
const TOP_LEBENSLAGEN = 3;

/**
 * `detail`, followed by the Lebenslagen (the sheet's, else the catalogue's) most of a Bereich's rows
 * have, when its name cannot say what it is about ("Bebauungsplan, Anlieger, Wohnung" → "häufigste
 * Lebenslagen: „Bauen & Immobilien“ (6 von 23), „Wohnen & Umzug“ (5 von 23)"). @internal (exported
 * for tests)
 */
export function withTopLebenslagen(model: ClusterModel, rows: readonly number[], detail: Message): Message {
  const counts = new Map<string, number>();
  for (const i of rows) {
    const value = model.signals[i]?.lebenslage ?? model.signals[i]?.catalogue?.lebenslage;
    if (value !== undefined && value.trim() !== "") counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const top = rankByCount(counts)
    .filter(([, count]) => count >= 2)
    .slice(0, TOP_LEBENSLAGEN);
  if (top.length === 0) return detail;
  const items = top.map(([value, count]) => msg("cluster.bereichTopItem", { value, count, of: rows.length }));
  return msg(items.length === 1 ? "cluster.bereichTopLebenslage" : "cluster.bereichTopLebenslagen", {
    detail,
    items: joinReasons(items, "comma"),
  });
}

/**
 * The Lebenslage or Themenfeld most of the rows share (sheet first, else catalogue), else the whole
 * words most of their names share; a mixed group (its top word in under a third of the names) by
 * the Themenfeld most of its placed rows share, else by a list of its frequent words. A label
 * another group took already gets a distinguishing word. @internal (exported for tests)
 */
export function coarseLabel(
  model: ClusterModel,
  rows: readonly number[],
  used: ReadonlySet<string>,
  scratch: DescribeScratch = createDescribeScratch(model),
): { readonly label: string; readonly namedBy?: NamedBy } {
  const signal = (i: number) => model.signals[i];
  const lebenslagen = rows.map((i) => signal(i)?.lebenslage ?? signal(i)?.catalogue?.lebenslage);
  const themenfelder = rows.map((i) => signal(i)?.themenfeld ?? signal(i)?.catalogue?.themenfeld);
  const named =
    dominant("lebenslage", lebenslagen, DOMINANT_LEBENSLAGE) ??
    dominant("themenfeld", themenfelder, DOMINANT_THEMENFELD);
  const ranked = groupWords(model, rows, 12, scratch);
  // A Bereich whose most frequent word is in fewer than a third of its processes is mixed: it is
  // named by a list of its frequent words ("Abfall, Bauantrag, Wohnsitz"), not by one of them.
  const mixed = rows.length >= MIXED_MIN_SIZE && (ranked[0]?.count ?? 0) < MIXED_SHARE * rows.length;
  const least = SECOND_WORD_SHARE * rows.length;
  // A mixed Bereich lists words as people write them, as a mixed cluster does: not a compound's
  // start the rule admits but nobody wrote alone ("Erst" of "Erstantrag", "Ersterteilung").
  const wholeRanked = ranked.filter((w) => w.whole);
  const listed = wholeRanked.length >= 2 ? wholeRanked : ranked;
  const frequent = listed.filter((w) => w.count >= 2);
  const words = mixed
    ? wordList(
        (frequent.length >= 2 ? frequent : listed).map((w) => w.word),
        4,
      )
    : ranked
        .filter((w, k) => k === 0 || w.count >= least)
        .map((w) => w.word)
        .slice(0, 4);
  // A mixed Bereich is named by the Themenfeld that most of the rows the catalogue places share, when
  // it places at least half of them ("Bildung" for 14 of 15 placed rows among 24); with fewer, the
  // name would be a guess about the rest, and its words name it.
  const namedBy = named ?? (mixed ? placedThemenfeld(themenfelder) : undefined);
  const concept = namedBy?.value;
  const fromWords = fitLabel(words.slice(0, mixed ? 3 : 2).join(", ")) || "Weitere Leistungen";
  const label = concept === undefined ? fromWords : fitLabel(concept);
  const alternatives = [
    // A mixed group's first word is one of many: when its Themenfeld is taken, its word list names it.
    ...(concept === undefined ? [] : mixed ? [fromWords] : [fitLabel(`${concept}: ${words[0] ?? ""}`)]),
    fitLabel(words.slice(0, 3).join(", ")),
    fitLabel(words.join(", ")),
  ];
  const chosen = uniqueLabel(label, alternatives, used);
  // The reason names the concept only when the label does.
  return concept !== undefined && namedBy !== undefined && chosen.startsWith(fitLabel(concept))
    ? { label: chosen, namedBy }
    : { label: chosen };
}

/** Why a coarse group carries a Lebenslage's or Themenfeld's name: how many of its rows have it. */
export interface NamedBy {
  readonly role: "lebenslage" | "themenfeld";
  readonly value: string;
  readonly count: number;
  /** Out of all rows, or (`placed`) out of the rows the catalogue (or sheet) places. */
  readonly of: number;
  readonly placed: boolean;
}

/** The value at least `share` of all `values` have (absent ones count against it). */
function dominant(
  role: NamedBy["role"],
  values: readonly (string | undefined)[],
  share: number,
): NamedBy | undefined {
  const value = dominantValue(values, share);
  if (value === undefined) return undefined;
  return { role, value, count: values.filter((v) => v === value).length, of: values.length, placed: false };
}

/**
 * The Themenfeld of at least `PLACED_AGREEMENT` of the rows that have one, when those are at least
 * `PLACED_EVIDENCE` of all rows and at least `PLACED_MIN_ROWS`.
 */
function placedThemenfeld(values: readonly (string | undefined)[]): NamedBy | undefined {
  const placed = values.filter((v): v is string => v !== undefined && v.trim() !== "");
  if (placed.length < Math.max(PLACED_MIN_ROWS, PLACED_EVIDENCE * values.length)) return undefined;
  const value = dominantValue(placed, PLACED_AGREEMENT);
  if (value === undefined) return undefined;
  const count = placed.filter((v) => v === value).length;
  return { role: "themenfeld", value, count, of: placed.length, placed: true };
}
