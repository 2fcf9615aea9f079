/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { Root } from "../../src/taskpane/Root";
import { makeFakeGateway } from "./fakeGateway";

describe("start screen", () => {
  it("shows the product name and the four steps in German", () => {
    render(<Root gateway={makeFakeGateway()} />);

    expect(screen.getByRole("heading", { name: "Prozesscluster" })).toBeTruthy();
    const steps = screen.getByRole("list", { name: "Arbeitsschritte" });
    const items = Array.from(steps.querySelectorAll("li")).map((li) => li.textContent ?? "");
    expect(items.map((text) => text.split(" – ")[0])).toEqual(["Daten", "Vorschlag", "Prüfen", "Bericht"]);
    expect(screen.getByRole("button", { name: "Los geht’s" })).toBeTruthy();
  });

  it("speaks English when asked to", () => {
    render(<Root gateway={makeFakeGateway()} language="en" />);

    const steps = screen.getByRole("list", { name: "Steps" });
    expect(steps.textContent).toContain("Review");
    expect(screen.getByRole("button", { name: "Get started" })).toBeTruthy();
  });
});
