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

/** A probe that imports the module `from` into a file at `filePath`. */
const importing = (filePath: string, from: string): Probe => ({
  filePath,
  code: `import * as m from "${from}";\nexport const x = m;\n`,
});

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
    code: 'import type { WorkbookGateway } from "../../workbook/gateway";\nexport type X = WorkbookGateway;\n',
  },
  domainWorkbook: importing("src/domain/review/probe.ts", "../../workbook/gateway"),
  domainSample: importing("src/domain/review/probe.ts", "../../sample/builtinSample"),
  // src/workbook: the port and the in-memory adapter use the domain only.
  workbookDomain: importing("src/workbook/memory/probe.ts", "../../domain/summary/history"),
  workbookPort: importing("src/workbook/memory/probe.ts", "../gateway"),
  workbookReact: importing("src/workbook/memory/probe.ts", "react"),
  workbookExcel: importing("src/workbook/probe.ts", "../excel/runExcel"),
  workbookTaskpane: importing("src/workbook/memory/probe.ts", "../../taskpane/preview/SheetView"),
  workbookSample: importing("src/workbook/memory/probe.ts", "../../sample/loadSampleRows"),
  workbookOffice: {
    filePath: "src/workbook/memory/probe.ts",
    code: "export const run = () => Excel.run(async (context) => context.sync());\n",
  },
  // src/sample: data and its loader, on the domain's types only.
  sampleDomain: importing("src/sample/probe.ts", "../domain/inventory/types"),
  sampleFluent: importing("src/sample/probe.ts", "@fluentui/react-components"),
  sampleWorkbook: importing("src/sample/probe.ts", "../workbook/memory/MemoryWorkbook"),
  sampleTaskpane: importing("src/sample/probe.ts", "../taskpane/Root"),
  sampleDocument: { filePath: "src/sample/probe.ts", code: "export const x = document.title;\n" },
  // src/excel: implements the port; imports workbook and domain.
  excelPort: importing("src/excel/probe.ts", "../workbook/gateway"),
  excelDomain: importing("src/excel/probe.ts", "../domain/inventory/types"),
  excelTaskpane: importing("src/excel/probe.ts", "../taskpane/GatewayContext"),
  excelSample: importing("src/excel/probe.ts", "../sample/loadSampleRows"),
  excelReact: importing("src/excel/probe.ts", "react"),
  // src/taskpane: workbook, sample and domain; the Office gateway only in the production entry.
  paneMemory: importing("src/taskpane/state/probe.ts", "../../workbook/memory/memoryGateway"),
  paneSample: importing("src/taskpane/state/probe.ts", "../../sample/loadSampleRows"),
  paneOfficeGateway: importing("src/taskpane/components/Probe.tsx", "../../excel/officeGateway"),
  entryOfficeGateway: importing("src/taskpane/index.tsx", "../excel/officeGateway"),
  entryOfficeInternals: importing("src/taskpane/index.tsx", "../excel/runExcel"),
  // The production pane ships without the browser preview; the preview may use the pane.
  entryPreview: importing("src/taskpane/index.tsx", "./preview/SheetView"),
  entryPreviewDynamic: {
    filePath: "src/taskpane/index.tsx",
    code: 'export const load = () => import("./preview/formatCellValue");\n',
  },
  panePreview: importing("src/taskpane/steps/Probe.tsx", "../preview/formatCellValue"),
  previewPane: importing("src/taskpane/preview/probe.ts", "../Root"),
  previewMemory: importing("src/taskpane/preview/probe.ts", "../../workbook/memory/MemoryWorkbook"),
  previewAdapter: importing("src/taskpane/preview/probe.ts", "../../excel/officeGateway"),
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

  it.each(["domainWorkbook", "domainSample"] as const)(
    "keeps src/domain free of the other rooms: %s",
    (name) => {
      expect(messagesOf(name)).toMatch(/no-restricted-imports: .*src\/domain imports nothing outside itself/);
    },
  );

  it.each(["workbookDomain", "workbookPort"] as const)(
    "lets src/workbook use the domain and itself: %s",
    (name) => {
      expect(messagesOf(name)).toBe("");
    },
  );

  it.each(["workbookReact", "workbookExcel", "workbookTaskpane", "workbookSample"] as const)(
    "rejects imports outside the domain in src/workbook: %s",
    (name) => {
      expect(messagesOf(name)).toMatch(
        /^no-restricted-imports: .*src\/workbook (is the workbook port|imports src\/domain only)/,
      );
    },
  );

  it("rejects Office.js runtime calls in src/workbook", () => {
    expect(messagesOf("workbookOffice")).toMatch(
      /^no-restricted-globals: .*src\/workbook uses no Office.js runtime/,
    );
  });

  it("lets src/sample use the domain's types", () => {
    expect(messagesOf("sampleDomain")).toBe("");
  });

  it.each(["sampleFluent", "sampleWorkbook", "sampleTaskpane"] as const)(
    "rejects UI and room imports in src/sample: %s",
    (name) => {
      expect(messagesOf(name)).toMatch(
        /^no-restricted-imports: .*src\/sample (is sample data|imports src\/domain only)/,
      );
    },
  );

  it("rejects DOM globals in src/sample", () => {
    expect(messagesOf("sampleDocument")).toMatch(
      /^no-restricted-globals: .*src\/sample uses no Office.js runtime and no DOM/,
    );
  });

  it.each(["excelPort", "excelDomain"] as const)("lets src/excel use the port and the domain: %s", (name) => {
    expect(messagesOf(name)).toBe("");
  });

  it.each(["excelTaskpane", "excelSample", "excelReact"] as const)(
    "rejects other imports in src/excel: %s",
    (name) => {
      expect(messagesOf(name)).toMatch(/^no-restricted-imports: .*src\/excel implements the workbook port/);
    },
  );

  it.each(["paneMemory", "paneSample", "entryOfficeGateway", "previewPane", "previewMemory"] as const)(
    "lets the task pane use workbook, sample and (entry only) the Office gateway: %s",
    (name) => {
      expect(messagesOf(name)).toBe("");
    },
  );

  it.each(["paneOfficeGateway", "entryOfficeInternals", "previewAdapter"] as const)(
    "keeps the Office adapter out of the pane except the entry's gateway: %s",
    (name) => {
      expect(messagesOf(name)).toMatch(
        /^no-restricted-imports: .*(WorkbookGateway port|creates the Office gateway)/,
      );
    },
  );

  it.each(["entryPreview", "entryPreviewDynamic", "panePreview"] as const)(
    "keeps the browser preview out of the production pane: %s",
    (name) => {
      expect(messagesOf(name)).toMatch(
        /^no-restricted-(imports|syntax): .*production task pane imports nothing from src\/taskpane\/preview/,
      );
    },
  );
});
