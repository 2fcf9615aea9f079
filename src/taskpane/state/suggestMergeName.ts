/** A name the merge dialog offers: a candidate's name and how many processes carry it. */
export interface NameCandidate {
  readonly name: string;
  readonly size: number;
}

/**
 * The name suggested when merging clusters or Bereiche: the largest candidate's name, unless that is just
 * one process's name (a cluster named after a member says little about the others) and another candidate
 * is not — then the largest such one. Ties go to the first candidate. `processNames` are compared
 * case-insensitively. Returns "" for no candidates.
 */
export function suggestMergeName(
  candidates: readonly NameCandidate[],
  processNames: ReadonlySet<string> = new Set(),
): string {
  const isProcessName = (name: string) => processNames.has(name.trim().toLocaleLowerCase("de-DE"));
  const bySize = [...candidates].sort((a, b) => b.size - a.size);
  const preferred = bySize.find((candidate) => !isProcessName(candidate.name)) ?? bySize[0];
  return preferred?.name ?? "";
}
