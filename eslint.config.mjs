// Lint policy. The Office add-in rules come from eslint-plugin-office-addins; the dependency rule of
// the architecture (see README) is enforced here with no-restricted-imports, so it is checked, not hoped.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** Imports that would make src/domain impure: hosts, UI, DOM, Node, file formats. */
const impureModules = [
  "react",
  "react-dom",
  "react-dom/*",
  "@fluentui/*",
  "office-addin-*",
  "exceljs",
  "jszip",
  "papaparse",
  "fs",
  "node:*",
  "path",
  "os",
  "child_process",
  "worker_threads",
];

/** The rooms of src/ (see README, Architecture) as import patterns. */
const rooms = {
  excel: "**/excel/**",
  taskpane: "**/taskpane/**",
  cli: "**/cli/**",
  commands: "**/commands/**",
  workbook: "**/workbook/**",
  sample: "**/sample/**",
};

/** Host and UI globals that only src/excel (Office.js) and the task pane (DOM) may touch. */
const hostGlobals = (room) =>
  ["Office", "Excel", "OfficeExtension", "window", "document", "localStorage"].map((name) => ({
    name,
    message: `${room} uses no Office.js runtime and no DOM.`,
  }));

/** Rules for the task pane's imports; the blocks below combine them per part of the pane. */
const paneImports = {
  browser: { group: [rooms.cli, "exceljs", "fs", "node:*"], message: "The task pane runs in the browser." },
  noAdapter: {
    group: [rooms.excel],
    message:
      "The task pane reaches the workbook only through the WorkbookGateway port in src/workbook; only the production entry (src/taskpane/index.tsx) creates the Office gateway.",
  },
  entryAdapter: {
    group: [rooms.excel, "!**/excel/officeGateway"],
    message: "The production entry creates the Office gateway and uses nothing else from src/excel.",
  },
  noPreview: {
    group: ["**/preview", "**/preview/**"],
    message: "The production task pane imports nothing from src/taskpane/preview (the browser preview).",
  },
};

/** Dynamic `import("…/preview/…")`, which no-restricted-imports does not see. */
const noDynamicPreviewImport = [
  "error",
  {
    selector: "ImportExpression[source.value=/(^|\\/)preview(\\/|$)/]",
    message: "The production task pane imports nothing from src/taskpane/preview (the browser preview).",
  },
];

/**
 * An `internals/` folder is private to the folder that holds it (and that folder's subfolders): an import
 * may reach into `internals/` only by going up (`./internals/x`, `../internals/x`), never down into another
 * folder's (`../clustering/internals/x`). Repeated in every src block below, because a later block's
 * no-restricted-imports replaces an earlier one's.
 */
const privateInternals = {
  regex: "^(?!(\\.\\.?/)+internals/)(.*/)?internals(/|$)",
  message: "internals/ is private to its parent folder: import that folder's public files instead.",
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "dist-preview/**",
      "dist-cli/**",
      "lib/**",
      "coverage/**",
      "test-output/**",
      "assets/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**/*.{mjs,ts}", "*.mjs"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" },
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [privateInternals] }] },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: impureModules,
              message: "src/domain is pure: no Office, React, DOM, Node or file-format imports.",
            },
            {
              group: Object.values(rooms),
              message: "src/domain imports nothing outside itself.",
            },
            privateInternals,
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/domain is pure." },
        { name: "Excel", message: "src/domain is pure." },
        { name: "window", message: "src/domain is pure." },
        { name: "document", message: "src/domain is pure." },
        { name: "process", message: "src/domain is pure." },
        { name: "localStorage", message: "src/domain is pure." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass time in; src/domain has no clock." },
        { object: "Math", property: "random", message: "src/domain has no randomness." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Pass time in; src/domain has no clock.",
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [paneImports.browser, paneImports.noAdapter, privateInternals] },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: "Office.js belongs in src/excel." }],
    },
  },
  {
    // The production pane (everything but the browser preview) ships without the preview.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/preview/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [paneImports.browser, paneImports.noAdapter, paneImports.noPreview, privateInternals] },
      ],
      "no-restricted-syntax": noDynamicPreviewImport,
    },
  },
  {
    // The production entry (webpack entry "taskpane") is the one place that wires the Office gateway in.
    files: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [paneImports.browser, paneImports.entryAdapter, paneImports.noPreview, privateInternals],
        },
      ],
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: impureModules,
              message:
                "src/workbook is the workbook port and a pure in-memory adapter: no Office, React, DOM, Node or file-format imports.",
            },
            {
              group: [rooms.excel, rooms.taskpane, rooms.cli, rooms.commands, rooms.sample],
              message: "src/workbook imports src/domain only.",
            },
            privateInternals,
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals("src/workbook")],
    },
  },
  {
    files: ["src/sample/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // papaparse stays allowed: the loader parses the served CSV.
              group: impureModules.filter((name) => name !== "papaparse"),
              message:
                "src/sample is sample data and its loader: no Office, React, DOM, Node or xlsx imports.",
            },
            {
              group: [rooms.excel, rooms.taskpane, rooms.cli, rooms.commands, rooms.workbook],
              message: "src/sample imports src/domain only.",
            },
            privateInternals,
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals("src/sample")],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                rooms.taskpane,
                rooms.cli,
                rooms.commands,
                rooms.sample,
                "react",
                "react-dom",
                "@fluentui/*",
              ],
              message: "src/excel implements the workbook port: it imports src/workbook and src/domain only.",
            },
            privateInternals,
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/**", "**/taskpane/**", "react", "@fluentui/*"],
              message: "The CLI uses the domain with its own xlsx adapter.",
            },
            privateInternals,
          ],
        },
      ],
    },
  },
);
