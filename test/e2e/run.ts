/**
 * End-to-end runner: builds the preview (production), serves it on a free port, drives Debian's
 * Chromium with playwright-core through `flow.e2e.ts`, saves screenshots to test-output/e2e/ and prints
 * "N passed, M failed" (exit code 1 on any failure). Usage: `npx tsx test/e2e/run.ts [--no-build]`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { englishPane } from "./english.e2e";
import { FLOW_TESTS } from "./flow.e2e";
import { keyboardOnly } from "./keyboard.e2e";
import { largeInventory } from "./largeInventory.e2e";
import { namesOnly } from "./namesOnly.e2e";
import { residentPageTest } from "./residentPage.e2e";
import { launchChromium } from "./internals/launchChromium";
import { serveStatic } from "./internals/serveStatic";

const TESTS = [...FLOW_TESTS, englishPane, keyboardOnly, largeInventory, namesOnly, residentPageTest];
const root = resolve(__dirname, "../..");
const outDir = resolve(root, "test-output/e2e");

async function main(): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  if (!process.argv.includes("--no-build")) {
    const started = Date.now();
    execFileSync("npx", ["webpack", "--env", "preview", "--mode", "production"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    console.log(`preview built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await serveStatic(resolve(root, "dist-preview"));
  const browser = await launchChromium();
  const metrics: [string, string][] = [];
  let passed = 0;
  let failed = 0;
  try {
    const only = process.env.E2E_ONLY;
    for (const test of TESTS) {
      if (only !== undefined && !test.name.includes(only)) continue;
      const started = Date.now();
      try {
        await test.run({
          browser: browser.context,
          baseUrl: server.url,
          outDir,
          metric: (name, value) => metrics.push([name, value]),
        });
        passed += 1;
        console.log(`ok   ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed += 1;
        console.log(
          `FAIL ${test.name}\n     ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [name, value] of metrics) console.log(`  ${name}: ${value}`);
  console.log(`screenshots: ${outDir}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
