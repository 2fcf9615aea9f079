/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { Root } from "../../src/taskpane/Root";
import { createInlineClusterEngine } from "../../src/taskpane/worker/createInlineClusterEngine";
import { makeFakeGateway } from "./fakeGateway";
import { WorkbookError } from "../../src/workbook/workbookError";

describe("start screen", () => {
  it("shows the product name and the four steps in German", () => {
    render(<Root gateway={makeFakeGateway()} createEngine={createInlineClusterEngine} />);

    expect(screen.getByRole("heading", { name: "Prozesscluster" })).toBeTruthy();
    const steps = screen.getByRole("list", { name: "Arbeitsschritte" });
    const items = Array.from(steps.querySelectorAll("li")).map((li) => li.textContent ?? "");
    expect(items.map((text) => text.split(" – ")[0])).toEqual(["Daten", "Vorschlag", "Prüfen", "Bericht"]);
    expect(screen.getByRole("button", { name: "Los geht’s" })).toBeTruthy();
  });

  it("speaks English when asked to", () => {
    render(<Root gateway={makeFakeGateway()} language="en" createEngine={createInlineClusterEngine} />);

    const steps = screen.getByRole("list", { name: "Steps" });
    expect(steps.textContent).toContain("Review");
    expect(screen.getByRole("button", { name: "Get started" })).toBeTruthy();
  });
});

describe("language switch", () => {
  it("switches the pane to English and back", () => {
    render(<Root gateway={makeFakeGateway()} createEngine={createInlineClusterEngine} />);

    fireEvent.change(screen.getByRole("combobox", { name: "Sprache" }), { target: { value: "en" } });
    expect(screen.getByRole("button", { name: "Get started" })).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "de" } });
    expect(screen.getByRole("button", { name: "Los geht’s" })).toBeTruthy();
  });
});

describe("workbook errors", () => {
  it("are shown in the pane's language", async () => {
    const gateway = {
      ...makeFakeGateway(),
      readInventoryGrid: () => Promise.reject(new WorkbookError("editMode")),
    };
    render(<Root gateway={gateway} language="en" createEngine={createInlineClusterEngine} />);

    fireEvent.click(screen.getByRole("button", { name: "Get started" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Excel is editing a cell");
    expect(alert.textContent).not.toContain("Bearbeitungsmodus");
  });
});
