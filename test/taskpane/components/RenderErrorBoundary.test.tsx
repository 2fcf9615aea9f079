/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { RenderErrorBoundary } from "../../../src/taskpane/components/RenderErrorBoundary";

function Broken(): never {
  throw new Error("kaputt");
}

describe("render error boundary", () => {
  it("replaces a step that throws while rendering with German advice", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <RenderErrorBoundary title="Das hat nicht geklappt" message="Bitte den Aufgabenbereich neu laden.">
        <Broken />
      </RenderErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toBe(
      "Das hat nicht geklapptBitte den Aufgabenbereich neu laden.",
    );
    quiet.mockRestore();
  });
});
