/** Small factories for review tests: records, proposals, stamps. */
import type { ClusterResult, ProposedCluster } from "../../../src/domain/clustering/types";
import type { ProcessRecord } from "../../../src/domain/inventory/types";
import { reviewStateFromProposal } from "../../../src/domain/review/reviewStateFromProposal";
import { verbatimReason, type ActionStamp, type ReviewState } from "../../../src/domain/review/types";
import { msg, renderMessage } from "../../../src/domain/messages/renderMessage";

/** A record with key `P<i>`, name `Prozess <i>`, sheet row `i + 2`. */
export function makeRecord(i: number, overrides: Partial<ProcessRecord> = {}): ProcessRecord {
  return { key: `P${i}`, row: i + 2, index: i, name: `Prozess ${i}`, cells: [`Prozess ${i}`], ...overrides };
}

export function makeCluster(id: string, keys: readonly string[], label = `Cluster ${id}`): ProposedCluster {
  return {
    id,
    label,
    reason: msg("common.verbatim", { text: `Grund ${id}` }),
    keys: [...keys].sort(),
    memberReasons: {},
    singleton: keys.length === 1,
    fromDecision: false,
  };
}

/** A proposal with one cluster per group of record indexes. */
export function makeResult(groups: readonly (readonly number[])[]): ClusterResult {
  return {
    clusters: groups.map((group, g) =>
      makeCluster(
        `C${g}`,
        group.map((i) => `P${i}`),
      ),
    ),
    granularity: 0.5,
    strategy: { kind: "auto" },
  };
}

/** Records 0..n-1 grouped into clusters of `size` consecutive rows. */
export function makeState(n: number, size: number): { state: ReviewState; records: ProcessRecord[] } {
  const records = Array.from({ length: n }, (_, i) => makeRecord(i));
  const groups: number[][] = [];
  for (let i = 0; i < n; i += size)
    groups.push(Array.from({ length: Math.min(size, n - i) }, (_, j) => i + j));
  return { state: reviewStateFromProposal(makeResult(groups), records), records };
}

export function stamp(i = 0, person = "Test"): ActionStamp {
  return { at: `2025-03-01T10:00:${String(i % 60).padStart(2, "0")}.000Z`, person };
}

/**
 * The state as the Cluster sheet holds it: reasons are German text there, so they come back as verbatim
 * text (the same German words); everything else exactly.
 */
export function asWrittenToSheet(state: ReviewState): ReviewState {
  const clusters = Object.fromEntries(
    Object.entries(state.clusters).map(([id, c]) => [
      id,
      {
        ...c,
        reason: verbatimReason(renderMessage(c.reason, "de")),
        bereichReason: verbatimReason(renderMessage(c.bereichReason, "de")),
      },
    ]),
  );
  return { ...state, clusters };
}
