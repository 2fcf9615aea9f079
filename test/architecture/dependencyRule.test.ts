import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * The architecture's dependency rule is enforced by eslint.config.mjs. These tests prove the rule is
 * live: forbidden imports in each room are reported, allowed ones are not.
 */
const root = path.resolve(__dirname, "../..");

interface Probe {
  readonly filePath: string;
  readonly code: string;
}

/** Lints all probes in one ESLint process (start-up dominates) and returns the rule ids per probe. */
function lintAll(probes: readonly Probe[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const probes = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const p of probes) {
        const [result] = await eslint.lintText(p.code, { filePath: p.filePath });
        out.push(result.messages.map((m) => m.ruleId + ": " + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const result = spawnSync(process.execPath, ["-e", script], {
    cwd: root,
    input: JSON.stringify(probes),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

const probes = {
  react: {
    filePath: "src/domain/clustering/probe.ts",
    code: 'import { useState } from "react";\nexport const x = useState;\n',
  },
  exceljs: {
    filePath: "src/domain/clustering/probe.ts",
    code: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
  },
  nodeFs: {
    filePath: "src/domain/clustering/probe.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n',
  },
  excel: {
    filePath: "src/domain/clustering/probe.ts",
    code: 'import { runExcel } from "../../excel/runExcel";\nexport const x = runExcel;\n',
  },
  clock: { filePath: "src/domain/review/probe.ts", code: "export const t = Date.now() + Math.random();\n" },
  inside: {
    filePath: "src/domain/clustering/probe.ts",
    code: 'import type { ProcessRecord } from "../inventory/types";\nexport type X = ProcessRecord;\n',
  },
  paneAdapter: {
    filePath: "src/taskpane/components/Probe.tsx",
    code: 'import { readInventory } from "../../excel/readInventory";\nexport const x = readInventory;\n',
  },
  paneGateway: {
    filePath: "src/taskpane/components/Probe.tsx",
    code: 'import type { WorkbookGateway } from "../../excel/gateway";\nexport type X = WorkbookGateway;\n',
  },
  otherInternals: {
    filePath: "src/domain/catalogue/probe.ts",
    code: 'import { tfidfVectors } from "../clustering/internals/tfidfVectors";\nexport const x = tfidfVectors;\n',
  },
  cliIntoDomainInternals: {
    filePath: "src/cli/commands/probe.ts",
    code: 'import { cellText } from "../../domain/inventory/internals/cellText";\nexport const x = cellText;\n',
  },
  excelIntoPaneInternals: {
    filePath: "src/excel/probe.ts",
    code: 'import { engineOver } from "../taskpane/worker/internals/engineOver";\nexport const x = engineOver;\n',
  },
  ownInternals: {
    filePath: "src/domain/clustering/probe.ts",
    code: 'import { tfidfVectors } from "./internals/tfidfVectors";\nexport const x = tfidfVectors;\n',
  },
  ancestorInternals: {
    filePath: "src/domain/clustering/bereiche/probe.ts",
    code: 'import { buildDendrogram } from "../internals/dendrogram";\nexport const x = buildDendrogram;\n',
  },
} satisfies Record<string, Probe>;

type ProbeName = keyof typeof probes;
const names = Object.keys(probes) as ProbeName[];
let messages: Record<ProbeName, string> | undefined;

beforeAll(() => {
  const results = lintAll(names.map((name) => probes[name]));
  messages = Object.fromEntries(names.map((name, i) => [name, (results[i] ?? []).join("\n")])) as Record<
    ProbeName,
    string
  >;
}, 120_000);

const messagesOf = (name: ProbeName): string => messages?.[name] ?? "";

describe("dependency rule", () => {
  it.each(["react", "exceljs", "nodeFs", "excel"] as const)(
    "rejects an impure import in src/domain: %s",
    (name) => {
      expect(messagesOf(name)).toMatch(
        /^no-restricted-imports: .* src\/domain (is pure|imports nothing outside itself)/,
      );
    },
  );

  it("rejects clocks and randomness in src/domain", () => {
    expect(messagesOf("clock")).toContain("no clock");
    expect(messagesOf("clock")).toContain("no randomness");
  });

  it("accepts imports inside src/domain", () => {
    expect(messagesOf("inside")).toBe("");
  });

  it("keeps the task pane away from Office.js adapters other than the gateway", () => {
    expect(messagesOf("paneAdapter")).toMatch(/no-restricted-imports: .*gateway/);
  });

  it.each(["otherInternals", "cliIntoDomainInternals", "excelIntoPaneInternals"] as const)(
    "keeps internals/ private to its parent folder: %s",
    (name) => {
      expect(messagesOf(name)).toMatch(/no-restricted-imports: .*internals\/ is private/);
    },
  );

  it.each(["ownInternals", "ancestorInternals"] as const)(
    "lets a folder and its subfolders use their own internals/: %s",
    (name) => {
      expect(messagesOf(name)).toBe("");
    },
  );

  it("lets the task pane use the gateway interface", () => {
    expect(messagesOf("paneGateway")).not.toMatch(/no-restricted-imports/);
  });
});
