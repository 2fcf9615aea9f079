// `npm start` / `npm stop`: sideload into Excel desktop with office-addin-debugging where Excel can run
// (Windows, macOS). Elsewhere (e.g. a Linux server) there is no Excel: start the browser preview instead,
// which runs the same task pane against an in-memory workbook preloaded with the sample inventory.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const stop = process.argv.includes("--stop");
const require = createRequire(import.meta.url);
const hasExcel = process.platform === "win32" || process.platform === "darwin";
let debugging = null;
try {
  debugging = require.resolve("office-addin-debugging/cli.js");
} catch {
  debugging = null;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}

if (hasExcel && debugging !== null) {
  run(process.execPath, [debugging, stop ? "stop" : "start", "manifest.xml"]);
} else if (stop) {
  console.log("Kein Excel-Sideloading aktiv – nichts zu beenden.");
} else {
  console.log(
    hasExcel
      ? "office-addin-debugging ist nicht installiert (optionale Abhängigkeit). Starte stattdessen die Browser-Vorschau."
      : "Auf diesem System gibt es kein Excel. Starte die Browser-Vorschau mit Beispieldaten auf http://localhost:" +
          (process.env.PORT || 8080),
  );
  run("npx", ["webpack", "serve", "--env", "preview", "--mode", "development"]);
}
