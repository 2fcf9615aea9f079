/**
 * Re-run on changed data: keep what reviewers decided, let the engine place the rest.
 */
import type { ClusterConstraints, ClusterResult } from "../clustering/types";
import type { ProcessRecord } from "../inventory/types";
import type { Message } from "../messages/types";
import { isHandEdit } from "./internals/handEdit";
import { matchRecords, type RecordMatch } from "./internals/matchRecords";
import { rerunSummaryMessage, type RerunCounts } from "./internals/rerunSummaryMessage";
import {
  canonicalPair,
  getCluster,
  uniqueClusterId,
  uniqueClusterName,
  withCluster,
} from "./internals/stateAccess";
import { placeInBereiche } from "./placeInBereiche";
import { EMPTY_REVIEW_STATE, UNPLACED } from "./reviewStateFromProposal";
import { selectClusterByNameOrId } from "./reviewSelectors";
import type { CannotLinkPair, ReviewCluster, ReviewProcess, ReviewState } from "./types";
import { msg } from "../messages/renderMessage";
import { NO_REASON } from "./types";

const SINGLE_REASON = msg("cluster.singletonShort");

/** What the workbook remembers from the last run. */
export interface PreviousDecisions {
  readonly state: ReviewState;
  /**
   * Cluster name last written into the inventory's `Cluster` column, per process key. A cell that still
   * shows it is no hand edit even if the cluster was renamed in the definitions sheet meanwhile.
   * Keys not listed are compared with the cluster's current name.
   */
  readonly writtenNames?: Readonly<Record<string, string>>;
}

/** The clustering engine as the re-run needs it (`clusterProcesses` with the options bound). */
export type ProposeClusters = (
  records: readonly ProcessRecord[],
  constraints: ClusterConstraints,
) => ClusterResult;

export interface RerunSummary extends RerunCounts {
  /** One line, e.g. "3 neue Prozesse zugeordnet, 1 entfernt, 12 Entscheidungen beibehalten". */
  readonly message: Message;
}

export interface RerunResult {
  readonly state: ReviewState;
  readonly summary: RerunSummary;
}

/**
 * Builds the review state for `records` from the previous decisions:
 * - processes are matched by key, then by unique name (see `matchRecords`); vanished ones are dropped;
 * - members of locked clusters, pinned and manual processes keep their cluster (id, name, description);
 * - a `Cluster` cell (`record.cluster`) that differs from what was written last is a hand edit, i.e. a
 *   manual decision: the process moves to the cluster of that name or id, or to a new manual cluster of
 *   that name. An empty cell is no statement. Hand edits into or out of locked clusters are not taken
 *   (the lock wins, as in the task pane) and are counted in the summary;
 * - everything else is placed by `propose`, called with the decisions as constraints. Its result is
 *   enforced, not trusted: decided processes stay where they are whatever the engine returns. A proposed
 *   cluster continues the previous unlocked cluster it shares most members with (keeping id, name and
 *   description), otherwise it becomes a new "Vorschlag" cluster;
 * - "nicht zusammen" pairs of surviving processes are kept; where the engine put a pair together, the
 *   undecided one becomes an Einzelprozess (if both were decided, the pair is dropped and counted).
 * With `previous === null` every non-empty `Cluster` cell counts as a decision.
 */
export function rerunWithDecisions(
  previous: PreviousDecisions | null,
  records: readonly ProcessRecord[],
  propose: ProposeClusters,
): RerunResult {
  const plan = planRerun(previous, records);
  return finishRerun(plan, propose(plan.records, plan.constraints));
}

/**
 * Phase 1 of the re-run (see `rerunWithDecisions`): takes the decisions that survive in `records` and
 * says which constraints the engine gets. The proposal for `finishRerun` must be computed for
 * `plan.records` with `plan.constraints` (synchronously by `clusterProcesses`, or by the pane's worker).
 * The plan is a value: finishing it does not change it, so it can be finished more than once.
 */
export function planRerun(previous: PreviousDecisions | null, records: readonly ProcessRecord[]): RerunPlan {
  const before = previous?.state ?? EMPTY_REVIEW_STATE;
  const work: RerunWork = {
    previous,
    before,
    match: matchRecords(before, records),
    counts: { added: 0, kept: 0, handEdits: 0, ignoredHandEdits: 0, droppedCannotLinks: 0 },
    state: { ...before, processes: {}, processOrder: [], cannotLink: [] },
    assigned: new Map(),
    undecided: [],
    recordOf: new Map(records.map((record) => [record.key, record])),
  };
  keepDecisions(work, records);
  const cannotLink = survivingCannotLinks(work);
  return { records, constraints: constraintsOf(work.state, work.assigned, cannotLink), cannotLink, work };
}

/** Phase 2 of the re-run: places the undecided processes as `proposal` says and enforces the decisions. */
export function finishRerun(plan: RerunPlan, proposal: ClusterResult): RerunResult {
  const { previous, before } = plan.work;
  // A copy of the mutable parts, so the plan stays as phase 1 left it.
  const work: RerunWork = {
    ...plan.work,
    counts: { ...plan.work.counts },
    assigned: new Map(plan.work.assigned),
  };
  placeProposed(work, proposal);
  const keptPairs = enforceCannotLinks(work, plan.cannotLink);

  const processOrder = plan.records
    .map((record) => record.key)
    .filter((key, i, all) => all.indexOf(key) === i);
  const processes = Object.fromEntries(
    processOrder.flatMap((key) => {
      const process = work.assigned.get(key);
      return process === undefined ? [] : [[key, process] as const];
    }),
  );
  let state = dropEmptied({ ...work.state, processes, processOrder, cannotLink: keptPairs }, before);
  state = placeInBereiche(state, proposal, { state: before, previousOf: work.match.previousOf });
  const summaryCounts: RerunCounts = {
    withoutHistory: previous === null,
    ...work.counts,
    removed: work.match.vanished.length,
    recognisedByName: work.match.byName,
  };
  return { state, summary: { ...summaryCounts, message: rerunSummaryMessage(summaryCounts) } };
}

/** What phase 1 of the re-run leaves for the engine and for phase 2. */
export interface RerunPlan {
  /** The records the proposal must be computed for. */
  readonly records: readonly ProcessRecord[];
  /** The decisions as the engine takes them (plain data, safe to post to a worker). */
  readonly constraints: ClusterConstraints;
  /** The surviving "nicht zusammen" pairs, under their new keys. */
  readonly cannotLink: readonly CannotLinkPair[];
  /** @internal The working state after the decisions were kept; only `finishRerun` reads it. */
  readonly work: Readonly<RerunWork>;
}

/** @internal The re-run's working state, passed through its steps. */
export interface RerunWork {
  readonly previous: PreviousDecisions | null;
  readonly before: ReviewState;
  readonly match: RecordMatch;
  readonly counts: {
    added: number;
    kept: number;
    handEdits: number;
    ignoredHandEdits: number;
    droppedCannotLinks: number;
  };
  /** Clusters so far (processes are filled in at the end from `assigned`). */
  state: ReviewState;
  /** Where each process goes, by key. */
  readonly assigned: Map<string, ReviewProcess>;
  /** Processes the engine places. */
  readonly undecided: ProcessRecord[];
  readonly recordOf: ReadonlyMap<string, ProcessRecord>;
}

/** Adds a new unlocked, unplaced cluster with a unique id and name; returns its id. */
function addCluster(
  work: RerunWork,
  idBase: string,
  name: string,
  origin: ReviewCluster["origin"],
  reason: Message,
): string {
  const id = uniqueClusterId(work.state, idBase);
  work.state = withCluster(work.state, {
    id,
    name: uniqueClusterName(work.state, name),
    description: "",
    locked: false,
    origin,
    reason,
    ...UNPLACED,
  });
  return id;
}

/** Assigns hand edits and kept decisions (locked, pinned, manual); the rest goes to `work.undecided`. */
function keepDecisions(work: RerunWork, records: readonly ProcessRecord[]): void {
  const { previous, before, match, counts, assigned } = work;
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.key)) continue;
    seen.add(record.key);
    const old = match.previousOf.get(record.key);
    if (old === undefined) counts.added += 1;
    const oldCluster = old === undefined ? undefined : getCluster(before, old.clusterId);
    const cell = record.cluster?.trim() ?? "";
    const written = old === undefined ? undefined : (previous?.writtenNames?.[old.key] ?? oldCluster?.name);
    if (isHandEdit(cell, written, old?.clusterId) && takeHandEdit(work, record, old, cell)) continue;
    if (old !== undefined && oldCluster !== undefined && (oldCluster.locked || old.pinned || old.manual)) {
      assigned.set(record.key, { ...old, key: record.key, name: record.name });
      counts.kept += 1;
      continue;
    }
    work.undecided.push(record);
  }
}

/**
 * Moves a hand-edited process to the cluster named (or numbered) in its cell, or to a new manual cluster
 * of that name; false (and counted) when a lock on either side forbids it.
 */
function takeHandEdit(
  work: RerunWork,
  record: ProcessRecord,
  old: ReviewProcess | undefined,
  cell: string,
): boolean {
  const oldCluster = old === undefined ? undefined : getCluster(work.before, old.clusterId);
  const target = selectClusterByNameOrId(work.state, cell);
  if (oldCluster?.locked === true || target?.locked === true) {
    work.counts.ignoredHandEdits += 1;
    return false;
  }
  const clusterId =
    target?.id ??
    addCluster(work, `manuell-${work.state.clusterOrder.length + 1}`, cell, "manual", NO_REASON);
  work.assigned.set(record.key, {
    key: record.key,
    name: record.name,
    clusterId,
    pinned: old?.pinned ?? false,
    manual: true,
  });
  work.counts.handEdits += 1;
  return true;
}

/** The previous "nicht zusammen" pairs whose processes both survive, under their new keys. */
function survivingCannotLinks({ before, match }: RerunWork): CannotLinkPair[] {
  const newKeyOf = new Map<string, string>();
  for (const [key, old] of match.previousOf) newKeyOf.set(old.key, key);
  return uniquePairs(
    before.cannotLink.flatMap(([a, b]) => {
      const na = newKeyOf.get(a);
      const nb = newKeyOf.get(b);
      return na === undefined || nb === undefined || na === nb ? [] : [canonicalPair(na, nb)];
    }),
  );
}

/**
 * Places the undecided processes as the engine proposed: each proposed cluster continues the previous
 * unlocked cluster it shares most members with, or becomes a new one; leftovers become Einzelprozesse.
 */
function placeProposed(work: RerunWork, result: ClusterResult): void {
  const { assigned, match } = work;
  const previousClusterOf = (key: string): string | undefined =>
    assigned.get(key)?.clusterId ?? match.previousOf.get(key)?.clusterId;
  const claimed = new Set<string>();
  const undecidedKeys = new Set(work.undecided.map((record) => record.key));
  for (const proposed of result.clusters) {
    const free = proposed.keys.filter((key) => undecidedKeys.has(key) && !assigned.has(key));
    if (free.length === 0) continue;
    const hostId =
      chooseHost(work.state, proposed.keys, previousClusterOf, claimed) ??
      addCluster(work, proposed.id, proposed.label, "proposal", proposed.reason);
    claimed.add(hostId);
    for (const key of free) {
      const record = work.recordOf.get(key);
      if (record !== undefined)
        assigned.set(key, {
          key,
          name: record.name,
          clusterId: hostId,
          pinned: match.previousOf.get(key)?.pinned ?? false,
          manual: false,
        });
    }
  }
  for (const record of work.undecided) if (!assigned.has(record.key)) placeAlone(work, record);
}

/**
 * Keeps the "nicht zusammen" pairs: one the engine put together loses its undecided process to an
 * Einzelprozess; a pair of two decided processes in one cluster is dropped (and counted).
 */
function enforceCannotLinks(work: RerunWork, cannotLink: readonly CannotLinkPair[]): CannotLinkPair[] {
  const undecidedKeys = new Set(work.undecided.map((record) => record.key));
  const keptPairs: CannotLinkPair[] = [];
  for (const [a, b] of cannotLink) {
    const pa = work.assigned.get(a);
    const pb = work.assigned.get(b);
    if (pa === undefined || pb === undefined) continue;
    if (pa.clusterId !== pb.clusterId) keptPairs.push([a, b]);
    else if (undecidedKeys.has(b) || undecidedKeys.has(a)) {
      const loose = undecidedKeys.has(b) ? pb : pa;
      const record = work.recordOf.get(loose.key);
      if (record !== undefined) placeAlone(work, record);
      keptPairs.push([a, b]);
    } else work.counts.droppedCannotLinks += 1;
  }
  return keptPairs;
}

function constraintsOf(
  state: ReviewState,
  assigned: ReadonlyMap<string, ReviewProcess>,
  cannotLink: readonly CannotLinkPair[],
): ClusterConstraints {
  const locked = new Map<string, string[]>();
  const pinned: { key: string; cluster: string }[] = [];
  for (const process of assigned.values()) {
    const cluster = getCluster(state, process.clusterId);
    if (cluster === undefined) continue;
    if (cluster.locked) locked.set(cluster.name, [...(locked.get(cluster.name) ?? []), process.key]);
    else pinned.push({ key: process.key, cluster: cluster.name });
  }
  return { locked: [...locked].map(([cluster, keys]) => ({ cluster, keys })), pinned, cannotLink };
}

/** The unclaimed, unlocked previous cluster most of `keys` were in; ties go to the earlier cluster. */
function chooseHost(
  state: ReviewState,
  keys: readonly string[],
  previousClusterOf: (key: string) => string | undefined,
  claimed: ReadonlySet<string>,
): string | undefined {
  const votes = new Map<string, number>();
  for (const key of keys) {
    const id = previousClusterOf(key);
    if (id !== undefined) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestVotes = 0;
  for (const id of state.clusterOrder) {
    const count = votes.get(id) ?? 0;
    if (count > bestVotes && !claimed.has(id) && getCluster(state, id)?.locked === false) {
      best = id;
      bestVotes = count;
    }
  }
  return best;
}

/** Puts a process into a cluster of its own ("Einzelprozess"). */
function placeAlone(work: RerunWork, record: ProcessRecord): void {
  const clusterId = addCluster(work, `einzel-${record.key}`, record.name, "proposal", SINGLE_REASON);
  work.assigned.set(record.key, {
    key: record.key,
    name: record.name,
    clusterId,
    pinned: work.match.previousOf.get(record.key)?.pinned ?? false,
    manual: false,
  });
}

/** Drops clusters that are empty now, except manual clusters that were already empty before the run. */
function dropEmptied(state: ReviewState, before: ReviewState): ReviewState {
  const used = new Set(Object.values(state.processes).map((process) => process.clusterId));
  const usedBefore = new Set(Object.values(before.processes).map((process) => process.clusterId));
  const keep = state.clusterOrder.filter((id) => {
    if (used.has(id)) return true;
    const cluster = getCluster(state, id);
    return cluster?.origin === "manual" && getCluster(before, id) !== undefined && !usedBefore.has(id);
  });
  return {
    ...state,
    clusterOrder: keep,
    clusters: Object.fromEntries(
      keep.flatMap((id) => {
        const cluster = getCluster(state, id);
        return cluster === undefined ? [] : [[id, cluster] as const];
      }),
    ),
  };
}

function uniquePairs(pairs: readonly CannotLinkPair[]): CannotLinkPair[] {
  const seen = new Map<string, CannotLinkPair>();
  for (const pair of pairs) seen.set(`${pair[0]}\u0000${pair[1]}`, pair);
  return [...seen.values()].sort((x, y) =>
    x[0] !== y[0] ? (x[0] < y[0] ? -1 : 1) : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0,
  );
}
