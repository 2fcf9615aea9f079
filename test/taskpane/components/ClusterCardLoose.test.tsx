/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { msg } from "../../../src/domain/messages/renderMessage";
import { NO_REASON, verbatimReason, type ReviewCluster } from "../../../src/domain/review/types";
import { ClusterCard, type ClusterCardProps } from "../../../src/taskpane/components/ClusterCard";
import { LanguageProvider } from "../../../src/taskpane/i18n/LanguageContext";
import { NOOP_CARD_HANDLERS } from "./noopCardHandlers";

jest.setTimeout(30_000);

const looseReason = msg("cluster.join.semicolon", {
  first: msg("cluster.looseNames", { size: 5 }),
  rest: msg("cluster.sharedTerms", { terms: "Hund (2 von 5)" }),
});

function card(reason: ReviewCluster["reason"], locked = false) {
  const props: ClusterCardProps = {
    view: {
      cluster: {
        id: "c1",
        name: "Hund, Ampel, Kirche",
        description: "",
        locked,
        origin: "proposal",
        reason,
        bereich: "Bürgerservice",
        bereichReason: NO_REASON,
        bereichManual: false,
      },
      members: [],
    },
    selected: false,
    expanded: false,
    selectedMembers: undefined,
    ...NOOP_CARD_HANDLERS,
  };
  return render(
    <LanguageProvider initialLanguage="de">
      <ul>
        <ClusterCard {...props} />
      </ul>
    </LanguageProvider>,
  );
}

describe("Prüfen: a loose collection", () => {
  it("carries a 'lose Sammlung' badge next to its size, from the engine's reason or the sheet's text", () => {
    const engine = card(looseReason);
    expect(screen.getByTestId("loose-badge").textContent).toBe("lose Sammlung");
    engine.unmount();
    card(
      verbatimReason("lose Sammlung, bitte prüfen: keinen Begriff teilt auch nur ein Drittel der 5 Prozesse"),
    );
    expect(screen.getByTestId("loose-badge").textContent).toBe("lose Sammlung");
  });

  it("loses the badge once a reviewer locks it, and other clusters never have it", () => {
    const locked = card(looseReason, true);
    expect(screen.getByText("5 Prozesse", { exact: false })).toBeTruthy();
    expect(screen.queryByTestId("loose-badge")).toBeNull();
    locked.unmount();
    card(msg("cluster.sharedTerms", { terms: "Hund (alle)" }));
    expect(screen.queryByTestId("loose-badge")).toBeNull();
  });
});
