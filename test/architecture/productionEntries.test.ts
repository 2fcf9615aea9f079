import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The production bundles (webpack entries "taskpane" and "commands") must not contain the browser preview.
 * eslint checks each file's own imports; this follows the whole import graph from the entries, static and
 * dynamic `import()` alike, as webpack does.
 */
const root = path.resolve(__dirname, "../..");
const PRODUCTION_ENTRIES = ["src/taskpane/index.tsx", "src/commands/commands.ts"];
const PREVIEW_ROOM = "src/taskpane/preview/";

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
};

/** The project files under src/ that `file` imports (relative to the root, "/" separated). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, path.join(root, file), compilerOptions, ts.sys)
      .resolvedModule?.resolvedFileName;
    if (resolved === undefined || resolved.includes("node_modules")) return [];
    const relative = path.relative(root, resolved).split(path.sep).join("/");
    return relative.startsWith("src/") ? [relative] : [];
  });
}

/** Every source file reachable from `entries`. */
function reachableFrom(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

describe("production entries", () => {
  it("are the entries webpack builds the add-in from", () => {
    const config = readFileSync(path.join(root, "webpack.config.js"), "utf8");
    for (const entry of PRODUCTION_ENTRIES) expect(config).toContain(`"./${entry}"`);
  });

  it("reach nothing in src/taskpane/preview, directly or through other files", () => {
    const reached = [...reachableFrom(PRODUCTION_ENTRIES)];
    expect(reached.filter((file) => file.startsWith(PREVIEW_ROOM))).toEqual([]);
  });

  it("follow dynamic imports (the sample loader) and the gateway port", () => {
    const reached = reachableFrom(PRODUCTION_ENTRIES);
    expect(reached).toContain("src/sample/loadSampleRows.ts");
    expect(reached).toContain("src/workbook/gateway.ts");
    expect(reached).toContain("src/excel/officeGateway.ts");
  });

  it("would catch the preview: the preview's own entry reaches it", () => {
    const reached = reachableFrom(["src/taskpane/preview/main.tsx"]);
    expect(reached).toContain("src/taskpane/preview/SheetView.tsx");
    expect(reached).toContain("src/workbook/memory/memoryGateway.ts");
  });
});
