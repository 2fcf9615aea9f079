/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { BereichMoveDialog } from "../../../src/taskpane/components/BereichMoveDialog";
import { MergeNameDialog } from "../../../src/taskpane/components/MergeNameDialog";
import { MoveDialog, NEW_CLUSTER } from "../../../src/taskpane/components/MoveDialog";

jest.setTimeout(30_000);

describe("review dialogs", () => {
  it("„Verschieben nach …“ preselects nothing: Enter does not move, the button waits for a target", () => {
    const onMove = jest.fn();
    render(
      <MoveDialog
        count={1}
        targets={[{ id: "c2", name: "Wohngeld" }]}
        onMove={onMove}
        onCancel={() => undefined}
      />,
    );
    const target = screen.getByRole("combobox", { name: "Ziel-Cluster" }) as HTMLSelectElement;
    expect(target.value).toBe("");
    const confirm = screen.getByRole("button", { name: "Verschieben" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(target.form!);
    expect(onMove).not.toHaveBeenCalled();

    fireEvent.change(target, { target: { value: "c2" } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect(onMove).toHaveBeenCalledWith("c2", expect.any(String));
    expect(NEW_CLUSTER).toBe(":new");
  });

  it("moves clusters to an existing Bereich, and not to a new one without a name", () => {
    const onMove = jest.fn();
    render(
      <BereichMoveDialog
        count={2}
        bereiche={["Mobilität", "Soziales"]}
        onMove={onMove}
        onCancel={() => undefined}
      />,
    );
    const target = screen.getByRole("combobox", { name: "Ziel-Bereich" });
    const confirm = screen.getByRole("button", { name: "Verschieben" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(target, { target: { value: ":new" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Name des neuen Bereichs" }), {
      target: { value: "  " },
    });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(target, { target: { value: "b:Soziales" } });
    fireEvent.click(confirm);
    expect(onMove).toHaveBeenCalledWith("Soziales");
  });

  it("merging offers the names with sizes, preselects the suggestion and accepts a free name", () => {
    const onMerge = jest.fn();
    render(
      <MergeNameDialog
        title="Cluster zusammenführen"
        candidates={[
          { name: "Kfz-Zulassung beantragen", size: 3 },
          { name: "Kraftfahrzeug", size: 2 },
        ]}
        suggested="Kraftfahrzeug"
        onMerge={onMerge}
        onCancel={() => undefined}
      />,
    );
    expect((screen.getByRole("radio", { name: "Kraftfahrzeug (2)" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Zusammenführen" }));
    expect(onMerge).toHaveBeenLastCalledWith("Kraftfahrzeug");

    fireEvent.click(screen.getByRole("radio", { name: "Eigener Name" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Eigener Name für das Ergebnis" }), {
      target: { value: " Fahrzeuge " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Zusammenführen" }));
    expect(onMerge).toHaveBeenLastCalledWith("Fahrzeuge");
  });
});
