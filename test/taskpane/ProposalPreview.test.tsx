/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { WorkerClusterOptions } from "../../src/taskpane/worker/clusterProtocol";
import type { ReviewWrite } from "../../src/workbook/gateway";
import type { ClusterEngine } from "../../src/taskpane/worker/clusterProtocol";
import { createInlineClusterEngine } from "../../src/taskpane/worker/createInlineClusterEngine";
import { openProposal, renderPane } from "./renderPane";

jest.setTimeout(90_000);

/** The inline engine, recording the options of every build. */
function recordingEngine(builds: WorkerClusterOptions[]): () => ClusterEngine {
  return () => {
    const inner = createInlineClusterEngine();
    return {
      ...inner,
      build: (records, options) => {
        builds.push(options);
        return inner.build(records, options);
      },
    };
  };
}

const previewGroups = () =>
  Array.from(screen.getByTestId("proposal-preview").querySelectorAll<HTMLElement>("li[data-bereich]")).map(
    (li) => li.dataset.bereich,
  );

describe("Vorschlag step: OZG catalogue", () => {
  it("asks the worker for the catalogue by default and rebuilds without it when switched off", async () => {
    const builds: WorkerClusterOptions[] = [];
    renderPane({}, recordingEngine(builds));
    await openProposal();
    await screen.findByTestId("proposal-preview");
    expect(builds[0]?.catalogue).toBe(true);
    const toggle = screen.getByRole("switch", { name: "OZG-Katalog als Fachwissen nutzen" });
    fireEvent.click(toggle);
    await waitFor(() => expect(builds.at(-1)?.catalogue).toBe(false));
  });
});

describe("Vorschlag step: Bereiche", () => {
  it("previews the Bereiche with sizes before writing, and rebuilds when the source changes", async () => {
    const builds: WorkerClusterOptions[] = [];
    const writeReview = jest.fn(async (_write: ReviewWrite) => undefined);
    renderPane({ writeReview }, recordingEngine(builds));
    await openProposal();
    await screen.findByTestId("proposal-preview");
    expect(builds[0]?.bereich).toEqual({ kind: "auto" });
    expect(builds[0]?.headers).toEqual(["ID", "Teilprozess", "Fachanwendung", "Status", "Reifegrad"]);
    expect(screen.getByTestId("bereich-why").textContent).not.toBe("");
    expect(writeReview).not.toHaveBeenCalled();

    // By the column Fachanwendung: three Bereiche named after its values.
    fireEvent.change(screen.getByRole("combobox", { name: "Bereiche" }), { target: { value: "column" } });
    const column = screen.getByRole("combobox", { name: "Spalte für die Bereiche" });
    fireEvent.change(column, { target: { value: "2" } });
    await waitFor(() => expect(builds.at(-1)?.bereich).toEqual({ kind: "column", column: 2 }));
    await waitFor(() => expect(previewGroups().sort()).toEqual(["DiWo", "OK.VORFAHRT", "Steuer"]));
    expect(screen.getByTestId("cluster-count").textContent).toMatch(
      /^6 Teilprozesse → 3 Bereiche, \d+ Cluster$/,
    );

    // A group opens to its clusters with sizes; closed groups render none.
    const group = screen
      .getByTestId("proposal-preview")
      .querySelector<HTMLElement>("li[data-bereich='OK.VORFAHRT']")!;
    expect(within(group).getByText(/3 Prozesse · \d+ Cluster/)).toBeTruthy();
    expect(group.querySelectorAll("ul li")).toHaveLength(0);
    fireEvent.click(within(group).getByRole("button", { name: "OK.VORFAHRT" }));
    expect(group.querySelectorAll("ul li").length).toBeGreaterThan(0);

    // "Keine Bereiche": one Bereich.
    fireEvent.change(screen.getByRole("combobox", { name: "Bereiche" }), { target: { value: "off" } });
    await waitFor(() => expect(previewGroups()).toHaveLength(1));
    expect(screen.getByTestId("cluster-count").textContent).toMatch(
      /^6 Teilprozesse → 1 Bereich, \d+ Cluster$/,
    );
    expect(writeReview).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Vorschlag übernehmen" }));
    await waitFor(() => expect(writeReview).toHaveBeenCalled());
    const write = writeReview.mock.calls[0]![0];
    expect(write.settings.bereich).toEqual({ kind: "off" });
    expect(new Set(Object.values(write.state.clusters).map((c) => c.bereich)).size).toBe(1);
  });
});
