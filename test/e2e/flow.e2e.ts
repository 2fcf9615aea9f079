/**
 * End-to-end flow in real Chromium against the preview (in-memory workbook): Daten → Vorschlag →
 * Prüfen (keyboard move, drag move, merge, rename, lock, undo/redo) → Bericht, then assertions on the
 * workbook the pane wrote. Run by `npx tsx test/e2e/run.ts`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../src/workbook/memory/MemoryWorkbook";
import type { E2eTest } from "./internals/e2eTest";
import { check, checkEqual } from "./internals/expect";
import { scanAccessibility } from "./internals/scanAccessibility";

async function snapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() =>
    (
      window as unknown as { __prozesscluster: { snapshot: () => WorkbookSnapshot } }
    ).__prozesscluster.snapshot(),
  );
}

function sheetOf(snap: WorkbookSnapshot, name: string) {
  const sheet = snap.sheets.find((s) => s.name === name);
  check(sheet !== undefined, `sheet ${name} missing; sheets: ${snap.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/** Cluster cell of the inventory row whose name column holds `name`. */
function clusterOf(snap: WorkbookSnapshot, name: string): unknown {
  const inventory = sheetOf(snap, "Prozessinventar");
  const header = inventory.rows[0] ?? [];
  const clusterColumn = header.findIndex((h) => h === "Cluster");
  check(clusterColumn >= 0, "inventory has no Cluster column");
  const row = inventory.rows.find((r) => r.includes(name));
  check(row !== undefined, `no inventory row named ${name}`);
  return row[clusterColumn];
}

/** Cell of column `header` in the inventory row whose name column holds `name`. */
function inventoryCell(snap: WorkbookSnapshot, name: string, header: string): unknown {
  const inventory = sheetOf(snap, "Prozessinventar");
  const column = (inventory.rows[0] ?? []).findIndex((h) => h === header);
  check(column >= 0, `inventory has no ${header} column`);
  const row = inventory.rows.find((r) => r.includes(name));
  check(row !== undefined, `no inventory row named ${name}`);
  return row[column];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const cards = (page: Page) => page.locator("li[data-cluster-id]");
const bereichGroups = (page: Page) => page.locator("li[data-bereich]");

async function expand(card: Locator): Promise<void> {
  const button = card.getByRole("button", { name: /^Mitglieder von/ });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

async function memberNames(card: Locator): Promise<string[]> {
  return card.locator("li[data-process-key] > span > span:first-child").allInnerTexts();
}

async function clusterName(card: Locator): Promise<string> {
  return (await card.getAttribute("aria-label")) ?? "";
}

/** Axe over the task pane (and an open dialog, which renders in a portal outside it). */
async function axe(page: Page, step: string, include: readonly string[] = ["aside"]): Promise<void> {
  const violations = await scanAccessibility(page, include);
  check(violations.length === 0, `axe (${step}): ${JSON.stringify(violations, null, 1)}`);
}

/** The preview's report shows computed values in German format (not formula text), formulas on selection. */
async function checkPreviewValues(page: Page): Promise<void> {
  const grid = page.locator("table[data-sheet='Cluster-Übersicht']");
  const texts = await grid.locator("td").allInnerTexts();
  check(!texts.some((t) => t.startsWith("=COUNTIFS(")), "summary shows formula text instead of values");
  const counted = grid.locator("td[title^='=COUNTIFS(']").first();
  const count = await counted.innerText();
  check(/^\d{1,3}(\.\d{3})*$/.test(count), `count cell shows „${count}“, not a German number`);
  check(
    texts.some((t) => /^\d{1,3},\d%$/.test(t)),
    "no percentage like 28,0% in the summary",
  );
  check(
    texts.some((t) => /^\d{1,3}(\.\d{3})+ €$/.test(t)),
    "no euro amount like 586.036 € in the summary",
  );
  await counted.click();
  const bar = page.getByRole("group", { name: "Bearbeitungsleiste" });
  checkEqual(
    await bar.getByLabel("Inhalt").innerText(),
    (await counted.getAttribute("title")) ?? "",
    "formula bar shows the selected cell's formula",
  );
}

/** „Für die Veröffentlichung“ downloads the German page for residents named after the Stichtag. */
async function checkPublication(page: Page, stichtag: string): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Für die Veröffentlichung" }).click(),
  ]);
  checkEqual(download.suggestedFilename(), `bericht-${stichtag}.html`, "download name");
  const path = await download.path();
  const html = readFileSync(path, "utf8");
  check(html.includes('<html lang="de">'), "downloaded page is not lang=de");
  check(
    html.includes("<h1>Digitale Verwaltung: Stand der Umsetzung</h1>"),
    "downloaded page lacks the headline",
  );
  check(!/<script/i.test(html), "downloaded page contains a script");
  await page.getByText(`„bericht-${stichtag}.html“ heruntergeladen`, { exact: false }).waitFor();
}

const flow: E2eTest = {
  name: "full flow with the sample inventory",
  run: async ({ browser, baseUrl, outDir, metric }) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    let shot = 0;
    const screenshot = async (step: string) => {
      shot += 1;
      await page.screenshot({ path: join(outDir, `${String(shot).padStart(2, "0")}-${step}.png`) });
    };

    await page.goto(baseUrl);
    await page.getByRole("button", { name: "Los geht’s" }).waitFor();
    await screenshot("start");
    await axe(page, "start");
    await page.getByRole("button", { name: "Los geht’s" }).click();

    // 1. Daten
    await page.getByText(/\d+ Teilprozesse erkannt/).waitFor();
    // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
    const [open = -1, pane = -1, start = -1, data = -1] = await page.evaluate(() =>
      [
        "prozesscluster:open",
        "prozesscluster:pane:ready",
        "prozesscluster:data:start",
        "prozesscluster:data:ready",
      ].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? -1),
    );
    const timing = { pane, start, data };
    metric("Öffnen → Skript läuft (Laden + Parsen des Bundles)", `${Math.round(open)} ms`);
    metric(
      "Öffnen → Aufgabenbereich bereit (inkl. Beispiel in die Vorschau-Mappe)",
      `${Math.round(timing.pane)} ms`,
    );
    metric("„Los geht’s“ → Beispielinventar eingelesen", `${Math.round(timing.data - timing.start)} ms`);
    check(
      timing.pane > 0 && timing.data > timing.start && timing.start > 0,
      `timing marks missing: ${JSON.stringify(timing)}`,
    );
    const nameSelect = page.getByRole("combobox", { name: "Spalte „Leistung“" });
    checkEqual(await nameSelect.inputValue(), "name", "role of column Leistung");
    await screenshot("daten");
    await axe(page, "daten");
    await page.getByRole("button", { name: "Spalten bestätigen" }).click();

    // 2. Vorschlag: the count is live; the slider moves by keyboard.
    const count = page.getByTestId("cluster-count");
    await count.getByText(/Teilprozesse → \d+ Bereiche?, \d+ Cluster/).waitFor({ timeout: 30_000 });
    const before = await count.innerText();
    const slider = page.getByRole("slider", { name: "Feinheit" });
    await slider.focus();
    for (let i = 0; i < 10; i += 1) await page.keyboard.press("ArrowLeft");
    await page
      .waitForFunction(
        (old) => document.querySelector("[data-testid=cluster-count]")?.textContent !== old,
        before,
        { timeout: 5_000 },
      )
      .catch(() => undefined);
    metric("Vorschlag: Anzahl bei Standard / feiner", `${before} / ${await count.innerText()}`);
    // The Bereich preview: groups with sizes before anything is written; the first one opened.
    const preview = page.getByTestId("proposal-preview");
    await preview.locator("li[data-bereich]").first().waitFor();
    const previewGroups = await preview.locator("li[data-bereich]").count();
    metric("Vorschlag: Bereiche in der Vorschau", `${previewGroups} (${await count.innerText()})`);
    await preview.locator("li[data-bereich]").first().getByRole("button").first().click();
    await preview.locator("li[data-bereich] ul li").first().waitFor();
    await preview.scrollIntoViewIfNeeded();
    await screenshot("vorschlag-bereiche");
    await axe(page, "vorschlag-bereiche");
    await page.getByRole("button", { name: "Erweitert" }).click();
    await page.getByRole("textbox", { name: /Synonyme/ }).waitFor();
    await screenshot("vorschlag");
    await axe(page, "vorschlag");
    await page.getByRole("button", { name: "Vorschlag übernehmen" }).click();

    // 3. Prüfen
    await page.getByRole("heading", { name: "Prüfen" }).waitFor();
    await page.getByText("In der Arbeitsmappe gespeichert.").waitFor();
    check((await cards(page).count()) >= 4, "fewer than four clusters proposed");
    await screenshot("pruefen");
    await axe(page, "pruefen");

    // Move by keyboard: expand the first cluster with Enter, open "Verschieben nach …" with Enter, pick a target.
    const first = cards(page).nth(0);
    await first.getByRole("button", { name: /^Mitglieder von/ }).focus();
    await page.keyboard.press("Enter");
    const keyboardMoved = (await memberNames(first))[0] ?? "";
    await first.getByRole("button", { name: `„${keyboardMoved}“ verschieben nach …` }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Verschieben nach …" });
    await dialog.waitFor();
    await screenshot("verschieben-tastatur");
    await axe(page, "dialog", ["[role=dialog]"]);
    const target = dialog.getByRole("combobox", { name: "Ziel-Cluster" });
    await target.focus();
    await page.keyboard.press("ArrowDown");
    const targetName = await target.evaluate(
      (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? "",
    );
    await page.keyboard.press("Tab");
    check(
      (await page.evaluate(() => document.activeElement?.textContent)) === "Verschieben",
      "Tab from the target does not reach „Verschieben“",
    );
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => true);
    await page.getByText("In der Arbeitsmappe gespeichert.").waitFor();
    checkEqual(
      clusterOf(await snapshot(page), keyboardMoved),
      targetName,
      `Cluster of ${keyboardMoved} after keyboard move`,
    );

    // Move by drag and drop: a member of the second cluster onto the (collapsed) first one, both in view.
    await first.getByRole("button", { name: /^Mitglieder von/ }).click();
    const second = cards(page).nth(1);
    const targetCard = cards(page).nth(0);
    await expand(second);
    const dragged = (await memberNames(second))[0] ?? "";
    const thirdName = await clusterName(targetCard);
    const source = second.locator("li[data-process-key]").first();
    await source.scrollIntoViewIfNeeded();
    const from = await source.boundingBox();
    const to = await targetCard.boundingBox();
    check(from !== null && to !== null, "drag source or target not visible");
    // Small real pointer steps, so Chromium starts its native HTML5 drag (dragstart → dragover → drop).
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i += 1)
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - i * 4);
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.waitForFunction(
      ([name, expected]) => {
        const snap = (
          window as unknown as { __prozesscluster: { snapshot: () => WorkbookSnapshot } }
        ).__prozesscluster.snapshot();
        const inv = snap.sheets.find((s) => s.name === "Prozessinventar");
        const col = inv?.rows[0]?.indexOf("Cluster") ?? -1;
        return inv?.rows.some((r) => r.includes(name) && r[col] === expected) === true;
      },
      [dragged, thirdName] as const,
      { timeout: 5_000 },
    );

    // Merge the two largest clusters.
    const mergeA = await clusterName(cards(page).nth(0));
    const mergeB = await clusterName(cards(page).nth(1));
    await page.getByRole("checkbox", { name: `Cluster „${mergeA}“ auswählen` }).check();
    await page.getByRole("checkbox", { name: `Cluster „${mergeB}“ auswählen` }).check();
    await page.getByRole("button", { name: "Auswahl zusammenführen (2)" }).click();
    const mergeDialog = page.getByRole("dialog", { name: "Cluster zusammenführen" });
    await mergeDialog.waitFor();
    await axe(page, "merge-dialog", ["[role=dialog]"]);
    await mergeDialog
      .getByRole("radio", { name: new RegExp(`^${escapeRegExp(mergeA)} \\(\\d+\\)$`) })
      .check();
    await mergeDialog.getByRole("button", { name: "Zusammenführen" }).click();
    await mergeDialog.waitFor({ state: "detached" });
    await page
      .getByRole("checkbox", { name: `Cluster „${mergeB}“ auswählen` })
      .waitFor({ state: "detached" });

    // Rename inline, then lock.
    const renamed = "Kfz-Angelegenheiten (geprüft)";
    await page.getByRole("button", { name: `„${mergeA}“ umbenennen` }).click();
    const input = page.getByRole("textbox", { name: `Neuer Name für „${mergeA}“` });
    await input.fill(renamed);
    await input.press("Enter");
    const lock = page.getByRole("button", { name: `„${renamed}“ sperren` });
    await lock.click();
    const unlock = page.getByRole("button", { name: `„${renamed}“ entsperren` });
    await unlock.waitFor();

    // Undo (unlock) and redo (lock again) with the keyboard shortcuts.
    await page.locator("body").click({ position: { x: 5, y: 800 } });
    await page.keyboard.press("Control+z");
    await lock.waitFor();
    await page.keyboard.press("Control+y");
    await unlock.waitFor();
    await page.getByText("In der Arbeitsmappe gespeichert.").waitFor();

    // Bereiche: rename the first one inline, then move a cluster of another Bereich into it.
    const firstBereich = (await bereichGroups(page).first().getAttribute("data-bereich")) ?? "";
    const bereichRenamed = "Ordnung und Verkehr (geprüft)";
    await page.getByRole("button", { name: `Bereich „${firstBereich}“ umbenennen` }).click();
    const bereichInput = page.getByRole("textbox", { name: `Neuer Name für Bereich „${firstBereich}“` });
    await bereichInput.fill(bereichRenamed);
    await bereichInput.press("Enter");
    const renamedGroup = page.locator(`li[data-bereich="${bereichRenamed}"]`);
    await renamedGroup.waitFor();
    const outside = page.locator(
      `li[data-bereich]:not([data-bereich="${bereichRenamed}"]) li[data-cluster-id]`,
    );
    check((await outside.count()) > 0, "no cluster outside the first Bereich to move");
    const movedCluster = await clusterName(outside.first());
    const movedId = (await outside.first().getAttribute("data-cluster-id")) ?? "";
    await expand(outside.first());
    const movedMember = (await memberNames(page.locator(`li[data-cluster-id="${movedId}"]`)))[0] ?? "";
    await page
      .getByRole("button", { name: `„${movedCluster}“ in einen anderen Bereich verschieben …` })
      .click();
    const bereichDialog = page.getByRole("dialog", { name: "In Bereich verschieben" });
    await bereichDialog.waitFor();
    const bereichConfirm = bereichDialog.getByRole("button", { name: "Verschieben" });
    check(await bereichConfirm.isDisabled(), "Bereich dialog confirms before a target is chosen");
    await bereichDialog
      .getByRole("combobox", { name: "Ziel-Bereich" })
      .selectOption({ label: bereichRenamed });
    await screenshot("bereich-verschieben");
    await axe(page, "bereich-dialog", ["[role=dialog]"]);
    await bereichConfirm.click();
    await bereichDialog.waitFor({ state: "detached" });
    await renamedGroup.locator(`li[data-cluster-id="${movedId}"]`).waitFor();
    await page.getByText("In der Arbeitsmappe gespeichert.").waitFor();
    await page.waitForFunction(
      ([name, expected]) => {
        const snap = (
          window as unknown as { __prozesscluster: { snapshot: () => WorkbookSnapshot } }
        ).__prozesscluster.snapshot();
        const inv = snap.sheets.find((s) => s.name === "Prozessinventar");
        const col = inv?.rows[0]?.indexOf("Bereich") ?? -1;
        return inv?.rows.some((r) => r.includes(name) && r[col] === expected) === true;
      },
      [movedMember, bereichRenamed] as const,
      { timeout: 5_000 },
    );
    // Close the opened clusters so the screenshot shows the Bereich groups.
    const openClusters = page.locator('li[data-cluster-id] button[aria-expanded="true"]');
    while ((await openClusters.count()) > 0) await openClusters.first().click();
    await page.getByTestId("review-headline").scrollIntoViewIfNeeded();
    await screenshot("geprueft");
    await axe(page, "geprueft");

    // Workbook after the review.
    const reviewed = await snapshot(page);
    checkEqual(
      clusterOf(reviewed, keyboardMoved),
      targetName === mergeB ? renamed : targetName === mergeA ? renamed : targetName,
      "keyboard move survived",
    );
    const definitions = sheetOf(reviewed, "Cluster");
    checkEqual(
      definitions.rows[0],
      [
        "Name",
        "Beschreibung",
        "gesperrt",
        "Herkunft",
        "Begründung",
        "Anzahl",
        "Bereich",
        "Bereich-Herkunft",
        "Bereich-Begründung",
        "ID",
      ],
      "definitions header",
    );
    // The internal ID is the last column, hidden.
    checkEqual(definitions.hiddenColumns, [9], "hidden ID column of the definitions");
    const [ID, NAME, LOCKED, BEREICH, BEREICH_ORIGIN] = [9, 0, 2, 6, 7];
    checkEqual(
      inventoryCell(reviewed, movedMember, "Bereich"),
      bereichRenamed,
      "Bereich of the moved cluster",
    );
    const movedRow = definitions.rows.find((row) => row[ID] === movedId);
    check(movedRow !== undefined, `moved cluster ${movedId} not in definitions`);
    checkEqual(movedRow[BEREICH], bereichRenamed, "Bereich of the moved cluster in definitions");
    checkEqual(
      String(movedRow[BEREICH_ORIGIN]).toLowerCase(),
      "manuell",
      "Bereich-Herkunft of the moved cluster",
    );
    check(
      !definitions.rows.slice(1).some((row) => row[BEREICH] === firstBereich),
      `renamed Bereich ${firstBereich} still in definitions`,
    );
    const renamedRow = definitions.rows.find((row) => row[NAME] === renamed);
    check(renamedRow !== undefined, "renamed cluster not in definitions");
    checkEqual(renamedRow[LOCKED], "ja", "renamed cluster locked in definitions");
    check(!definitions.rows.some((row) => row[NAME] === mergeB), "merged-away cluster still defined");
    const protocol = sheetOf(reviewed, "Änderungsprotokoll");
    const actions = protocol.rows.slice(1).map((row) => String(row[1]));
    check(actions.length >= 7, `protocol too short: ${actions.join(" | ")}`);
    check(actions[0] === "Vorschlag übernommen", `first protocol entry: ${actions[0]}`);
    check(
      actions.some((a) => a.startsWith("Rückgängig")),
      `no undo in protocol: ${actions.join(" | ")}`,
    );
    check(
      actions.some((a) => a.startsWith("Wiederholt")),
      `no redo in protocol: ${actions.join(" | ")}`,
    );
    metric("Protokolleinträge nach der Prüfung", String(actions.length));

    // 4. Bericht
    await page.getByRole("button", { name: "Weiter zum Bericht" }).click();
    await page.getByRole("heading", { name: "Bericht" }).waitFor();
    await page.getByRole("textbox", { name: "Drucksache-Nr." }).fill("2026/0815");
    await page.getByRole("textbox", { name: "Stichtag" }).fill("2026-06-30");
    await axe(page, "bericht");
    await page.getByRole("button", { name: "Bericht erstellen" }).click();
    await page.getByText(/Der Bericht steht auf dem Blatt/).waitFor({ timeout: 30_000 });
    await screenshot("bericht");
    await page.getByRole("button", { name: "Zur Übersicht springen" }).click();
    await page.locator("table[data-sheet='Cluster-Übersicht']").waitFor();
    await screenshot("uebersicht");

    const reported = await snapshot(page);
    const summary = sheetOf(reported, "Cluster-Übersicht");
    check(Object.keys(summary.formulas).length > 10, "summary has (almost) no formulas");
    check(
      summary.rows.some((row) => row.includes(renamed)),
      "renamed cluster missing in summary",
    );
    check(
      Object.values(summary.formulas).some((f) => f.includes("Prozesse[")),
      "summary formulas do not reference the inventory table",
    );
    checkEqual(reported.activeSheet, "Cluster-Übersicht", "active sheet after jump");
    check(reported.charts.length >= 1, "no charts recorded");
    await checkPreviewValues(page);
    await page.getByRole("tab", { name: "Diagramme" }).click();
    await page.locator("table[data-sheet='Diagramme']").waitFor();
    const pictures = page.getByRole("region", { name: "Arbeitsmappe (Vorschau)" }).getByRole("img");
    await pictures.first().waitFor();
    checkEqual(await pictures.count(), reported.charts.length, "chart pictures on the Diagramme sheet");
    check(
      // The sample has Bereiche: the charts show one bar per Bereich.
      ((await pictures.first().getAttribute("aria-label")) ?? "").startsWith("Umsetzungsstand je Bereich:"),
      "first chart picture is not the status chart",
    );
    check((await pictures.first().locator("rect").count()) > 10, "status chart has (almost) no bars");
    await screenshot("diagramme");
    await checkPublication(page, "2026-06-30");
    await screenshot("veroeffentlichung");
    check(errors.length === 0, `page errors: ${errors.join("; ")}`);
    await page.close();
  },
};

export const FLOW_TESTS: readonly E2eTest[] = [flow];
