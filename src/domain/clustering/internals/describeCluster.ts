import type { ClusterModel } from "../clusterModel";
import { BLANK_VALUE } from "../clusterModel";
import { capitalise, formatScore, rankByCount } from "./formatGerman";
import type { FactKind } from "./labelIndex";
import { memberSimilarity } from "./memberSimilarity";

/** Label and reasons of one cluster. @internal */
export interface ClusterDescription {
  readonly label: string;
  readonly reason: string;
  /** Parallel to the members passed in. */
  readonly memberReasons: readonly string[];
}

export const SINGLETON_REASON = "Einzelprozess: keine ausreichend ähnlichen Prozesse";
const MAX_PROCEDURES = 3;
const MAX_TERMS = 3;

/** The value all members share, if they all have one and it is the same. */
function shared(values: readonly (string | undefined)[]): string | undefined {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : undefined;
}

/**
 * Reusable counting buffers for describing many clusters in one cut (all zero between calls). Create
 * one per cut with `createDescribeScratch`; describing without one allocates per cluster.
 * @internal
 */
export interface DescribeScratch {
  readonly vector: Float64Array;
  readonly features: Int32Array;
  readonly stems: Int32Array;
  readonly words: Int32Array;
  readonly procedures: Int32Array;
  readonly verrichtungen: Int32Array;
}

/** Buffers sized for the model. @internal */
export function createDescribeScratch(model: ClusterModel): DescribeScratch {
  const l = model.labels;
  return {
    vector: new Float64Array(model.vectors.features.length),
    features: new Int32Array(model.vectors.features.length),
    stems: new Int32Array(l.stems.length),
    words: new Int32Array(l.words.length),
    procedures: new Int32Array(l.procedures.length),
    verrichtungen: new Int32Array(l.verrichtungen.length),
  };
}

/**
 * Ids ranked by count (descending), ties in code-point order of their keys, as `rankByCount` does
 * for strings; only ids whose count passes `keep(count, maxCount)` are ranked (a label needs the top
 * few, and sorting every term of a big cluster would dominate a cut). Resets the counts of all given
 * ids to zero.
 */
function rankIds(
  ids: readonly number[],
  counts: Int32Array,
  keys: readonly string[],
  keep: (count: number, max: number) => boolean = () => true,
): [number, number][] {
  let max = 0;
  for (const id of ids) max = Math.max(max, counts[id] as number);
  const ranked: [number, number][] = [];
  for (const id of ids) {
    const c = counts[id] as number;
    if (keep(c, max)) ranked.push([id, c]);
    counts[id] = 0;
  }
  return ranked.sort((p, q) => {
    if (p[1] !== q[1]) return q[1] - p[1];
    const a = keys[p[0]] ?? "";
    const b = keys[q[0]] ?? "";
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** The top id of `rankIds` without ranking the rest (−1 when `ids` is empty); resets the counts. */
function topId(ids: readonly number[], counts: Int32Array, keys: readonly string[]): number {
  let best = -1;
  let bestCount = 0;
  for (const id of ids) {
    const c = counts[id] as number;
    counts[id] = 0;
    if (c > bestCount || (c === bestCount && (keys[id] ?? "") < (keys[best] ?? ""))) {
      best = id;
      bestCount = c;
    }
  }
  return best;
}

/** Counts ids of the members' CSR lists into `counts`; returns the ids touched. */
function countIds(
  members: readonly number[],
  ptr: Int32Array,
  ids: Int32Array,
  counts: Int32Array,
  select?: (p: number) => boolean,
): number[] {
  const touched: number[] = [];
  for (const i of members) {
    for (let p = ptr[i] as number; p < (ptr[i + 1] as number); p++) {
      if (select !== undefined && !select(p)) continue;
      const id = ids[p] as number;
      if (counts[id] === 0) touched.push(id);
      counts[id] = (counts[id] as number) + 1;
    }
  }
  return touched;
}

/**
 * Display form of a stem: the members' most frequent word with that stem. Computed on demand (a
 * label needs only a handful of stems) and cached per cluster.
 */
function stemSurfaces(
  model: ClusterModel,
  members: readonly number[],
  scratch: DescribeScratch,
): (stem: number) => string {
  const l = model.labels;
  const cache = new Map<number, string>();
  return (stem) => {
    let out = cache.get(stem);
    if (out === undefined) {
      const touched = countIds(members, l.termPtr, l.termWord, scratch.words, (p) => l.termStem[p] === stem);
      const word = topId(touched, scratch.words, l.words);
      const fallback = l.stems[stem] ?? "";
      out = word < 0 ? capitalise(fallback) : (l.wordDisplay[word] ?? capitalise(fallback));
      cache.set(stem, out);
    }
    return out;
  };
}

/** The value of a fact all members share (same code, present everywhere). */
function sharedFact(model: ClusterModel, members: readonly number[], kind: FactKind): string | undefined {
  const fact = model.labels.facts[kind];
  const first = fact.codes[members[0] as number] as number;
  if (first < 0) return undefined;
  for (const i of members) if (fact.codes[i] !== first) return undefined;
  return fact.values[first];
}

/** Structured facts shared by all members, in the words of the auto/leika reasons. */
function sharedFacts(model: ClusterModel, members: readonly number[]): string[] {
  const facts: string[] = [];
  const key = sharedFact(model, members, "object");
  const group = sharedFact(model, members, "group");
  if (key !== undefined) facts.push(`gleiches LeiKa-Objekt ${key}`);
  else if (group !== undefined) facts.push(`gleiche LeiKa-Gruppe ${group}`);
  const ozg = sharedFact(model, members, "ozg");
  if (ozg !== undefined) facts.push(`gleiche OZG-Leistung ${ozg}`);
  const fach = sharedFact(model, members, "fachanwendung");
  if (fach !== undefined) facts.push(`gleiche Fachanwendung ${fach}`);
  // The coarse groupings only when nothing more specific is shared.
  const lebenslage = sharedFact(model, members, "lebenslage");
  const theme = sharedFact(model, members, "themenfeld");
  if (facts.length === 0 && lebenslage !== undefined) facts.push(`gleiche Lebenslage ${lebenslage}`);
  else if (facts.length === 0 && theme !== undefined) facts.push(`gleiches Themenfeld ${theme}`);
  return facts;
}

/**
 * Label and reasons for a cluster of rows (model row indices, ascending) whose last merge happened at
 * distance `height` (undefined for singletons and decision clusters).
 * @internal
 */
export function describeCluster(
  model: ClusterModel,
  members: readonly number[],
  height: number | undefined,
  scratch: DescribeScratch = createDescribeScratch(model),
  threshold = 0,
): ClusterDescription {
  const strategy = model.strategy;
  // From the column level up (distance 0.5, see buildClusterModel) sub values are no longer split.
  if (strategy.kind === "column") return describeColumnCluster(model, members, threshold < 0.5);
  if (members.length === 1) {
    const only = members[0] as number;
    return { label: model.names[only] ?? "", reason: SINGLETON_REASON, memberReasons: [SINGLETON_REASON] };
  }
  const l = model.labels;
  // Term stems and procedures are distinct per row already (see analyzeNames).
  const half = Math.max(2, Math.ceil(members.length / 2));
  // Only the top stem and those shared by half the members appear in the label and the reason.
  const rankedSubjects = rankIds(
    countIds(members, l.termPtr, l.termStem, scratch.stems),
    scratch.stems,
    l.stems,
    (c, max) => c === max || c >= half,
  );
  const procTouched = countIds(members, l.procPtr, l.procId, scratch.procedures);
  const verrichtungTouched: number[] = [];
  for (const i of members) {
    const v = l.verrichtung[i] as number;
    if (v < 0) continue;
    if (scratch.verrichtungen[v] === 0) verrichtungTouched.push(v);
    scratch.verrichtungen[v] = (scratch.verrichtungen[v] as number) + 1;
  }
  const surfaceOfStem = stemSurfaces(model, members, scratch);
  const mainStems = rankedSubjects
    .filter(([, c], k) => k === 0 || (k === 1 && c >= half))
    .slice(0, 2)
    .map(([s]) => s);
  const subject = mainStems.map((s) => surfaceOfStem(s)).join(" ");
  const procedureSurfaces = rankIds(procTouched, scratch.procedures, l.procedures).map(
    ([p]) => l.procedureDisplay[p] ?? "",
  );
  const verrichtungSurfaces = rankIds(verrichtungTouched, scratch.verrichtungen, l.verrichtungen).map(
    ([v]) => l.verrichtungen[v] ?? "",
  );
  // Decoded Verrichtungen first (they are exact), then the procedure words of the names.
  const procedures = [...new Set([...verrichtungSurfaces, ...procedureSurfaces])]
    .filter((p) => p.toLowerCase() !== subject.toLowerCase())
    .slice(0, MAX_PROCEDURES);
  // A cluster that is exactly one OZG-Leistung of the sheet is called by its name: the committee
  // knows it, and it says more than the most frequent word.
  const ozgName = strategy.kind === "text" ? undefined : sharedFact(model, members, "ozgName");
  const label = ozgName ?? (procedures.length > 0 ? `${subject}: ${procedures.join(", ")}` : subject);

  const sharedStems = rankedSubjects.filter(([, c]) => c >= half).slice(0, MAX_TERMS);
  const terms = sharedStems.map(([s]) => surfaceOfStem(s));
  const facts = strategy.kind === "text" ? [] : sharedFacts(model, members);
  const parts = [...facts];
  if (strategy.kind === "leika" && members.every((i) => model.signals[i]?.leikaKey === undefined))
    parts.push("ohne LeiKa-Schlüssel, nach Namensähnlichkeit");
  if (terms.length > 0) parts.push(`gemeinsame Begriffe: ${terms.join(", ")}`);
  if (height !== undefined) parts.push(`Ähnlichkeit ${formatScore(1 - height)}`);
  const reason = parts.length > 0 ? parts.join("; ") : "zusammengefasst bei grober Einteilung";

  const fit = memberSimilarity(model.vectors, members, scratch.vector, scratch.features);
  const sharedIds = sharedStems.map(([s]) => s);
  const objectFact = facts.find((f) => f.startsWith("gleiches LeiKa-Objekt"));
  // One string per member, built without intermediate arrays: a cut writes one for every process.
  const memberReasons = new Array<string>(members.length);
  for (let k = 0; k < members.length; k++) {
    const i = members[k] as number;
    let own = "";
    for (let p = l.termPtr[i] as number; p < (l.termPtr[i + 1] as number); p++) {
      const s = l.termStem[p] as number;
      if (sharedIds.includes(s)) own = own === "" ? surfaceOfStem(s) : `${own}, ${surfaceOfStem(s)}`;
    }
    let prefix = objectFact;
    const key = strategy.kind === "leika" ? model.signals[i]?.leikaKey : undefined;
    if (key !== undefined) {
      const v = l.verrichtung[i] as number;
      prefix = `LeiKa-Schlüssel ${key}${v >= 0 ? ` (${l.verrichtungen[v] ?? ""})` : ""}`;
    }
    const score = formatScore(fit[k] ?? 0);
    const ownTerms = own === "" ? "" : `; Begriffe: ${own}`;
    memberReasons[k] =
      prefix === undefined
        ? `Ähnlichkeit ${score} zu den übrigen Prozessen${ownTerms}`
        : `${prefix}; Ähnlichkeit ${score} zu den übrigen Prozessen${ownTerms}`;
  }
  return { label, reason, memberReasons };
}

function describeColumnCluster(
  model: ClusterModel,
  members: readonly number[],
  bySub: boolean,
): ClusterDescription {
  const header = model.columnHeader ?? "Spalte";
  const values = members.map((i) => model.signals[i]?.column ?? "");
  const subs = members.map((i) => model.signals[i]?.subColumn);
  const value = shared(values);
  const sub = shared(subs);
  const memberReasons = members.map((_, k) => {
    const s = subs[k];
    return `${header}: ${values[k] ?? ""}${s !== undefined && model.subColumnHeader !== undefined ? `; ${model.subColumnHeader}: ${s}` : ""}`;
  });
  if (value === undefined) {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    const ranked = rankByCount(counts).map(([v]) => v);
    const label = ranked.slice(0, 3).join(", ") + (ranked.length > 3 ? " …" : "");
    return {
      label,
      reason: `bei grober Einteilung zusammengefasst: ${ranked.length} Werte in „${header}“`,
      memberReasons,
    };
  }
  const subHeader = bySub ? model.subColumnHeader : undefined;
  if (sub !== undefined && subHeader !== undefined) {
    return {
      label: `${value} – ${sub}`,
      reason: `gleiche Angabe in „${header}“: ${value} und in „${subHeader}“: ${sub}`,
      memberReasons,
    };
  }
  const reason =
    value === BLANK_VALUE ? `„${header}“ ${BLANK_VALUE}` : `gleiche Angabe in „${header}“: ${value}`;
  return { label: value, reason, memberReasons };
}
