/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { JSDOM, ResourceLoader } from "jsdom";

const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

/** Inline scripts of the page (those without a src attribute). */
function inlineScripts(): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
}

async function pageWith(userAgent: string): Promise<JSDOM> {
  // The office.js tag is dropped: the guard must work before and without it.
  const page = html.replace(/<script[^>]*\bsrc=[^>]*><\/script>/, "");
  const dom = new JSDOM(page, { runScripts: "dangerously", resources: new ResourceLoader({ userAgent }) });
  if (dom.window.document.readyState === "loading")
    await new Promise((done) => dom.window.document.addEventListener("DOMContentLoaded", done));
  return dom;
}

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

describe("taskpane.html: old-webview guard", () => {
  it("is plain ES5, so IE11 can parse it", () => {
    const scripts = inlineScripts();
    expect(scripts).toHaveLength(1);
    for (const source of scripts) expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ["IE11 (Trident)", IE11],
    ["Edge Legacy (EdgeHTML)", EDGE_HTML],
  ])("shows the German requirements on %s and flags the bundle not to start", async (_name, agent) => {
    const dom = await pageWith(agent);
    const text = dom.window.document.getElementById("container")?.textContent ?? "";
    expect(text).toContain("kann in dieser Excel-Version nicht starten");
    expect(text).toContain("Microsoft 365");
    expect(text).toContain("WebView2");
    expect(text).toContain("Excel im Web");
    expect(
      (dom.window as unknown as { prozessclusterUnsupportedWebview?: boolean })
        .prozessclusterUnsupportedWebview,
    ).toBe(true);
  });

  it("leaves the pane alone on WebView2 (Chromium Edge, 'Edg/')", async () => {
    const dom = await pageWith(WEBVIEW2);
    expect(dom.window.document.getElementById("container")?.innerHTML).toBe("");
    expect(
      (dom.window as unknown as { prozessclusterUnsupportedWebview?: boolean })
        .prozessclusterUnsupportedWebview,
    ).toBeUndefined();
  });
});
