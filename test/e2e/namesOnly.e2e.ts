/**
 * An inventory of names alone (the sample's "Leistung" column): with the catalogue on, "automatisch"
 * forms the Bereiche from the task areas of a municipal administration, in the worker, and says so.
 */
import { join } from "node:path";
import type { E2eTest } from "./internals/e2eTest";
import { check } from "./internals/expect";

export const namesOnly: E2eTest = {
  name: "names only: Bereiche from the task areas (Bürgerbüro, Standesamt …)",
  run: async ({ browser, baseUrl, outDir, metric }) => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}?namen`);
    await page.getByRole("button", { name: "Los geht’s" }).click();
    await page.getByText(/246 Teilprozesse erkannt/).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Spalten bestätigen" }).click();
    const count = page.getByTestId("cluster-count");
    await count.getByText(/246 Teilprozesse → \d+ Bereiche, \d+ Cluster/).waitFor({ timeout: 30_000 });
    const preview = page.getByTestId("proposal-preview");
    await preview.locator("li[data-bereich]").first().waitFor();
    const labels = await preview
      .locator("li[data-bereich]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-bereich") ?? ""));
    metric("Nur Namen: Bereiche in der Vorschau", `${labels.length}: ${labels.join(" · ")}`);
    check(
      labels.includes("Fahrzeugzulassung & Fahrerlaubnis"),
      `no task-area Bereich "Fahrzeugzulassung & Fahrerlaubnis" among ${labels.join(", ")}`,
    );
    check(labels.length >= 5 && labels.length <= 25, `${labels.length} Bereiche, not 5–25`);
    check(
      (await page.getByText(/nach den Aufgabenbereichen von Kommune und Land/).count()) > 0,
      "the pane does not say that the Bereiche come from the task areas",
    );
    await preview.locator("li[data-bereich]").first().getByRole("button").first().click();
    await preview.locator("li[data-bereich] ul li").first().waitFor();
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outDir, "95-nur-namen-aufgabenbereiche.png") });
    // Accepted, the task areas land in the workbook's Bereich column next to the names.
    await page.getByRole("button", { name: "Vorschlag übernehmen" }).click();
    await page.getByRole("heading", { name: "Prüfen" }).waitFor();
    await page.getByText("In der Arbeitsmappe gespeichert.").waitFor();
    const bereichOf = await page.evaluate(() => {
      const snap = (
        window as unknown as {
          __prozesscluster: { snapshot: () => { sheets: { name: string; rows: unknown[][] }[] } };
        }
      ).__prozesscluster.snapshot();
      const inventory = snap.sheets.find((s) => s.name === "Prozessinventar");
      const column = inventory?.rows[0]?.indexOf("Bereich") ?? -1;
      return Object.fromEntries(
        (inventory?.rows ?? []).slice(1).map((r) => [String(r[0]), String(r[column])]),
      );
    });
    check(
      bereichOf["Eheschließung"] === "Standesamt & Personenstand",
      `"Eheschließung" is in Bereich "${bereichOf["Eheschließung"] ?? ""}" in the workbook`,
    );
    await page.screenshot({ path: join(outDir, "96-nur-namen-pruefen.png") });
    await page.close();
  },
};
