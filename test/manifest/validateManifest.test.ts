// Runs the offline manifest validator (scripts/validate-manifest.mjs) as a child process on the real
// manifest and on broken copies derived from it by string replacement.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "validate-manifest.mjs");
const MANIFEST = path.join(ROOT, "manifest.xml");
const TIMEOUT_MS = 60_000;

interface RunResult {
  status: number | null;
  output: string;
}

function runValidator(file: string): RunResult {
  const result = spawnSync(process.execPath, [SCRIPT, file], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: TIMEOUT_MS,
  });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

const original = fs.readFileSync(MANIFEST, "utf8");
let tmpDir: string;

beforeAll(() => {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "prozesscluster-manifest-"));
});

afterAll(() => {
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

/** Writes a copy of the real manifest with `search` replaced; fails loudly if `search` does not occur. */
function brokenCopy(name: string, search: string | RegExp, replacement: string): string {
  const changed = original.replace(search, replacement);
  if (changed === original) throw new Error(`Test setup: ${String(search)} not found in manifest.xml`);
  const file = path.join(tmpDir, name);
  fs.writeFileSync(file, changed, "utf8");
  return file;
}

/** "file:LINE: message" lines of the validator output. */
function errorLines(output: string, file: string): string[] {
  return output.split("\n").filter((line) => line.startsWith(`${file}:`) && /^.+:\d+: /.test(line));
}

describe("scripts/validate-manifest.mjs", () => {
  test(
    "accepts the real manifest",
    () => {
      const { status, output } = runValidator("manifest.xml");
      expect(output).toContain("Manifest gültig: manifest.xml");
      expect(output).toContain("ExcelApi 1.7");
      expect(status).toBe(0);
    },
    TIMEOUT_MS,
  );

  test(
    "rejects elements in the wrong order (Permissions before DefaultSettings) with a line number",
    () => {
      const withoutPermissions = original.replace(/\n\s*<Permissions>ReadWriteDocument<\/Permissions>/, "");
      expect(withoutPermissions).not.toBe(original);
      const file = path.join(tmpDir, "wrong-order.xml");
      const reordered = withoutPermissions.replace(
        "  <DefaultSettings>",
        "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>",
      );
      expect(reordered).not.toBe(withoutPermissions);
      fs.writeFileSync(file, reordered, "utf8");

      const { status, output } = runValidator(file);
      expect(status).toBe(1);
      const errors = errorLines(output, file);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join("\n")).toMatch(/:\d+: XSD: Element 'Permissions': This element is not expected/);
      // The reported line is the line of the misplaced <Permissions>.
      const line = reordered.split("\n").findIndex((l) => l.includes("<Permissions>")) + 1;
      expect(errors.join("\n")).toContain(`${file}:${line}:`);
    },
    TIMEOUT_MS,
  );

  test(
    "rejects a manifest without the required DisplayName, with a line number",
    () => {
      const file = brokenCopy("no-display-name.xml", /\n\s*<DisplayName[\s\S]*?<\/DisplayName>/, "");
      const { status, output } = runValidator(file);
      expect(status).toBe(1);
      const errors = errorLines(output, file);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join("\n")).toMatch(/:\d+: XSD: .*Expected is \( DisplayName \)/);
    },
    TIMEOUT_MS,
  );

  test(
    "rejects an AppDomain even though the XSD allows it",
    () => {
      const file = brokenCopy(
        "app-domain.xml",
        "\n  <Hosts>",
        "\n  <AppDomains>\n    <AppDomain>https://example.org</AppDomain>\n  </AppDomains>\n  <Hosts>",
      );
      const { status, output } = runValidator(file);
      expect(status).toBe(1);
      expect(output).not.toContain("XSD:");
      expect(output).toMatch(/:\d+: Richtlinie verletzt: <AppDomain> ist nicht erlaubt/);
    },
    TIMEOUT_MS,
  );

  test(
    "rejects a non-https URL",
    () => {
      const file = brokenCopy(
        "http-url.xml",
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
      );
      const { status, output } = runValidator(file);
      expect(status).toBe(1);
      expect(output).toMatch(/:\d+: Richtlinie verletzt: <SourceLocation .*https:\/\//);
    },
    TIMEOUT_MS,
  );

  test(
    "rejects a lower ExcelApi requirement and a weaker permission",
    () => {
      const lowered = original
        .replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.4"/>')
        .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>");
      expect(lowered).toContain('MinVersion="1.4"');
      expect(lowered).toContain("<Permissions>ReadDocument</Permissions>");
      const file = path.join(tmpDir, "policy.xml");
      fs.writeFileSync(file, lowered, "utf8");

      const { status, output } = runValidator(file);
      expect(status).toBe(1);
      expect(output).toMatch(/:\d+: Richtlinie verletzt: ExcelApi muss MinVersion="1.7" verlangen/);
      expect(output).toMatch(/:\d+: Richtlinie verletzt: <Permissions> muss "ReadWriteDocument" sein/);
    },
    TIMEOUT_MS,
  );

  test(
    "reports XML syntax errors with a line number",
    () => {
      const file = brokenCopy("truncated.xml", "</OfficeApp>", "");
      const { status, output } = runValidator(file);
      expect(status).toBe(1);
      expect(output).toMatch(/:\d+: XML-Syntaxfehler: /);
    },
    TIMEOUT_MS,
  );
});
