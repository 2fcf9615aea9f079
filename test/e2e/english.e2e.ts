/**
 * The pane switched to English: Data → Proposal → Review (with a refused move into a locked cluster) →
 * Report on the sample, collecting the pane's visible text at every step (not the preview's sheet
 * grid). Fails on German sentences — German function words outside elements marked `lang="de"`, which
 * is where the pane shows the user's data (process, cluster and Bereich names, column headers, cell
 * values). Prints every German text it finds.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { E2eTest } from "./internals/e2eTest";
import { check } from "./internals/expect";

/** Words that occur in German sentences and not in English ones (compared ignoring case). */
const GERMAN_WORDS = [
  "und",
  "der",
  "die",
  "das",
  "dem",
  "den",
  "des",
  "nicht",
  "mit",
  "für",
  "ist",
  "sind",
  "wird",
  "werden",
  "wurde",
  "bei",
  "von",
  "kein",
  "keine",
  "keinen",
  "gleiche",
  "gleichen",
  "gemeinsame",
  "gemeinsamen",
  "zeile",
  "zeilen",
  "spalte",
  "oder",
  "auf",
  "aus",
  "zum",
  "zur",
  "über",
  "sich",
  "auch",
  "bitte",
  "nur",
  "eine",
  "einer",
  "einen",
  "ähnliche",
  "ähnlichen",
  "gesperrt",
  "zugeordnet",
  "prozesse",
  "teilprozesse",
];

/** One text of the pane that contains German words outside `lang="de"`. */
interface GermanText {
  readonly words: string[];
  readonly text: string;
}

/**
 * Visible text nodes of the pane (the preview's `aside`) that are not inside an element marked
 * `lang="de"`, with the German words each contains. Closed `<select>` options are not visible text.
 */
async function germanInPane(page: Page): Promise<GermanText[]> {
  // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
  return page.evaluate((words) => {
    const german = new Set(words);
    const pane = document.querySelector("aside");
    const found: { words: string[]; text: string }[] = [];
    if (pane === null) return found;
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest("option, script, style") !== null) continue;
      if ((parent.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("de")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const text = node.textContent ?? "";
      const hits = text.split(/[^\p{L}]+/u).filter((word) => german.has(word.toLocaleLowerCase("de-DE")));
      if (hits.length > 0) found.push({ words: hits, text: text.trim() });
    }
    return found;
  }, GERMAN_WORDS);
}

export const englishPane: E2eTest = {
  name: "English pane shows no German sentence in the four steps",
  run: async ({ browser, baseUrl, outDir, metric }) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const german: string[] = [];
    const collect = async (step: string) => {
      for (const hit of await germanInPane(page))
        german.push(`${step}: [${hit.words.join(", ")}] ${hit.text}`);
      await page.screenshot({ path: join(outDir, `en-${step}.png`) });
    };

    await page.goto(baseUrl);
    await page.getByRole("combobox", { name: "Sprache" }).waitFor();
    // Two odd cells in the sample, so the data step lists notes and the report a notice.
    await page.evaluate(() => {
      const { workbook } = (
        window as unknown as {
          __prozesscluster: {
            workbook: {
              cellAt: (sheet: string, row: number, column: number) => { value: unknown } | undefined;
              setCell: (sheet: string, row: number, column: number, cell: { value: string }) => void;
            };
          };
        }
      ).__prozesscluster;
      const headers = Array.from({ length: 30 }, (_, c) => workbook.cellAt("Prozessinventar", 1, c)?.value);
      workbook.setCell("Prozessinventar", 3, headers.indexOf("Fallzahl p.a."), { value: "viel" });
      workbook.setCell("Prozessinventar", 4, headers.indexOf("Status"), { value: "wartet auf Land" });
    });
    await page.getByRole("combobox", { name: "Sprache" }).selectOption("en");
    await page.getByRole("button", { name: "Get started" }).click();
    check((await page.locator('aside [lang="en"]').count()) > 0, "the English pane is not marked lang=en");

    // 1. Data, with its notes on the sample's data.
    await page.getByText(/\d+ sub-processes recognised/).waitFor();
    await page.getByRole("heading", { name: "Notes on the data (2)" }).waitFor();
    await page.getByText(/is not a number/).waitFor();
    await collect("data");
    await page.getByRole("button", { name: "Confirm columns" }).click();

    // 2. Proposal, with the Bereich preview opened.
    await page
      .getByTestId("cluster-count")
      .getByText(/sub-processes → \d+ areas?, \d+ clusters/)
      .waitFor({ timeout: 30_000 });
    const preview = page.getByTestId("proposal-preview");
    await preview.locator("li[data-bereich]").first().getByRole("button").first().click();
    await preview.locator("li[data-bereich] ul li").first().waitFor();
    await collect("proposal");
    await page.getByRole("button", { name: "Accept proposal" }).click();

    // 3. Review: lock the second cluster, then try to move a process of the first into it (refused).
    await page.getByRole("heading", { name: "Review" }).waitFor();
    await page.getByText("Saved in the workbook.").waitFor();
    const cards = page.locator("li[data-cluster-id]");
    const locked = (await cards.nth(1).getAttribute("aria-label")) ?? "";
    await page.getByRole("button", { name: `Lock “${locked}”` }).click();
    await page.getByRole("button", { name: `Unlock “${locked}”` }).waitFor();
    const first = cards.nth(0);
    await first.getByRole("button", { name: /^Show members of/ }).click();
    const member = (
      await first.locator("li[data-process-key] > span > span:first-child").first().innerText()
    ).trim();
    await first.getByRole("button", { name: `Move “${member}” to …` }).click();
    const dialog = page.getByRole("dialog", { name: "Move to …" });
    await dialog.waitFor();
    await dialog.getByRole("combobox", { name: "Target cluster" }).selectOption({ label: locked });
    await dialog.getByRole("button", { name: "Move" }).click();
    await dialog.waitFor({ state: "detached" });
    const refusal = page.getByRole("alert");
    await refusal.getByText(/is locked: no processes can be moved into it/).waitFor();
    await collect("review");

    // 4. Report.
    await page.getByRole("button", { name: "Continue to the report" }).click();
    await page.getByRole("heading", { name: "Report" }).waitFor();
    await page.getByRole("button", { name: "Create report" }).click();
    await page.getByText(/The report is on sheet/).waitFor({ timeout: 30_000 });
    await page.getByText(/have a status the formulas do not recognise/).waitFor();
    await collect("report");

    metric("English pane: texts with German words outside lang=de", String(german.length));
    for (const line of german) console.log(`  German: ${line}`);
    check(german.length === 0, `German in the English pane:\n${german.join("\n")}`);
    check(errors.length === 0, `page errors: ${errors.join("; ")}`);
    await page.close();
  },
};
