/** @jest-environment jsdom */
import { msg } from "../../src/domain/messages/renderMessage";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { SummaryNumbers } from "../../src/domain/summary/computeSummaryNumbers";
import type { SummaryPlan } from "../../src/domain/summary/types";
import type { ReportOutcome } from "../../src/workbook/gateway";
import { WorkbookError } from "../../src/workbook/gateway";
import { deferred, openReview, renderPane } from "./renderPane";

async function openReport(): Promise<void> {
  await openReview();
  fireEvent.click(screen.getByRole("button", { name: "Weiter zum Bericht" }));
  await screen.findByRole("heading", { name: "Bericht" });
}

// These tests render the whole pane (Fluent UI in jsdom) and walk through earlier steps; on a busy CI
// machine that takes longer than Jest's 5 s default.
jest.setTimeout(30_000);

describe("Bericht step", () => {
  it("cannot be opened before the clusters are reviewed (empty)", async () => {
    renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Los geht’s" }));
    await screen.findByText(/Teilprozesse erkannt/);

    const tab = screen.getByRole("tab", { name: "4. Bericht" });
    fireEvent.click(tab);
    expect(screen.queryByRole("heading", { name: "Bericht" })).toBeNull();
  });

  it("writes the plan with the chosen options and offers the jump to the summary (data)", async () => {
    const writeReport = jest.fn(async (plan: SummaryPlan): Promise<ReportOutcome> => ({
      summarySheetName: plan.sheets[0]?.name ?? "",
      notices: [],
    }));
    const selectCell = jest.fn(async () => undefined);
    renderPane({ writeReport, selectCell });
    await openReport();

    fireEvent.change(screen.getByRole("textbox", { name: /Drucksache-Nr\./ }), {
      target: { value: "2026/0815" },
    });
    fireEvent.change(screen.getByLabelText("Stichtag"), { target: { value: "2026-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));

    expect(await screen.findByText("Der Bericht steht auf dem Blatt „Cluster-Übersicht“.")).toBeTruthy();
    const plan = writeReport.mock.calls[0]![0];
    expect(plan.sheets.map((sheet) => sheet.name)).toContain("Cluster-Übersicht");
    expect(
      plan.sheets
        .flatMap((sheet) => (sheet.print.centerHeader === undefined ? [] : [sheet.print.centerHeader]))
        .join(" "),
    ).toContain("2026/0815");
    fireEvent.click(screen.getByRole("button", { name: "Zur Übersicht springen" }));
    await waitFor(() =>
      expect(selectCell).toHaveBeenCalledWith({ sheetName: "Cluster-Übersicht", row: 1, column: 0 }),
    );
  });

  it("gives each sheet checkbox its own id, so clicking its label toggles it", async () => {
    renderPane();
    await openReport();
    const boxes = screen.getAllByRole("checkbox");
    const ids = boxes.map((box) => box.id);
    expect(new Set(ids).size).toBe(ids.length);
    const charts = screen.getByRole("checkbox", { name: /Diagramme/ });
    const before = (charts as HTMLInputElement).checked;
    const label = document.querySelector(`label[for="${charts.id}"]`);
    expect(label).not.toBeNull();
    fireEvent.click(label as Element);
    expect((charts as HTMLInputElement).checked).toBe(!before);
  });

  it("shows progress while the report is written (loading)", async () => {
    const pending = deferred<ReportOutcome>();
    renderPane({ writeReport: () => pending.promise });
    await openReport();

    fireEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));

    expect(await screen.findByRole("progressbar", { name: "Bericht wird erstellt …" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Bericht erstellen" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await act(async () =>
      pending.resolve({
        summarySheetName: "Cluster-Übersicht",
        notices: [msg("workflow.noPageLayout")],
      }),
    );
    expect(await screen.findByText(/Diese Excel-Version kann das Seitenlayout nicht/)).toBeTruthy();
  });

  it("shows a failed write in the error bar and lets the user try again (error)", async () => {
    renderPane({
      writeReport: () => Promise.reject(new WorkbookError("payloadTooLarge")),
    });
    await openReport();

    fireEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));

    expect((await screen.findByRole("alert")).textContent).toContain("kleineren Bereich");
    expect((screen.getByRole("button", { name: "Bericht erstellen" }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it("passes the domain's values for the formula cells, computed only when asked", async () => {
    const writeReport = jest.fn(
      async (plan: SummaryPlan, values?: () => SummaryNumbers): Promise<ReportOutcome> => ({
        summarySheetName: plan.sheets[0]?.name ?? "",
        notices: values === undefined ? [] : [msg("common.verbatim", { text: values().headline })],
      }),
    );
    renderPane({ writeReport });
    await openReport();
    fireEvent.click(screen.getByRole("button", { name: "Bericht erstellen" }));
    expect(await screen.findByText(/^6 Teilprozesse/)).toBeTruthy();
  });
});

describe("Für die Veröffentlichung", () => {
  const createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return "blob:bericht";
  });
  const revokeObjectURL = jest.fn();
  let blobs: Blob[] = [];
  let clicked: HTMLAnchorElement[] = [];
  beforeEach(() => {
    blobs = [];
    clicked = [];
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    Object.assign(URL, { createObjectURL: undefined, revokeObjectURL: undefined });
  });

  it("downloads the page for residents as bericht-<stichtag>.html, German and self-contained", async () => {
    renderPane();
    await openReport();
    fireEvent.change(screen.getByLabelText("Stichtag"), { target: { value: "2026-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Für die Veröffentlichung" }));

    expect(
      await screen.findByText(
        "Die Seite wurde als „bericht-2026-06-30.html“ heruntergeladen (meist im Ordner „Downloads“).",
      ),
    ).toBeTruthy();
    expect(clicked.map((link) => [link.download, link.href])).toEqual([
      ["bericht-2026-06-30.html", "blob:bericht"],
    ]);
    expect(document.querySelector("a[download]")).toBeNull();
    // jsdom's Blob has no text(); FileReader reads it.
    const html = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(blobs[0]!.type).toBe("text/html;charset=utf-8");
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("<h1>Digitale Verwaltung: Stand der Umsetzung</h1>");
    expect(html).toContain("Stand: 30.06.2026. 6 Teilprozesse");
    expect(html).not.toMatch(/<script/i);
  });

  it("shows an invalid Stichtag in the error bar instead of a page", async () => {
    renderPane();
    await openReport();
    fireEvent.change(screen.getByLabelText("Stichtag"), { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "Für die Veröffentlichung" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Ungültiges Datum");
    expect(clicked).toHaveLength(0);
  });

  it("says where the page can be made when the webview cannot download", async () => {
    Object.assign(URL, { createObjectURL: undefined });
    renderPane();
    await openReport();
    expect(screen.queryByRole("button", { name: "Für die Veröffentlichung" })).toBeNull();
    expect(screen.getByText(/Browser-Vorschau oder die Kommandozeile/)).toBeTruthy();
  });
});
