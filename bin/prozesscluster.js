#!/usr/bin/env node
// Entry point of the `prozesscluster` command. It runs the bundled CLI, dist-cli/prozesscluster.js, which
// `npm install`/`npm ci` build (the `prepare` script; by hand: `npm run build:cli`), so no TypeScript is
// compiled at start-up. Without the bundle it says in German how to build it rather than falling back to
// tsx: tsx is a development tool, and a silent fallback would run something other than what the tests
// check, several times slower. Straight from the sources (development): `npm run cli -- <Befehl> …`.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const bundle = join(__dirname, "..", "dist-cli", "prozesscluster.js");
if (existsSync(bundle)) {
  require(bundle).runProcess();
} else {
  process.stderr.write(
    `Die Kommandozeile ist noch nicht gebaut: ${bundle} fehlt.\n` +
      "Bitte im Projektordner „npm run build:cli“ ausführen (geschieht sonst bei „npm install“).\n",
  );
  process.exitCode = 1;
}
