import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

// The bin runs dist-cli/prozesscluster.js, which test/buildCliBundle.ts (Jest globalSetup) builds first.
describe("bin/prozesscluster.js", () => {
  it("stops quietly when its output is piped into head (no EPIPE trace)", () => {
    // Enough output to fill the pipe after `head` has exited: the inspect report of the sample, repeated.
    const command =
      `for i in 1 2 3; do node bin/prozesscluster.js inspect assets/sample/prozessinventar.xlsx --json; done ` +
      `2>/tmp/prozesscluster-pipe-err | head -c 100 >/dev/null; cat /tmp/prozesscluster-pipe-err`;
    const result = spawnSync("bash", ["-c", command], { cwd: ROOT, encoding: "utf8" });
    expect(result.stdout).not.toMatch(/EPIPE|Unerwarteter Fehler|Error/);
  }, 60_000);

  it("prints its version", () => {
    const result = spawnSync(process.execPath, ["bin/prozesscluster.js", "--version"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^prozesscluster \d+\.\d+\.\d+\n$/);
  }, 30_000);

  it("runs the bundle from any working folder and finds the shipped OZG catalogue", () => {
    const dir = mkdtempSync(join(tmpdir(), "prozesscluster-bin-"));
    try {
      const input = join(ROOT, "assets", "sample", "prozessinventar.csv");
      const result = spawnSync(
        process.execPath,
        [join(ROOT, "bin", "prozesscluster.js"), "cluster", input, "-o", "out.csv", "--katalog-spalten"],
        { cwd: dir, encoding: "utf8" },
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const header = readFileSync(join(dir, "out.csv"), "utf8").split("\n")[0] ?? "";
      // The catalogue's columns are only written when the catalogue was read.
      expect(header).toContain("OZG-Leistung (Katalog)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("says in German how to build the command when the bundle is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "prozesscluster-bin-"));
    try {
      mkdirSync(join(dir, "bin"));
      copyFileSync(join(ROOT, "bin", "prozesscluster.js"), join(dir, "bin", "prozesscluster.js"));
      const result = spawnSync(process.execPath, [join(dir, "bin", "prozesscluster.js"), "--version"], {
        encoding: "utf8",
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("Die Kommandozeile ist noch nicht gebaut");
      expect(result.stderr).toContain("npm run build:cli");
      expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
