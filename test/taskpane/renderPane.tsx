import { configure, fireEvent, render, screen, type RenderResult } from "@testing-library/react";
import type { WorkbookGateway } from "../../src/workbook/gateway";
import { Root } from "../../src/taskpane/Root";
import type { ClusterEngine } from "../../src/taskpane/worker/clusterProtocol";
import { createInlineClusterEngine } from "../../src/taskpane/worker/createInlineClusterEngine";
import { makeFakeGateway } from "./fakeGateway";

// The inline clustering and Fluent rendering can take a few seconds on a loaded machine.
configure({ asyncUtilTimeout: 5000 });

/** Renders the whole pane (German) with the inline clustering engine and a fake gateway. */
export function renderPane(
  overrides: Partial<WorkbookGateway> = {},
  createEngine: () => ClusterEngine = createInlineClusterEngine,
): RenderResult & { gateway: WorkbookGateway } {
  const gateway = makeFakeGateway(overrides);
  return { ...render(<Root gateway={gateway} createEngine={createEngine} />), gateway };
}

/** Start screen → Daten, waiting until the inventory is shown. */
export async function openData(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Los geht’s" }));
  await screen.findByText(/Teilprozesse erkannt/);
}

/** … → Vorschlag, waiting for the live count. */
export async function openProposal(): Promise<void> {
  await openData();
  fireEvent.click(screen.getByRole("button", { name: "Spalten bestätigen" }));
  await screen.findByText(/6 Teilprozesse → \d+ Bereiche?, \d+ Cluster/, {}, { timeout: 5000 });
}

/** … → Prüfen, waiting until the first write reached the gateway. */
export async function openReview(): Promise<void> {
  await openProposal();
  fireEvent.click(screen.getByRole("button", { name: "Vorschlag übernehmen" }));
  await screen.findByRole("heading", { name: "Prüfen" });
  await screen.findByText("In der Arbeitsmappe gespeichert.");
}

/** A promise with its resolve/reject exposed, to hold a gateway call in the "loading" state. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
