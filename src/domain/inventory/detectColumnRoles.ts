import { compareCandidates, scoreHeader, type RoleCandidate } from "./internals/scoreHeader";
import type { ColumnMapping, ColumnRole } from "./types";

/** A header that lost its role to another column with the same role. */
export interface RoleConflict {
  /** 0-based index of the column left without role. */
  readonly index: number;
  readonly role: ColumnRole;
  /** 0-based index of the column that keeps the role. */
  readonly winnerIndex: number;
}

/** Column mappings proposed for a header row, plus the conflicts that were resolved. */
export interface ColumnRoleDetection {
  readonly columns: readonly ColumnMapping[];
  readonly conflicts: readonly RoleConflict[];
}

/**
 * Proposes a role for each header (German and English labels, ignoring case, punctuation and umlaut
 * spelling) with a confidence 0..1. Each role goes to at most one column: the most confident reading wins,
 * on a tie the more specific label, then the leftmost column; a column whose best role went elsewhere
 * takes its next reading or stays unrecognised (role null, confidence 0) and is listed in `conflicts`.
 */
export function detectColumnRoles(headers: readonly string[]): ColumnRoleDetection {
  const candidates: { index: number; candidate: RoleCandidate }[] = [];
  const bestRole = new Map<number, ColumnRole>();
  headers.forEach((header, index) => {
    const scored = scoreHeader(header);
    const first = scored[0];
    if (first !== undefined) bestRole.set(index, first.role);
    for (const candidate of scored) candidates.push({ index, candidate });
  });
  candidates.sort((a, b) => compareCandidates(a.candidate, b.candidate) || a.index - b.index);

  const assigned = new Map<number, RoleCandidate>();
  const owner = new Map<ColumnRole, number>();
  for (const { index, candidate } of candidates) {
    if (assigned.has(index) || owner.has(candidate.role)) continue;
    assigned.set(index, candidate);
    owner.set(candidate.role, index);
  }

  const conflicts: RoleConflict[] = [];
  const columns = headers.map((header, index): ColumnMapping => {
    const chosen = assigned.get(index);
    if (chosen !== undefined) return { header, index, role: chosen.role, confidence: chosen.confidence };
    const wanted = bestRole.get(index);
    const winnerIndex = wanted === undefined ? undefined : owner.get(wanted);
    if (wanted !== undefined && winnerIndex !== undefined)
      conflicts.push({ index, role: wanted, winnerIndex });
    return { header, index, role: null, confidence: 0 };
  });
  return { columns, conflicts };
}
