/** @jest-environment jsdom */
import { renderMessage } from "../../src/domain/messages/renderMessage";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { buildClusterModel } from "../../src/domain/clustering/buildClusterModel";
import { countClusters } from "../../src/domain/clustering/countClusters";
import { clusterProcesses } from "../../src/domain/clustering/clusterProcesses";
import { parseInventory } from "../../src/domain/inventory/parseInventory";
import { lockCluster, moveProcesses } from "../../src/domain/review/reviewActions";
import { reviewReducer } from "../../src/domain/review/reviewReducer";
import { reviewStateFromProposal } from "../../src/domain/review/reviewStateFromProposal";
import type { ClusterConstraints } from "../../src/domain/clustering/types";
import { DEFAULT_REVIEW_SETTINGS } from "../../src/domain/review/settingsSheet";
import type { ClusterEngine } from "../../src/taskpane/worker/clusterProtocol";
import { createInlineClusterEngine } from "../../src/taskpane/worker/createInlineClusterEngine";
import { makeGrid } from "./fakeGateway";
import { deferred, openData, openProposal, renderPane } from "./renderPane";

/** An engine whose model build waits for the test, to observe the loading state. */
function heldEngine(build: Promise<void>): () => ClusterEngine {
  return () => {
    const inner = createInlineClusterEngine();
    return { ...inner, build: async (records, options) => build.then(() => inner.build(records, options)) };
  };
}

// These tests render the whole pane (Fluent UI in jsdom) and walk through earlier steps; on a busy CI
// machine that takes longer than Jest's 5 s default.
jest.setTimeout(30_000);

describe("Vorschlag step", () => {
  it("is not reachable before an inventory is read (empty)", () => {
    renderPane({ readInventoryGrid: () => new Promise(() => undefined) });
    fireEvent.click(screen.getByRole("button", { name: "Los geht’s" }));

    const tab = screen.getByRole("tab", { name: "2. Vorschlag" });
    expect(tab.getAttribute("aria-disabled") === "true" || (tab as HTMLButtonElement).disabled).toBe(true);
  });

  it("announces that clusters are being computed until the model is built (loading)", async () => {
    const gate = deferred<void>();
    renderPane({}, heldEngine(gate.promise));
    await openData();
    fireEvent.click(screen.getByRole("button", { name: "Spalten bestätigen" }));

    expect(await screen.findByText("Cluster werden berechnet …")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Vorschlag übernehmen" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await act(async () => gate.resolve());
    expect(await screen.findByText(/6 Teilprozesse → \d+ Bereiche?, \d+ Cluster/)).toBeTruthy();
  });

  it("shows an engine failure in the one error bar (error)", async () => {
    const failing = (): ClusterEngine => ({
      ...createInlineClusterEngine(),
      build: () => Promise.reject(new Error("Speicher voll")),
    });
    renderPane({}, failing);
    await openData();
    fireEvent.click(screen.getByRole("button", { name: "Spalten bestätigen" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Speicher voll");
    expect(alert.textContent).toContain("erneut versuchen");
  });

  it("shows the live count in a status region and re-cuts when the slider moves (data)", async () => {
    renderPane();
    await openProposal();

    const status = screen.getByTestId("cluster-count");
    expect(status.getAttribute("aria-live")).toBe("polite");
    // Expected counts straight from the domain, so the test checks the wiring, not the engine's tuning.
    const model = buildClusterModel(parseInventory(makeGrid()).records, { strategy: { kind: "auto" } });
    const slider = screen.getByRole("slider", { name: "Feinheit" });
    fireEvent.change(slider, { target: { value: "0" } });
    await waitFor(() =>
      expect(status.textContent).toMatch(
        new RegExp(`^6 Teilprozesse → \\d+ Bereiche?, ${countClusters(model, 0)} Cluster$`),
      ),
    );
    fireEvent.change(slider, { target: { value: "100" } });
    await waitFor(() =>
      expect(status.textContent).toMatch(
        new RegExp(`^6 Teilprozesse → \\d+ Bereiche?, ${countClusters(model, 1)} Cluster$`),
      ),
    );
  });

  it("rebuilds with edited lists under „Erweitert“ and writes the accepted proposal", async () => {
    const writeReview = jest.fn(async () => undefined);
    renderPane({ writeReview });
    await openProposal();

    fireEvent.click(screen.getByRole("button", { name: "Erweitert" }));
    const synonyms = screen.getByRole("textbox", { name: /Synonyme/ }) as HTMLTextAreaElement;
    expect(synonyms.value).toContain("kfz = kraftfahrzeug");
    fireEvent.change(synonyms, { target: { value: "kfz = kraftfahrzeug\nhund = hundesteuer" } });
    fireEvent.click(screen.getByRole("button", { name: "Listen übernehmen" }));
    await screen.findByText(/6 Teilprozesse → \d+ Bereiche?, \d+ Cluster/);

    fireEvent.click(screen.getByRole("button", { name: "Vorschlag übernehmen" }));
    await screen.findByRole("heading", { name: "Prüfen" });
    await waitFor(() => expect(writeReview).toHaveBeenCalled());
    const write = writeReview.mock.calls[0] as unknown as [import("../../src/workbook/gateway").ReviewWrite];
    expect(write[0].settings.synonyms).toEqual([
      { from: "kfz", to: "kraftfahrzeug" },
      { from: "hund", to: "hundesteuer" },
    ]);
    expect(Object.keys(write[0].state.processes)).toHaveLength(6);
    expect(write[0].newEntries[0]?.action).toBe("Vorschlag übernommen");
  });
});

describe("Vorschlag step with decisions already in the workbook", () => {
  it("keeps a locked cluster and a hand-moved process from an earlier review (re-run)", async () => {
    // An earlier review: Hundesteuer (P6) was moved by hand to the Wohngeld cluster, which was then locked.
    const records = parseInventory(makeGrid()).records;
    const proposal = clusterProcesses(records, {});
    let state = reviewStateFromProposal(proposal, records);
    const stamp = { at: "2026-11-01T09:00:00.000Z", person: "" };
    const wohngeld = state.processes["P4"]?.clusterId ?? "";
    for (const action of [moveProcesses(["P6"], wohngeld, stamp), lockCluster(wohngeld, stamp)]) {
      const outcome = reviewReducer(state, action);
      if (!outcome.ok) throw new Error(renderMessage(outcome.error, "de"));
      state = outcome.state;
    }
    const writeReview = jest.fn(async () => undefined);
    // The engine as the pane uses it, recording what each cut was asked for.
    const cuts: (ClusterConstraints | undefined)[] = [];
    const createEngine = (): ClusterEngine => {
      const inner = createInlineClusterEngine();
      return {
        ...inner,
        cut: (granularity, constraints) => {
          cuts.push(constraints);
          return inner.cut(granularity, constraints);
        },
      };
    };
    renderPane(
      {
        readReview: async () => ({ decisions: { state }, settings: DEFAULT_REVIEW_SETTINGS }),
        writeReview,
      },
      createEngine,
    );
    await openProposal();

    fireEvent.click(screen.getByRole("button", { name: "Vorschlag übernehmen" }));
    await screen.findByRole("heading", { name: "Prüfen" });
    await waitFor(() => expect(writeReview).toHaveBeenCalled());
    const write = writeReview.mock.calls[0] as unknown as [import("../../src/workbook/gateway").ReviewWrite];
    const after = write[0].state;
    expect(after.processes["P6"]?.clusterId).toBe(wohngeld);
    expect(after.clusters[wohngeld]?.locked).toBe(true);
    expect(["P4", "P5", "P6"].map((key) => after.processes[key]?.clusterId)).toEqual([
      wohngeld,
      wohngeld,
      wohngeld,
    ]);
    // The worker cut around the decisions (as the command line's engine does), not only after them.
    expect(cuts.at(-1)).toEqual({
      locked: [{ cluster: state.clusters[wohngeld]?.name, keys: ["P4", "P5", "P6"] }],
      pinned: [],
      cannotLink: [],
    });
    expect(write[0].newEntries[0]?.action).toBe("Neu berechnet, Prüfentscheidungen beibehalten");
    expect(write[0].newEntries[0]?.to).toMatch(/Entscheidungen beibehalten/);
  });
});

describe("Vorschlag step in a workbook with stored settings", () => {
  it("continues with the strategy, granularity and lists the last reviewer used", async () => {
    const records = parseInventory(makeGrid()).records;
    const state = reviewStateFromProposal(clusterProcesses(records, {}), records);
    renderPane({
      readReview: async () => ({
        decisions: { state },
        settings: {
          ...DEFAULT_REVIEW_SETTINGS,
          strategy: { kind: "text" },
          granularity: 0.3,
          synonyms: [{ from: "hund", to: "hundesteuer" }],
        },
      }),
    });
    await openProposal();

    expect((screen.getByRole("radio", { name: "nach Bezeichnung" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("slider", { name: "Feinheit" }) as HTMLInputElement).value).toBe("30");
    fireEvent.click(screen.getByRole("button", { name: "Erweitert" }));
    expect((screen.getByRole("textbox", { name: /Synonyme/ }) as HTMLTextAreaElement).value).toBe(
      "hund = hundesteuer",
    );
  });
});
