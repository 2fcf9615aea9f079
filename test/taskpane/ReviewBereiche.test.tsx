/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ReviewWrite } from "../../src/workbook/gateway";
import { openReview, renderPane } from "./renderPane";

jest.setTimeout(90_000);

function lastWrite(mock: jest.Mock): ReviewWrite {
  const call = mock.mock.calls[mock.mock.calls.length - 1] as [ReviewWrite] | undefined;
  if (call === undefined) throw new Error("no review write");
  return call[0];
}

const bereichOf = (write: ReviewWrite, clusterId: string) => write.state.clusters[clusterId]?.bereich;
const groups = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLElement>("li[data-bereich]")).map((li) => li.dataset.bereich);

describe("Prüfen step: Bereiche", () => {
  it("groups clusters by Bereich and renames, moves into a new Bereich, merges Bereiche and undoes", async () => {
    const writeReview = jest.fn(async (_write: ReviewWrite) => undefined);
    const { container } = renderPane({ writeReview });
    await openReview();
    expect(screen.getByTestId("review-headline").textContent).toMatch(
      /^6 Teilprozesse → \d+ Bereiche?, \d+ Cluster$/,
    );
    const card = container.querySelector<HTMLElement>("li[data-cluster-id]")!;
    const clusterId = card.dataset.clusterId!;
    const clusterName = card.getAttribute("aria-label")!;
    const first = card.closest<HTMLElement>("li[data-bereich]")!.dataset.bereich!;
    expect(bereichOf(lastWrite(writeReview), clusterId)).toBe(first);

    // Rename the Bereich inline.
    fireEvent.click(screen.getByRole("button", { name: `Bereich „${first}“ umbenennen` }));
    const input = screen.getByRole("textbox", { name: `Neuer Name für Bereich „${first}“` });
    fireEvent.change(input, { target: { value: "Mobilität" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(bereichOf(lastWrite(writeReview), clusterId)).toBe("Mobilität"));
    expect(groups(container)).toContain("Mobilität");

    // Move the cluster into a new Bereich (a split); nothing is preselected in the dialog.
    fireEvent.click(
      screen.getByRole("button", { name: `„${clusterName}“ in einen anderen Bereich verschieben …` }),
    );
    const dialog = await screen.findByRole("dialog", { name: "In Bereich verschieben" });
    const confirm = within(dialog).getByRole("button", { name: "Verschieben" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole("combobox", { name: "Ziel-Bereich" }), {
      target: { value: ":new" },
    });
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Name des neuen Bereichs" }), {
      target: { value: "Sonderbereich" },
    });
    fireEvent.click(confirm);
    await waitFor(() => expect(bereichOf(lastWrite(writeReview), clusterId)).toBe("Sonderbereich"));
    expect(lastWrite(writeReview).state.clusters[clusterId]?.bereichManual).toBe(true);
    expect(groups(container)).toContain("Sonderbereich");

    // Merge the two Bereiche; the dialog offers both names and a free one.
    fireEvent.click(screen.getByRole("checkbox", { name: "Bereich „Sonderbereich“ auswählen" }));
    const others = groups(container).filter((name) => name !== "Sonderbereich");
    fireEvent.click(screen.getByRole("checkbox", { name: `Bereich „${others[0]}“ auswählen` }));
    fireEvent.click(screen.getByRole("button", { name: "Bereiche zusammenführen (2)" }));
    const merge = await screen.findByRole("dialog", { name: "Bereiche zusammenführen" });
    expect(within(merge).getAllByRole("radio")).toHaveLength(3);
    fireEvent.click(within(merge).getByRole("radio", { name: /^Sonderbereich \(\d+\)$/ }));
    fireEvent.click(within(merge).getByRole("button", { name: "Zusammenführen" }));
    await waitFor(() => expect(groups(container)).not.toContain(others[0]));
    expect(bereichOf(lastWrite(writeReview), clusterId)).toBe("Sonderbereich");

    // Undo brings the merged-away Bereich back.
    fireEvent.click(screen.getByRole("button", { name: "Rückgängig (Strg+Z)" }));
    await waitFor(() => expect(groups(container)).toContain(others[0]));
  });

  it("collapses a Bereich so its clusters are not rendered, and the toolbar stays sticky", async () => {
    const { container } = renderPane();
    await openReview();
    const group = container.querySelector<HTMLElement>("li[data-bereich]")!;
    const name = group.dataset.bereich!;
    const toggle = within(group).getByRole("button", { name });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const before = group.querySelectorAll("li[data-cluster-id], li[data-process-key]").length;
    expect(before).toBeGreaterThan(0);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(group.querySelectorAll("li[data-cluster-id], li[data-process-key]")).toHaveLength(0);
    expect(getComputedStyle(screen.getByTestId("review-toolbar")).position).toBe("sticky");
  });
});
