import { renderMessage } from "../../../src/domain/messages/renderMessage";
/**
 * The pane and the command line accept a proposal the same way: the sample inventory with the same stored
 * decisions, run (a) as the pane does it — the worker's request handler builds the model, plans the
 * acceptance, cuts with the plan's constraints (structured-cloned, as postMessage would), finishes — and
 * (b) as the CLI does it — `applyDecisionsToProposal` with `clusterProcesses` — gives the same review.
 */
import { join } from "node:path";
import { applyDecisionsToProposal } from "../../../src/cli/loadDecisions";
import { loadCatalogue } from "../../../src/cli/loadCatalogue";
import { readInventoryFile } from "../../../src/cli/readInventoryFile";
import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import type { ClusterResult } from "../../../src/domain/clustering/types";
import { parseInventory } from "../../../src/domain/inventory/parseInventory";
import type { Inventory, ProcessRecord } from "../../../src/domain/inventory/types";
import * as A from "../../../src/domain/review/reviewActions";
import { reportClusters } from "../../../src/domain/review/reportClusters";
import type { PreviousDecisions } from "../../../src/domain/review/rerunWithDecisions";
import { reviewReducer } from "../../../src/domain/review/reviewReducer";
import { DEFAULT_REVIEW_SETTINGS } from "../../../src/domain/review/settingsSheet";
import { selectClusterNameByKey, selectMembers } from "../../../src/domain/review/reviewSelectors";
import type { ReviewAction, ReviewState } from "../../../src/domain/review/types";
import { validateReviewState } from "../../../src/domain/review/validateReviewState";
import { finishAcceptance, planAcceptance } from "../../../src/domain/workflow/acceptProposal";
import { createClusterRequestHandler } from "../../../src/taskpane/worker/handleClusterRequest";

/** A cluster the reviewer names in the Cluster column only. */
const NEW_CLUSTER = "Eigener Cluster (Prüfung)";
const SAMPLE = join(__dirname, "../../../assets/sample/prozessinventar.csv");
const stamp = { at: "2025-03-01T10:00:00.000Z", person: "Test" };
const PANE_TEXTS = {
  rerunAction: "Neu berechnet, Prüfentscheidungen beibehalten",
  fresh: (proposal: ClusterResult) => ({
    action: "Vorschlag übernommen",
    to: `${proposal.clusters.length}`,
  }),
};

/** The pane's accept: worker build → phase 1 → worker cut with the constraints → phase 2. */
async function panePath(inventory: Inventory, previous: PreviousDecisions | null, catalogue: boolean) {
  const handle = createClusterRequestHandler();
  const options = { headers: inventory.headers, granularity: null, catalogue };
  const built = await handle({ id: 1, type: "build", records: inventory.records, options });
  if (!built.ok || built.type !== "build") throw new Error(built.ok ? "unexpected answer" : built.message);
  const plan = planAcceptance({ records: inventory.records, previous, fresh: false });
  const constraints = structuredClone(plan.constraints);
  const cut = await handle({ id: 2, type: "cut", granularity: built.summary.granularity, constraints });
  if (!cut.ok || cut.type !== "cut") throw new Error(cut.ok ? "unexpected answer" : cut.message);
  return finishAcceptance(plan, cut.result, PANE_TEXTS);
}

/** The command line's accept (`cluster`/`report`): the decisions go into `clusterProcesses`. */
function cliPath(inventory: Inventory, previous: PreviousDecisions | null, catalogue: boolean) {
  return applyDecisionsToProposal(
    inventory.records,
    previous === null ? null : { decisions: previous, settings: DEFAULT_REVIEW_SETTINGS, protocol: [] },
    (records, constraints) =>
      clusterProcesses(records, {
        headers: inventory.headers,
        constraints,
        granularity: null,
        ...(catalogue ? { catalogue: loadCatalogue() } : {}),
      }),
    { at: stamp.at },
  );
}

function partition(state: ReviewState): string[] {
  return state.clusterOrder
    .map((id) =>
      selectMembers(state, id)
        .map((p) => p.key)
        .sort()
        .join("|"),
    )
    .filter((members) => members !== "")
    .sort();
}

function apply(state: ReviewState, actions: readonly ReviewAction[]): ReviewState {
  return actions.reduce((current, action) => {
    const outcome = reviewReducer(current, action);
    if (!outcome.ok) throw new Error(renderMessage(outcome.error, "de"));
    return outcome.state;
  }, state);
}

/** Clusters of the first review with at least `size` members, in cluster order. */
function clustersOfSize(state: ReviewState, size: number): string[] {
  return state.clusterOrder.filter((id) => selectMembers(state, id).length >= size);
}

/**
 * A review of the first proposal as a committee would leave it: one cluster locked, one process moved
 * (manual), one pinned, two processes of a cluster separated (one moved out, the pair marked "nicht zusammen"), and the Cluster column as written, with
 * one hand edit into another cluster and one into a new cluster.
 */
function reviewed(first: ReviewState, records: readonly ProcessRecord[]) {
  const [locked, from, to, other, split] = clustersOfSize(first, 3);
  if (
    locked === undefined ||
    from === undefined ||
    to === undefined ||
    other === undefined ||
    split === undefined
  )
    throw new Error("the sample has fewer than five clusters of three");
  const [moved, pinned, handEdited] = selectMembers(first, from).map((p) => p.key);
  // Two processes of one cluster the reviewer separated: one moved out, then marked "nicht zusammen".
  const [a, b] = selectMembers(first, other).map((p) => p.key);
  const [splitOff] = selectMembers(first, split).map((p) => p.key);
  if (
    moved === undefined ||
    pinned === undefined ||
    handEdited === undefined ||
    splitOff === undefined ||
    a === undefined ||
    b === undefined
  )
    throw new Error("clusters too small");
  const state = apply(first, [
    A.lockCluster(locked, stamp),
    A.moveProcesses([moved], to, stamp),
    A.pinProcess(pinned, stamp),
    A.moveProcesses([b], to, stamp),
    A.markCannotLink(a, b, stamp),
  ]);
  const written = selectClusterNameByKey(state);
  const target = state.clusters[other]?.name ?? "";
  const cells = records.map((r) => ({
    ...r,
    cluster: r.key === handEdited ? target : r.key === splitOff ? NEW_CLUSTER : (written.get(r.key) ?? ""),
  }));
  return {
    previous: { state, writtenNames: Object.fromEntries(written) },
    cells,
    locked,
    moved,
    to,
    pinned,
    from,
    a,
    b,
    handEdited,
    splitOff,
    other,
  };
}

describe.each([false, true])("pane and command line accept alike (catalogue %s)", (catalogue) => {
  let inventory: Inventory;
  beforeAll(async () => {
    inventory = parseInventory((await readInventoryFile(SAMPLE)).grid);
  });

  it("a fresh proposal", async () => {
    const pane = await panePath(inventory, null, catalogue);
    const cli = cliPath(inventory, null, catalogue);
    expect(pane.summary).toBeNull();
    expect(cli.summary).toBeNull();
    expect(partition(pane.state)).toEqual(partition(cli.state));
    expect(reportClusters(pane.state)).toEqual(reportClusters(cli.state));
    expect(pane.state).toEqual(cli.state);
    expect(pane.entry).toEqual({
      action: "Vorschlag übernommen",
      to: String(cli.state.clusterOrder.length),
    });
    expect(cli.entries).toEqual([]);
  });

  it("a re-run around a lock, a move, a pin, a 'nicht zusammen' pair and hand edits", async () => {
    const first = cliPath(inventory, null, catalogue).state;
    const r = reviewed(first, inventory.records);
    const edited: Inventory = { ...inventory, records: r.cells };
    const pane = await panePath(edited, r.previous, catalogue);
    const cli = cliPath(edited, r.previous, catalogue);

    expect(partition(pane.state)).toEqual(partition(cli.state));
    expect(reportClusters(pane.state)).toEqual(reportClusters(cli.state));
    expect(pane.state).toEqual(cli.state);
    expect(pane.summary).toEqual(cli.summary);
    expect(pane.entry).toEqual({
      action: PANE_TEXTS.rerunAction,
      to: cli.summary === null ? undefined : renderMessage(cli.summary.message, "de"),
    });
    expect(cli.entries.map((e) => [e.action, e.to])).toEqual([
      [
        "Neu berechnet (Kommandozeile)",
        cli.summary === null ? undefined : renderMessage(cli.summary.message, "de"),
      ],
    ]);

    // And the decisions held (on both, as they are equal).
    const state = pane.state;
    expect(validateReviewState(state)).toEqual([]);
    expect(selectMembers(state, r.locked).map((p) => p.key)).toEqual(
      selectMembers(r.previous.state, r.locked).map((p) => p.key),
    );
    expect(state.processes[r.moved]).toMatchObject({ clusterId: r.to, manual: true });
    expect(state.processes[r.pinned]).toMatchObject({ clusterId: r.from, pinned: true });
    expect(state.processes[r.handEdited]).toMatchObject({ clusterId: r.other, manual: true });
    expect(state.processes[r.a]?.clusterId).not.toBe(state.processes[r.b]?.clusterId);
    expect(state.clusters[state.processes[r.splitOff]?.clusterId ?? ""]).toMatchObject({
      name: NEW_CLUSTER,
      origin: "manual",
    });
    expect(pane.summary?.handEdits).toBe(2);
  }, 30_000);
});
