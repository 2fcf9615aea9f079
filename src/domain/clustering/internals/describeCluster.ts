import type { ClusterModel } from "../clusterModel";
import { BLANK_VALUE } from "../clusterModel";
import { decodeVerrichtung } from "../leikaVerrichtung";
import { capitalise, formatScore, rankByCount } from "./formatGerman";
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
 * Display form of a stem: the members' most frequent word with that stem. Computed on demand (a
 * label needs only a handful of stems) and cached per cluster.
 */
function stemSurfaces(model: ClusterModel, members: readonly number[]): (stem: string) => string {
  const cache = new Map<string, string>();
  return (stem) => {
    let out = cache.get(stem);
    if (out === undefined) {
      const counts = new Map<string, number>();
      for (const i of members) {
        const s = model.termStems[i] ?? [];
        for (let k = 0; k < s.length; k++) {
          const word = s[k] === stem ? model.terms[i]?.[k] : undefined;
          if (word !== undefined) counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
      const word = rankByCount(counts)[0]?.[0] ?? stem;
      out = model.surfaces[word] ?? capitalise(word);
      cache.set(stem, out);
    }
    return out;
  };
}

/** Structured facts shared by all members, in the words of the auto/leika reasons. */
function sharedFacts(model: ClusterModel, members: readonly number[]): string[] {
  const sig = members.map((i) => model.signals[i] ?? {});
  const facts: string[] = [];
  const key = shared(sig.map((s) => s.leikaKey?.slice(0, 8)));
  const group = shared(sig.map((s) => s.leikaKey?.slice(0, 5)));
  if (key !== undefined) facts.push(`gleiches LeiKa-Objekt ${key}`);
  else if (group !== undefined) facts.push(`gleiche LeiKa-Gruppe ${group}`);
  const ozg = shared(sig.map((s) => s.ozg));
  if (ozg !== undefined) facts.push(`gleiche OZG-Leistung ${ozg}`);
  const fach = shared(sig.map((s) => s.fachanwendung));
  if (fach !== undefined) facts.push(`gleiche Fachanwendung ${fach}`);
  const theme = shared(sig.map((s) => s.themenfeld));
  if (theme !== undefined && facts.length === 0) facts.push(`gleiches Themenfeld ${theme}`);
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
  scratch?: Float64Array,
  threshold = 0,
): ClusterDescription {
  const strategy = model.strategy;
  // From the column level up (distance 0.5, see buildClusterModel) sub values are no longer split.
  if (strategy.kind === "column") return describeColumnCluster(model, members, threshold < 0.5);
  if (members.length === 1) {
    const only = members[0] as number;
    return { label: model.names[only] ?? "", reason: SINGLETON_REASON, memberReasons: [SINGLETON_REASON] };
  }
  const subjectCounts = new Map<string, number>();
  const procCounts = new Map<string, number>();
  const verrichtungCounts = new Map<string, number>();
  for (const i of members) {
    // Term stems and procedures are distinct per row already (see analyzeNames).
    for (const t of model.termStems[i] ?? []) subjectCounts.set(t, (subjectCounts.get(t) ?? 0) + 1);
    for (const p of model.procedures[i] ?? []) procCounts.set(p, (procCounts.get(p) ?? 0) + 1);
    const key = model.signals[i]?.leikaKey;
    const v = key === undefined ? undefined : decodeVerrichtung(key);
    if (v !== undefined) verrichtungCounts.set(v, (verrichtungCounts.get(v) ?? 0) + 1);
  }
  const rankedSubjects = rankByCount(subjectCounts);
  const surfaceOfStem = stemSurfaces(model, members);
  const half = Math.max(2, Math.ceil(members.length / 2));
  const mainStems = rankedSubjects
    .filter(([, c], k) => k === 0 || (k === 1 && c >= half))
    .slice(0, 2)
    .map(([s]) => s);
  const subject = mainStems.map((s) => surfaceOfStem(s)).join(" ");
  const procedureSurfaces = rankByCount(procCounts).map(([w]) => model.surfaces[w] ?? capitalise(w));
  // Decoded Verrichtungen first (they are exact), then the procedure words of the names.
  const procedures = [...new Set([...rankByCount(verrichtungCounts).map(([v]) => v), ...procedureSurfaces])]
    .filter((p) => p.toLowerCase() !== subject.toLowerCase())
    .slice(0, MAX_PROCEDURES);
  const label = procedures.length > 0 ? `${subject}: ${procedures.join(", ")}` : subject;

  const sharedStems = rankedSubjects.filter(([, c]) => c >= half).slice(0, MAX_TERMS);
  const terms = sharedStems.map(([s]) => surfaceOfStem(s));
  const facts = strategy.kind === "text" ? [] : sharedFacts(model, members);
  const parts = [...facts];
  if (strategy.kind === "leika" && members.every((i) => model.signals[i]?.leikaKey === undefined))
    parts.push("ohne LeiKa-Schlüssel, nach Namensähnlichkeit");
  if (terms.length > 0) parts.push(`gemeinsame Begriffe: ${terms.join(", ")}`);
  if (height !== undefined) parts.push(`Ähnlichkeit ${formatScore(1 - height)}`);
  const reason = parts.length > 0 ? parts.join("; ") : "zusammengefasst bei grober Einteilung";

  const fit = memberSimilarity(model.vectors, members, scratch);
  const sharedSet = new Set(sharedStems.map(([s]) => s));
  const objectFact = facts.find((f) => f.startsWith("gleiches LeiKa-Objekt"));
  const memberReasons = members.map((i, k) => {
    const own = (model.termStems[i] ?? []).filter((s) => sharedSet.has(s)).map((s) => surfaceOfStem(s));
    const bits: string[] = [];
    const key = model.signals[i]?.leikaKey;
    if (strategy.kind === "leika" && key !== undefined) {
      const v = decodeVerrichtung(key);
      bits.push(`LeiKa-Schlüssel ${key}${v !== undefined ? ` (${v})` : ""}`);
    } else if (objectFact !== undefined) bits.push(objectFact);
    bits.push(`Ähnlichkeit ${formatScore(fit[k] ?? 0)} zu den übrigen Prozessen`);
    if (own.length > 0) bits.push(`Begriffe: ${own.join(", ")}`);
    return bits.join("; ");
  });
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
