/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { ClusterResult, ProposedCluster } from "../../../src/domain/clustering/types";
import { selectClustersSorted, selectSingletons } from "../../../src/domain/review/reviewSelectors";
import { NO_REASON } from "../../../src/domain/review/types";
import { reviewStateFromProposal } from "../../../src/domain/review/reviewStateFromProposal";
import { BereichGroup } from "../../../src/taskpane/components/BereichGroup";
import { LanguageProvider } from "../../../src/taskpane/i18n/LanguageContext";
import { selectBereichGroups } from "../../../src/taskpane/state/bereichGroups";
import { makeRecords } from "../../domain/clustering/makeRecords";
import { NOOP_CARD_HANDLERS } from "./noopCardHandlers";

/** One Bereich with 150 clusters of two processes and 120 Einzelprozesse. */
function longGroup() {
  const names = Array.from({ length: 420 }, (_, i) => [`Prozess ${i + 1}`] as const);
  const records = makeRecords(names);
  const clusters: ProposedCluster[] = Array.from({ length: 150 }, (_, i) => ({
    id: `c${i}`,
    label: `Cluster ${i + 1}`,
    reason: NO_REASON,
    keys: [records[2 * i]!.key, records[2 * i + 1]!.key],
    memberReasons: {},
    singleton: false,
    fromDecision: false,
  }));
  const result: ClusterResult = { clusters, granularity: 0.5, strategy: { kind: "auto" } };
  const state = reviewStateFromProposal(result, records);
  const views = selectClustersSorted(state);
  const singles = selectSingletons(state);
  const [group] = selectBereichGroups(state, views, singles);
  if (group === undefined) throw new Error("no group");
  return group;
}

const noop = () => undefined;
const cards = NOOP_CARD_HANDLERS;

function renderGroup(searching: boolean) {
  const group = longGroup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider>
        <ul>
          <BereichGroup
            group={group}
            searching={searching}
            open
            selected={false}
            selectedClusters={new Set()}
            expandedClusters={new Set()}
            memberSelection={new Map()}
            cards={cards}
            onToggle={noop}
            onSelect={noop}
            onRename={noop}
            onMoveSingle={noop}
          />
        </ul>
      </LanguageProvider>
    </FluentProvider>,
  );
  return { group, container: view.container };
}

describe("Prüfen list: a long Bereich renders its first entries", () => {
  it("shows 100 cards and 100 Einzelprozesse, each list with a button for the rest", () => {
    const { group, container } = renderGroup(false);
    expect(group.clusters).toHaveLength(150);
    expect(group.singles).toHaveLength(120);
    expect(container.querySelectorAll("li[data-cluster-id]")).toHaveLength(100);
    const all = screen.getByRole("button", { name: `Alle 150 Cluster in „${group.name}“ zeigen` });
    fireEvent.click(all);
    expect(container.querySelectorAll("li[data-cluster-id]")).toHaveLength(150);
    expect(screen.queryByRole("button", { name: /Alle 150 Cluster/ })).toBeNull();
    const singlesList = screen.getByRole("list", { name: `Einzelprozesse in „${group.name}“ (120)` });
    expect(singlesList.querySelectorAll("li").length).toBe(101);
    fireEvent.click(
      screen.getByRole("button", { name: `Alle 120 Einzelprozesse in „${group.name}“ zeigen` }),
    );
    expect(singlesList.querySelectorAll("li").length).toBe(120);
  });

  it("shows every match while searching", () => {
    const { container } = renderGroup(true);
    expect(container.querySelectorAll("li[data-cluster-id]")).toHaveLength(150);
    expect(screen.queryByRole("button", { name: /^Alle \d+ / })).toBeNull();
  });
});
