import { readFileSync } from "node:fs";
import { join } from "node:path";

// scripts/addinUrl.cjs is plain CommonJS shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const addin = require("../../scripts/addinUrl.cjs") as {
  DEFAULT_PROVIDER: string;
  resolveAddinUrl(value: string | undefined): string;
  resolveProvider(value: string | undefined): string;
  rewriteManifest(xml: string, options: { url: string; provider: string }): string;
};

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

describe("production manifest URL and provider", () => {
  it("adds the missing trailing slash, so asset URLs keep their separator", () => {
    const url = addin.resolveAddinUrl("https://intranet.example.de/prozesscluster");
    expect(url).toBe("https://intranet.example.de/prozesscluster/");
    const xml = addin.rewriteManifest(manifest, { url, provider: addin.resolveProvider(undefined) });
    expect(xml).toContain('"https://intranet.example.de/prozesscluster/assets/icon-16.png"');
    expect(xml).not.toContain("prozessclusterassets");
    expect(xml).not.toContain("localhost");
  });

  it("fails loudly without ADDIN_URL or with a non-https one", () => {
    expect(() => addin.resolveAddinUrl(undefined)).toThrow(/ADDIN_URL fehlt/);
    expect(() => addin.resolveAddinUrl("  ")).toThrow(/ADDIN_URL fehlt/);
    expect(() => addin.resolveAddinUrl("http://intranet/pc/")).toThrow(/https/);
    expect(() => addin.resolveAddinUrl("intranet/pc")).toThrow(/keine gültige Adresse/);
  });

  it("names the organisation as provider, configurable and XML-safe", () => {
    expect(manifest).toContain(`<ProviderName>${addin.DEFAULT_PROVIDER}</ProviderName>`);
    const xml = addin.rewriteManifest(manifest, {
      url: "https://a.example/",
      provider: addin.resolveProvider("Stadt Musterstadt – IT & Organisation"),
    });
    expect(xml).toContain("<ProviderName>Stadt Musterstadt – IT &amp; Organisation</ProviderName>");
  });
});
