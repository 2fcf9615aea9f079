/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { RawGrid } from "../../src/domain/inventory/types";
import { WorkbookError } from "../../src/workbook/gateway";
import { makeGrid, SMALL_INVENTORY } from "./fakeGateway";
import { deferred, openData, renderPane } from "./renderPane";

// These tests render the whole pane (Fluent UI in jsdom) and walk through earlier steps; on a busy CI
// machine that takes longer than Jest's 5 s default.
jest.setTimeout(30_000);

describe("Daten step", () => {
  it("shows a spinner while the inventory is being read (loading)", async () => {
    const pending = deferred<RawGrid | null>();
    renderPane({ readInventoryGrid: () => pending.promise });

    fireEvent.click(screen.getByRole("button", { name: "Los geht’s" }));

    expect(await screen.findByText("Prozessinventar wird gesucht …")).toBeTruthy();
    await act(async () => pending.resolve(makeGrid()));
    expect(await screen.findByText("6 Teilprozesse erkannt")).toBeTruthy();
  });

  it("offers the sample data when there is no inventory (empty) and reads it on click", async () => {
    const insertSample = jest.fn(async () => makeGrid());
    renderPane({ readInventoryGrid: async () => null, insertSample });

    fireEvent.click(screen.getByRole("button", { name: "Los geht’s" }));
    fireEvent.click(await screen.findByRole("button", { name: "Beispieldaten einfügen" }));

    expect(await screen.findByText("6 Teilprozesse erkannt")).toBeTruthy();
    expect(insertSample).toHaveBeenCalledTimes(1);
  });

  it("shows a workbook error once, as an alert with advice, and keeps a retry (error)", async () => {
    const readInventoryGrid = jest
      .fn<Promise<RawGrid | null>, []>()
      .mockRejectedValueOnce(new WorkbookError("editMode"))
      .mockResolvedValueOnce(makeGrid());
    renderPane({ readInventoryGrid });

    fireEvent.click(screen.getByRole("button", { name: "Los geht’s" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Bearbeitungsmodus");
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Erneut suchen" }));
    expect(await screen.findByText("6 Teilprozesse erkannt")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows columns with correctable roles and issues that jump to their row (data)", async () => {
    const selectCell = jest.fn(async () => undefined);
    const rows = [...SMALL_INVENTORY, ["P7", "", "DiWo", "online", 9]];
    renderPane({ readInventoryGrid: async () => makeGrid(rows), selectCell });
    await openData();

    const nameRole = screen.getByRole("combobox", { name: "Spalte „Teilprozess“" }) as HTMLSelectElement;
    expect(nameRole.value).toBe("name");
    expect(
      (screen.getByRole("combobox", { name: "Spalte „Fachanwendung“" }) as HTMLSelectElement).value,
    ).toBe("fachanwendung");

    const jump = screen.getAllByRole("button", { name: /^Zeile \d+ anzeigen$/ })[0];
    expect(jump).toBeDefined();
    fireEvent.click(jump!);
    await waitFor(() =>
      expect(selectCell).toHaveBeenCalledWith(
        expect.objectContaining({ sheetName: "Prozessinventar", row: 8 }),
      ),
    );
  });

  it("blocks the next step when the user takes the name role away", async () => {
    renderPane();
    await openData();

    fireEvent.change(screen.getByRole("combobox", { name: "Spalte „Teilprozess“" }), {
      target: { value: "" },
    });

    // The grid is parsed again (in the worker in the browser), so the answer arrives asynchronously.
    await waitFor(() =>
      expect((screen.getByRole("button", { name: "Spalten bestätigen" }) as HTMLButtonElement).disabled).toBe(
        true,
      ),
    );
    expect(screen.getByRole("note").textContent).toContain("Bezeichnung");
  });
});
