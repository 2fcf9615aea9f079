import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * Jest globalSetup: builds dist-cli/prozesscluster.js from the current sources before any suite runs, so
 * the tests that start bin/prozesscluster.js exercise the bundle users run, not a stale one (about 1 s).
 */
export default function buildCliBundle(): void {
  const root = join(__dirname, "..");
  const result = spawnSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`npm run build:cli failed:\n${result.stdout}${result.stderr}`);
}
