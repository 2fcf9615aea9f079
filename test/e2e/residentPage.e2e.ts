/**
 * The page for residents in real Chromium: the sample inventory's report rendered by `residentPage`,
 * loaded as a file, scanned by axe (WCAG 2.1 A/AA: no serious or critical findings) with a cluster
 * folded and opened to its processes, checked for blocked requests and escaped text, and photographed
 * for the README.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { residentPage } from "../../src/domain/publication/residentPage";
import { makeInventory, sampleRows } from "../support/summaryInventories";
import type { E2eTest } from "./internals/e2eTest";
import { check } from "./internals/expect";
import { scanAccessibility } from "./internals/scanAccessibility";

export const residentPageTest: E2eTest = {
  name: "resident page: accessible, self-contained, escaped",
  run: async ({ browser, outDir }) => {
    const attack = "<img src=x onerror=alert(1)>";
    const rows = sampleRows(40).map((row, i) => (i % 5 === 1 ? { ...row, cluster: attack } : row));
    const { inventory, clusters } = makeInventory(rows);
    const html = residentPage({
      inventory,
      clusters: clusters.map((c, i) => ({
        ...c,
        bereich: i % 2 === 0 ? "Ordnung & Sicherheit" : "Familie & Soziales",
      })),
      options: { stichtag: "2026-12-31", reifegradModell: "1.1" },
    });
    const file = join(outDir, "einwohner.html");
    writeFileSync(file, html, "utf8");
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("file:")) requests.push(request.url());
    });
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await page.setViewportSize({ width: 900, height: 1200 });
      await page.goto(pathToFileURL(file).href);
      check((await page.getAttribute("html", "lang")) === "de", "page language is German");
      const text = await page.textContent("body");
      check(text?.includes(attack) === true, "a cluster named like markup shows as text");
      check(dialogs.length === 0, `no script ran: ${dialogs.join(", ")}`);
      check(requests.length === 0, `no requests to other addresses: ${requests.join(", ")}`);
      const violations = await scanAccessibility(page, ["body"]);
      check(violations.length === 0, `axe: ${JSON.stringify(violations, null, 1)}`);
      // A cluster opens to its processes and their state by a click, without a script.
      const first = page.locator("details").first();
      const member = inventory.records.find((r) => clusters[0]?.keys.includes(r.key));
      const listed = first.locator("li", { hasText: member?.name ?? "?" }).first();
      check(!(await listed.isVisible()), "a cluster's processes are folded at first");
      await first.locator("summary").click();
      check(await listed.isVisible(), "a click on the cluster shows its processes");
      const opened = await scanAccessibility(page, ["body"]);
      check(opened.length === 0, `axe (opened): ${JSON.stringify(opened, null, 1)}`);
      const shot = join(outDir, "einwohner.png");
      await page.screenshot({ path: shot, fullPage: false });
      const assets = resolve(__dirname, "../../assets/screenshots");
      mkdirSync(assets, { recursive: true });
      copyFileSync(shot, join(assets, "einwohner-seite.png"));
    } finally {
      await page.close();
    }
  },
};
