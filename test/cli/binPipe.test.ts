import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

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
});
