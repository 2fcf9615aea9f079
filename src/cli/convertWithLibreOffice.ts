import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * LibreOffice keeps cached formula results of xlsx files by default (`OOXMLRecalcMode` = 1) and has no
 * command-line switch against it, so every run gets a fresh profile that forces recalculation on load
 * (platform notes §6). One profile per call: soffice fails when parallel runs share one.
 */
function profileXml(locale: string | undefined): string {
  // LibreOffice formats numbers and dates in a PDF by its own locale, not the file's (platform notes §6).
  const l10n =
    locale === undefined
      ? ""
      : `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${l10n}</oor:items>
`;
}

/** The soffice executable if installed (checked with `soffice --version`), else null. */
export function findSoffice(command = "soffice"): string | null {
  const probe = spawnSync(command, ["--version"], { encoding: "utf8", timeout: 60_000 });
  return probe.status === 0 ? command : null;
}

/**
 * Converts `input` with LibreOffice headless into `outDir` (`xlsx` = recalculated copy, `pdf` = print
 * layout), forcing recalculation on load; `locale` (e.g. "de-DE") sets the number and date format of a
 * PDF. Resolves to the output path.
 * @throws Error (German message) when soffice fails or writes nothing — it can exit 0 without output.
 */
export async function convertWithLibreOffice(
  input: string,
  outDir: string,
  format: "xlsx" | "pdf",
  soffice = "soffice",
  locale?: string,
): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), "pc-lo-"));
  try {
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), profileXml(locale));
    await mkdir(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf",
      "--outdir",
      outDir,
      input,
    ];
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(soffice, args, { stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
      child.on("error", reject);
      child.on("close", (c) => resolve({ code: c, stderr: err }));
    });
    const output = join(outDir, `${basename(input, extname(input))}.${format}`);
    if (code !== 0 || !existsSync(output)) {
      throw new Error(
        `LibreOffice konnte „${basename(input)}“ nicht umwandeln (Exit-Code ${String(code)}). ${stderr.trim()}`,
      );
    }
    return output;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
