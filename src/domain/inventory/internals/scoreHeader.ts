import { COLUMN_ROLES, type ColumnRole } from "../types";
import { foldText } from "./foldText";
import { NOISE_WORDS, ROLE_SYNONYMS } from "./roleSynonyms";

/** One possible reading of a header. @internal */
export interface RoleCandidate {
  readonly role: ColumnRole;
  /** 0..1 */
  readonly confidence: number;
  /** Length of the matched label: a longer label is the more specific reading on equal confidence. */
  readonly specificity: number;
}

/** Candidates below this confidence are not proposed. @internal */
export const MIN_CONFIDENCE = 0.6;

interface PreparedSynonym {
  readonly role: ColumnRole;
  readonly text: string;
  readonly compact: string;
  readonly weight: number;
}

const PREPARED: readonly PreparedSynonym[] = COLUMN_ROLES.flatMap((role) =>
  ROLE_SYNONYMS[role].map(([label, weight]) => {
    const text = foldText(label);
    return { role, text, compact: text.replace(/ /g, ""), weight };
  }),
);

/** Folds a header and drops qualifiers such as "p.a.", "(€)", "pro Jahr". @internal */
export function normaliseHeader(header: string): string {
  return foldText(header)
    .replace(/\bp a\b/g, " ")
    .split(" ")
    .filter((t) => t !== "" && !NOISE_WORDS.has(t))
    .join(" ");
}

function matchScore(header: string, compact: string, syn: PreparedSynonym): number {
  if (header === syn.text) return 1;
  if (compact === syn.compact) return 0.95;
  const padded = ` ${header} `;
  if (padded.startsWith(` ${syn.text} `)) return 0.8;
  if (padded.includes(` ${syn.text} `)) return 0.7;
  if (syn.compact.length >= 5 && compact.includes(syn.compact)) return 0.6;
  return 0;
}

/**
 * All roles a header could play with confidence ≥ MIN_CONFIDENCE, best first. Exact labels score 1,
 * labels written together or apart 0.95, a label at the start 0.8, inside 0.7, inside a compound word 0.6,
 * times the label's weight.
 * @internal
 */
export function scoreHeader(header: string): RoleCandidate[] {
  const normalised = normaliseHeader(header);
  if (normalised === "") return [];
  const compact = normalised.replace(/ /g, "");
  const best = new Map<ColumnRole, RoleCandidate>();
  for (const syn of PREPARED) {
    const confidence = Math.round(matchScore(normalised, compact, syn) * syn.weight * 100) / 100;
    if (confidence < MIN_CONFIDENCE) continue;
    const previous = best.get(syn.role);
    if (
      previous === undefined ||
      confidence > previous.confidence ||
      (confidence === previous.confidence && syn.text.length > previous.specificity)
    ) {
      best.set(syn.role, { role: syn.role, confidence, specificity: syn.text.length });
    }
  }
  return [...best.values()].sort(compareCandidates);
}

/** Higher confidence first, then the more specific label. @internal */
export function compareCandidates(a: RoleCandidate, b: RoleCandidate): number {
  return b.confidence - a.confidence || b.specificity - a.specificity;
}
