/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ReviewWrite } from "../../src/workbook/gateway";
import { WorkbookError } from "../../src/workbook/gateway";
import { deferred, openProposal, openReview, renderPane } from "./renderPane";

const cards = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLElement>("li[data-cluster-id]"));
const nameOf = (card: HTMLElement) => card.getAttribute("aria-label") ?? "";

/** The most recent review write the gateway received. */
function lastWrite(mock: jest.Mock): ReviewWrite {
  const call = mock.mock.calls[mock.mock.calls.length - 1] as [ReviewWrite] | undefined;
  if (call === undefined) throw new Error("no review write");
  return call[0];
}

const clusterNames = (write: ReviewWrite) =>
  Object.values(write.state.clusters).map((cluster) => cluster.name);

// These tests render the whole pane (Fluent UI in jsdom) and walk through earlier steps; on a busy CI
// machine that takes longer than Jest's 5 s default.
jest.setTimeout(90_000);

describe("Prüfen step", () => {
  it("lists clusters with size and writes renames and locks; Ctrl+Z / Ctrl+Y undo and redo (data)", async () => {
    const writeReview = jest.fn(async (_write: ReviewWrite) => undefined);
    const { container } = renderPane({ writeReview });
    await openReview();

    expect(screen.getByText(/^6 Teilprozesse in \d+ Clustern, \d+ Einzelprozesse$/)).toBeTruthy();
    const first = cards(container)[0]!;
    const name = nameOf(first);
    fireEvent.click(within(first).getByRole("button", { name: `„${name}“ umbenennen` }));
    const input = within(first).getByRole("textbox", { name: `Neuer Name für „${name}“` });
    fireEvent.change(input, { target: { value: "Kfz-Angelegenheiten" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(clusterNames(lastWrite(writeReview))).toContain("Kfz-Angelegenheiten"));

    fireEvent.click(screen.getByRole("button", { name: "„Kfz-Angelegenheiten“ sperren" }));
    await screen.findByRole("button", { name: "„Kfz-Angelegenheiten“ entsperren" });
    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    await screen.findByRole("button", { name: "„Kfz-Angelegenheiten“ sperren" });
    fireEvent.keyDown(document.body, { key: "y", ctrlKey: true });
    await screen.findByRole("button", { name: "„Kfz-Angelegenheiten“ entsperren" });
    await waitFor(() =>
      expect(
        Object.values(lastWrite(writeReview).state.clusters).find((c) => c.name === "Kfz-Angelegenheiten")
          ?.locked,
      ).toBe(true),
    );
    const actions = writeReview.mock.calls.flatMap(([write]) =>
      write.newEntries.map((entry) => entry.action),
    );
    expect(actions.some((action) => action.startsWith("Rückgängig"))).toBe(true);
    expect(actions.some((action) => action.startsWith("Wiederholt"))).toBe(true);
  });

  it("records the reviewer's name from the pane (kept in localStorage) and the local time in the protocol", async () => {
    localStorage.clear();
    const writeReview = jest.fn(async (_write: ReviewWrite) => undefined);
    const { container } = renderPane({ writeReview });
    await openReview();
    const field = screen.getByRole("textbox", {
      name: "Ihr Name (für das Änderungsprotokoll, bleibt auf diesem Rechner)",
    });
    fireEvent.change(field, { target: { value: "  Eva Muster " } });
    expect(localStorage.getItem("prozesscluster.reviewerName")).toBe("Eva Muster");

    const first = cards(container)[0]!;
    fireEvent.click(screen.getByRole("button", { name: `„${nameOf(first)}“ sperren` }));
    await waitFor(() => expect(lastWrite(writeReview).newEntries.length).toBeGreaterThan(0));
    const [entry] = lastWrite(writeReview).newEntries;
    expect(entry?.person).toBe("Eva Muster");
    expect(entry?.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    localStorage.clear();
  });

  it("moves a member by keyboard dialog into a new cluster and merges two selected clusters", async () => {
    const writeReview = jest.fn(async (_write: ReviewWrite) => undefined);
    const { container } = renderPane({ writeReview });
    await openReview();
    const before = cards(container);
    expect(before.length).toBeGreaterThanOrEqual(2);

    const first = before[0]!;
    fireEvent.click(within(first).getByRole("button", { name: /^Mitglieder von/ }));
    const moveButtons = within(first).getAllByRole("button", { name: /verschieben nach …$/ });
    fireEvent.click(moveButtons[0]!);
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Ziel-Cluster" }), {
      target: { value: ":new" },
    });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Name des neuen Clusters" }), {
      target: { value: "Sonderfälle" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Verschieben" }));
    await waitFor(() => expect(clusterNames(lastWrite(writeReview))).toContain("Sonderfälle"));

    const [a, b] = cards(container).filter((card) => nameOf(card) !== "Sonderfälle");
    fireEvent.click(screen.getByRole("checkbox", { name: `Cluster „${nameOf(a!)}“ auswählen` }));
    fireEvent.click(screen.getByRole("checkbox", { name: `Cluster „${nameOf(b!)}“ auswählen` }));
    const mergedAway = [nameOf(a!), nameOf(b!)];
    fireEvent.click(screen.getByRole("button", { name: "Auswahl zusammenführen (2)" }));
    const mergeDialog = await screen.findByRole("dialog", { name: "Cluster zusammenführen" });
    // Both names are offered, the larger cluster's preselected; a free name is possible too.
    const offered = within(mergeDialog).getAllByRole("radio");
    expect(offered).toHaveLength(3);
    expect((offered[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(mergeDialog).getByRole("radio", { name: "Eigener Name" }));
    const submit = within(mergeDialog).getByRole("button", { name: "Zusammenführen" });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(mergeDialog).getByRole("textbox", { name: "Eigener Name für das Ergebnis" }), {
      target: { value: "Zusammengeführt" },
    });
    fireEvent.click(submit);
    await waitFor(() => {
      const names = clusterNames(lastWrite(writeReview));
      expect(mergedAway.filter((n) => names.includes(n))).toHaveLength(0);
      expect(names).toContain("Zusammengeführt");
    });
  });

  it("says so when the search matches nothing (empty)", async () => {
    renderPane();
    await openReview();

    fireEvent.change(screen.getByRole("searchbox", { name: "Cluster oder Prozess suchen" }), {
      target: { value: "gibt es nicht" },
    });

    expect(screen.getByText("Kein Cluster passt zur Suche.")).toBeTruthy();
  });

  it("shows that a change is being saved while the workbook write runs (loading)", async () => {
    const pending = deferred<void>();
    renderPane({ writeReview: () => pending.promise });
    await openProposal();

    fireEvent.click(screen.getByRole("button", { name: "Vorschlag übernehmen" }));

    expect(await screen.findByText("Wird gespeichert …")).toBeTruthy();
    await act(async () => pending.resolve());
    expect(await screen.findByText("In der Arbeitsmappe gespeichert.")).toBeTruthy();
  });

  it("shows a failed write once in the error bar (error)", async () => {
    renderPane({
      writeReview: () => Promise.reject(new WorkbookError("sheetProtected")),
    });
    await openProposal();

    fireEvent.click(screen.getByRole("button", { name: "Vorschlag übernehmen" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Schutz aufheben");
  });

  it("explains a refused move out of a locked cluster", async () => {
    const { container } = renderPane();
    await openReview();
    const [first, second] = cards(container);
    fireEvent.click(within(first!).getByRole("button", { name: `„${nameOf(first!)}“ sperren` }));
    await within(first!).findByRole("button", { name: `„${nameOf(first!)}“ entsperren` });

    fireEvent.click(within(first!).getByRole("button", { name: /^Mitglieder von/ }));
    fireEvent.click(within(first!).getAllByRole("button", { name: /verschieben nach …$/ })[0]!);
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Ziel-Cluster" }), {
      target: { value: second!.getAttribute("data-cluster-id") },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Verschieben" }));

    expect((await screen.findByRole("alert")).textContent).toMatch(/gesperrt/);
  });
});
