// `npm run build:cli` (and `prepare`, so `npm install`/`npm ci` leave a working command): bundles the
// command line, src/cli/main.ts with the domain and the runtime packages it uses, into one CommonJS file,
// dist-cli/prozesscluster.js, which bin/prozesscluster.js loads. No TypeScript is compiled at start-up.
//
// esbuild rather than webpack (the pane's build tool): it runs on every `npm ci` and before every Jest run,
// and measured 0.7 s wall / 0.25 s CPU here against 6.2 s / 8.7 s for the same single-file bundle as a
// webpack 5 + ts-loader (transpileOnly) target; tsx (the development runner) compiles with esbuild too, so
// sources and bundle are transformed alike.
// Not minified: the saving in start-up is within the noise (`npm run bench:cli`), readable traces are not.
import { fileURLToPath } from "node:url";
import { dirname, join, relative } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI_BUNDLE = join(root, "dist-cli", "prozesscluster.js");

/**
 * esbuild, a devDependency. An install without them (`npm ci --omit=dev`) runs `prepare` too: there the
 * missing bundle is reported and the install goes on; `npm run build:cli` itself fails.
 */
async function loadEsbuild() {
  try {
    return await import("esbuild");
  } catch (error) {
    if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
    const during = process.env.npm_lifecycle_event === "prepare";
    console.error(
      "esbuild fehlt (Installation ohne Entwicklungswerkzeuge): die Kommandozeile wurde nicht gebaut. " +
        "Mit „npm install“ (samt devDependencies) wird sie gebaut.",
    );
    process.exit(during ? 0 : 1);
  }
}

const { build } = await loadEsbuild();
const started = Date.now();
try {
  await build({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // The bundle finds package.json and assets/ by walking up from its own folder (src/cli/packageRoot.ts).
    banner: { js: "// Built by scripts/build-cli.mjs from src/cli (npm run build:cli). Do not edit." },
    logLevel: "warning",
  });
} catch {
  // esbuild has printed the errors.
  console.error("Die Kommandozeile ließ sich nicht bauen (siehe oben).");
  process.exit(1);
}
console.log(`${relative(process.cwd(), CLI_BUNDLE) || CLI_BUNDLE} gebaut (${Date.now() - started} ms)`);
