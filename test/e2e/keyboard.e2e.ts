/** The whole flow with the keyboard alone (Tab and Enter), as a person without a mouse would do it. */
import type { E2eTest } from "./internals/e2eTest";

export const keyboardOnly: E2eTest = {
  name: "keyboard alone reaches the review",
  run: async ({ browser, baseUrl }) => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.getByRole("button", { name: "Los geht’s" }).waitFor();
    const tabTo = async (name: string | RegExp) => {
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press("Tab");
        const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
        if (typeof name === "string" ? label.includes(name) : name.test(label)) return;
      }
      throw new Error(`Tab never reached ${String(name)}`);
    };
    await tabTo("Los geht’s");
    await page.keyboard.press("Enter");
    await page.getByText(/\d+ Teilprozesse erkannt/).waitFor();
    await tabTo("Spalten bestätigen");
    await page.keyboard.press("Enter");
    await page
      .getByTestId("cluster-count")
      .getByText(/→ \d+ Bereiche?, \d+ Cluster/)
      .waitFor({ timeout: 30_000 });
    await tabTo("Vorschlag übernehmen");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Prüfen" }).waitFor();
    await tabTo("Weiter zum Bericht");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Bericht" }).waitFor();
    await tabTo("Bericht erstellen");
    await page.keyboard.press("Enter");
    await page.getByText(/Der Bericht steht auf dem Blatt/).waitFor({ timeout: 30_000 });
    await page.close();
  },
};
