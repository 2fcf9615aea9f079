/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { msg } from "../../../src/domain/messages/renderMessage";
import { BereichHeader } from "../../../src/taskpane/components/BereichHeader";
import { MemberRow } from "../../../src/taskpane/components/MemberRow";
import { ProposalPreview } from "../../../src/taskpane/components/ProposalPreview";
import { LanguageProvider } from "../../../src/taskpane/i18n/LanguageContext";
import type { Language } from "../../../src/taskpane/i18n/strings";

jest.setTimeout(30_000);

const placed = msg("cluster.bereichPlaced", {
  reason: msg("cluster.bereichValued", {
    detail: msg("cluster.bereichColumn", { header: "Fachbereich" }),
    label: "Bauen und Wohnen",
  }),
  votes: 3,
  size: 4,
});
const member = msg("cluster.join.semicolon", {
  first: msg("cluster.sameLeikaObject", { value: "99107001" }),
  rest: msg("cluster.sharedTerms", { terms: "Wohngeld" }),
});

function inLanguage(language: Language, node: ReactElement) {
  return render(<LanguageProvider initialLanguage={language}>{node}</LanguageProvider>);
}

const noop = () => undefined;

describe("reasons in the pane", () => {
  it("show a Bereich's reason in the pane's language and mark its name as German", () => {
    const header = (language: Language) =>
      inLanguage(
        language,
        <BereichHeader
          name="Bauen und Wohnen"
          reason={placed}
          processes={4}
          clusters={2}
          open={false}
          selected={false}
          controls="x"
          onToggle={noop}
          onSelect={noop}
          onRename={noop}
        />,
      ).container;
    const english = header("en");
    expect(english.textContent).toContain("Fachbereich: “Bauen und Wohnen” (3 of 4 processes)");
    expect(english.querySelector('[lang="de"]')?.textContent).toBe("Bauen und Wohnen");
    expect(header("de").textContent).toContain("Fachbereich: „Bauen und Wohnen“ (3 von 4 Prozessen)");
  });

  it("show a member's reason in the pane's language and mark the process name as German", () => {
    const row = (language: Language) =>
      inLanguage(
        language,
        <ul>
          <MemberRow
            processKey="P1"
            name="Wohngeld beantragen"
            row={7}
            reason={member}
            selected={false}
            onMove={noop}
          />
        </ul>,
      ).container;
    const english = row("en");
    expect(english.textContent).toContain("same LeiKa object 99107001; shared terms: Wohngeld");
    expect(english.querySelector('[lang="de"]')?.textContent).toBe("Wohngeld beantragen");
    expect(row("de").textContent).toContain("gleiches LeiKa-Objekt 99107001; gemeinsame Begriffe: Wohngeld");
  });

  it("show the preview's Bereich reason in English with Bereich and cluster labels marked as German", () => {
    const { container } = inLanguage(
      "en",
      <ProposalPreview
        model={{
          processes: 4,
          clusters: 1,
          loose: 0,
          why: msg("cluster.choiceOff"),
          bereiche: [
            {
              id: "b1",
              label: "Bauen und Wohnen",
              reason: placed,
              processes: 4,
              clusters: [{ id: "c1", label: "Wohngeld", size: 4, loose: false }],
              singles: 0,
            },
          ],
        }}
      />,
    );
    expect(container.textContent).toContain("(3 of 4 processes)");
    // The label, then the reason's own data (the column's header and value) — all German, all marked.
    expect(Array.from(container.querySelectorAll('[lang="de"]')).map((e) => e.textContent)).toEqual([
      "Bauen und Wohnen",
      "Fachbereich",
      "Bauen und Wohnen",
    ]);
  });
});
