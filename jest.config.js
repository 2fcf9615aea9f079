/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Browser end-to-end and LibreOffice suites run from their own scripts, not from Jest.
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // Suites that start bin/prozesscluster.js run the bundle; it is rebuilt from the sources first.
  globalSetup: "<rootDir>/test/buildCliBundle.ts",
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json", diagnostics: false }],
  },
  // ESM-only packages that must be transformed to CommonJS for Jest.
  transformIgnorePatterns: ["/node_modules/(?!(@orama/stemmers)/)"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    "\\.(css|svg|png)$": "<rootDir>/test/stubs/asset.js",
  },
};
