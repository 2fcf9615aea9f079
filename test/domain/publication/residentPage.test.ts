import fc from "fast-check";
import { escapeHtml } from "../../../src/domain/publication/escapeHtml";
import { residentPage, RESIDENT_PAGE_CSP } from "../../../src/domain/publication/residentPage";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

const options = { stichtag: "2026-12-31", reifegradModell: "1.1" as const };

function page(nameOfFirst = "Hund anmelden", bereich = "Ordnung & Tiere"): string {
  const rows = sampleRows(20).map((row, i) => (i === 0 ? { ...row, name: nameOfFirst } : row));
  const { inventory, clusters } = makeInventory(rows);
  return residentPage({
    inventory,
    clusters: clusters.map((c, i) => ({ ...c, bereich: i % 2 === 0 ? bereich : "Familie" })),
    options,
  });
}

describe("residentPage", () => {
  it("is one German, self-contained document with a strict Content-Security-Policy", () => {
    const html = page();
    expect(html.startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${RESIDENT_PAGE_CSP}">`);
    expect(RESIDENT_PAGE_CSP).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|src=|href=|url\(|@import|https?:/i);
  });

  it("says the size of the overview and the date in German", () => {
    const html = page();
    expect(html).toContain("Stand: 31.12.2026.");
    expect(html).toMatch(/20 Teilprozesse → 2 Bereiche, \d+ Cluster/);
  });

  it("shows each Bereich with a table of its clusters and progress with a text equivalent", () => {
    const html = page();
    expect(html).toContain('<h2 id="bereich-1">Ordnung &amp; Tiere</h2>');
    expect(html).toContain("<caption>Cluster im Bereich Familie</caption>");
    expect(html).toMatch(/<th scope="col">Teilprozesse<\/th>/);
    expect(html).toMatch(
      /<progress max="\d+" value="\d+" aria-label="[^"]+: \d+ von \d+ online \(\d+\s%\)">/,
    );
  });

  it("opens each cluster to its processes and the state of each, without a script", () => {
    const rows = sampleRows(20).map((row, i) => (i === 0 ? { ...row, name: "Hund anmelden" } : row));
    const { inventory, clusters } = makeInventory(rows);
    const html = residentPage({ inventory, clusters, options });
    const first = inventory.records[0];
    const withFirst = clusters.find((c) => c.keys.includes(first?.key ?? ""));
    expect(html).toContain(`<details><summary>${withFirst?.label ?? ""}</summary><ul>`);
    expect(html).toContain(`<li>Hund anmelden – ${first?.status ?? ""}</li>`);
    // Every process is listed once.
    expect(html.match(/<li>/g)?.length).toBe(inventory.records.length);
  });

  it("escapes every text from the workbook", () => {
    const attack = "<img src=x onerror=alert(1)>";
    const html = page(attack, `"><script>alert(2)</script>`);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("escapeHtml leaves no markup character unescaped", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
        expect(escapeHtml(text).replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
      }),
    );
  });
});
