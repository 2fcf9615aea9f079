#!/usr/bin/env node
// Entry point of the `prozesscluster` command. The CLI is TypeScript run through tsx's loader, so it works
// right after `npm install` in the project folder without a separate build step.

// Output piped into `head` or a closed pager: stop quietly, as Unix tools do, instead of an EPIPE trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

import("tsx/esm/api")
  .then(({ register }) => {
    // Both hooks: the ESM one for the subcommands' lazy `import()`, the CommonJS one for `require`.
    register();
    require("tsx/cjs");
    return require("../src/cli/main.ts");
  })
  .then(({ main }) =>
    main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
    }),
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`Unerwarteter Fehler: ${error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
