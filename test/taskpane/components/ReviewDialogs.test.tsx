/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { MergeNameDialog } from "../../../src/taskpane/components/MergeNameDialog";
import { ReviewDialogs, type ReviewDialog } from "../../../src/taskpane/components/ReviewDialogs";
import { NEW_TARGET } from "../../../src/taskpane/components/TargetPickerDialog";

jest.setTimeout(30_000);

/** The Prüfen step's dialogs with `dialog` open; a move reports through `onMoveProcesses`/`onMoveClusters`. */
function renderDialog(
  dialog: ReviewDialog,
  on: { onMoveProcesses?: jest.Mock; onMoveClusters?: jest.Mock } = {},
) {
  render(
    <ReviewDialogs
      dialog={dialog}
      clusterTargets={[{ id: "c2", name: "Wohngeld" }]}
      onMoveProcesses={on.onMoveProcesses ?? jest.fn()}
      onMoveClusters={on.onMoveClusters ?? jest.fn()}
      onMerge={() => undefined}
      onClose={() => undefined}
    />,
  );
}

describe("review dialogs", () => {
  it("„Verschieben nach …“ preselects nothing: Enter does not move, the button waits for a target", () => {
    const onMove = jest.fn();
    renderDialog({ kind: "moveProcesses", fromClusterId: "c1", keys: ["p1"] }, { onMoveProcesses: onMove });
    const target = screen.getByRole("combobox", { name: "Ziel-Cluster" }) as HTMLSelectElement;
    expect(target.value).toBe("");
    const confirm = screen.getByRole("button", { name: "Verschieben" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(target.form!);
    expect(onMove).not.toHaveBeenCalled();

    const wohngeld = screen.getByRole("option", { name: "Wohngeld" }) as HTMLOptionElement;
    fireEvent.change(target, { target: { value: wohngeld.value } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect(onMove).toHaveBeenCalledWith("c2", expect.any(String));
  });

  it("„Verschieben nach …“ into a new cluster names it „Neuer Cluster“ when the name is left blank", () => {
    const onMove = jest.fn();
    renderDialog(
      { kind: "moveProcesses", fromClusterId: "c1", keys: ["p1", "p2"] },
      { onMoveProcesses: onMove },
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Ziel-Cluster" }), {
      target: { value: NEW_TARGET },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Name des neuen Clusters" }), {
      target: { value: " " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Verschieben" }));
    expect(onMove).toHaveBeenCalledWith(NEW_TARGET, "Neuer Cluster");
  });

  it("moves clusters to an existing Bereich or a new, named one, and not to a new one without a name", () => {
    const onMove = jest.fn();
    renderDialog(
      { kind: "moveClusters", clusterIds: ["c1", "c2"], bereiche: ["Mobilität", "Soziales"] },
      { onMoveClusters: onMove },
    );
    const target = screen.getByRole("combobox", { name: "Ziel-Bereich" });
    const confirm = screen.getByRole("button", { name: "Verschieben" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(target, { target: { value: NEW_TARGET } });
    fireEvent.change(screen.getByRole("textbox", { name: "Name des neuen Bereichs" }), {
      target: { value: "  " },
    });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: "Name des neuen Bereichs" }), {
      target: { value: " Bildung " },
    });
    fireEvent.click(confirm);
    expect(onMove).toHaveBeenLastCalledWith("Bildung");
    const soziales = screen.getByRole("option", { name: "Soziales" }) as HTMLOptionElement;
    fireEvent.change(target, { target: { value: soziales.value } });
    fireEvent.click(confirm);
    expect(onMove).toHaveBeenLastCalledWith("Soziales");
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
