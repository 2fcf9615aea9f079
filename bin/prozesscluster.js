#!/usr/bin/env node
// Entry point of the `prozesscluster` command. The CLI is TypeScript run through tsx, so it works right
// after `npm install` in the project folder without a separate build step.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Unerwarteter Fehler: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
