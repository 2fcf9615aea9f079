/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { msg } from "../../../src/domain/messages/renderMessage";
import { ProposalPreview } from "../../../src/taskpane/components/ProposalPreview";
import { LanguageProvider } from "../../../src/taskpane/i18n/LanguageContext";
import type { ProposalPreviewModel } from "../../../src/taskpane/state/proposalPreview";

jest.setTimeout(30_000);

const model = (loose: readonly boolean[]): ProposalPreviewModel => ({
  processes: 20,
  clusters: loose.length,
  loose: loose.filter(Boolean).length,
  why: msg("cluster.choiceOff"),
  bereiche: [
    {
      id: "b1",
      label: "Bürgerservice",
      reason: null,
      processes: 20,
      clusters: loose.map((l, i) => ({ id: `c${i}`, label: `Cluster ${i}`, size: 5, loose: l })),
      singles: 0,
    },
  ],
});

describe("preview of loose collections", () => {
  it("says how many clusters are loose and marks each one in its Bereich", () => {
    render(
      <LanguageProvider initialLanguage="de">
        <ProposalPreview model={model([true, false, true, false])} />
      </LanguageProvider>,
    );
    expect(screen.getByTestId("preview-loose").textContent).toMatch(
      /^2 Cluster sind lose Sammlungen: nicht einmal ein Drittel/,
    );
    fireEvent.click(screen.getByRole("button", { name: "Bürgerservice" }));
    const items = within(screen.getByTestId("proposal-preview"))
      .getAllByRole("listitem")
      .filter((li) => li.dataset.bereich === undefined);
    const marked = items
      .filter((li) => li.textContent?.includes("lose Sammlung") === true)
      .map((li) => li.querySelector('[lang="de"]')?.textContent);
    expect(marked).toEqual(["Cluster 0", "Cluster 2"]);
  });

  it("says nothing when no cluster is loose, and speaks of one in the singular", () => {
    const { rerender } = render(
      <LanguageProvider initialLanguage="de">
        <ProposalPreview model={model([false, false])} />
      </LanguageProvider>,
    );
    expect(screen.queryByTestId("preview-loose")).toBeNull();
    rerender(
      <LanguageProvider initialLanguage="de">
        <ProposalPreview model={model([false, true])} />
      </LanguageProvider>,
    );
    expect(screen.getByTestId("preview-loose").textContent).toMatch(/^1 Cluster ist eine lose Sammlung/);
  });
});
