import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { clusterCommand } from "../../src/cli/commands/cluster";
import type { CliIo } from "../../src/cli/io";

const ROOT = join(__dirname, "..", "..");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "prozesscluster-cluster-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT };
  const code = await clusterCommand(args, io);
  return { code, stdout, stderr };
}

function readCsv(path: string): string[][] {
  const text = readFileSync(path, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
}

describe("prozesscluster cluster", () => {
  it("clusters a names-only CSV headed 'Leistung' and keeps row order", async () => {
    const input = join(dir, "namen.csv");
    writeFileSync(
      input,
      "Leistung\nKfz-Zulassung\nWohngeld beantragen\nKfz-Abmeldung\nElterngeld beantragen\n",
      "utf8",
    );
    const out = join(dir, "out.csv");
    const result = await run([input, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("4 Teilprozesse → 1 Bereich, 3 Cluster");
    const rows = readCsv(out);
    expect(rows[0]).toEqual(["Leistung", "Bereich", "Bereich-Begründung", "Cluster", "Cluster-Begründung"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      "Kfz-Zulassung",
      "Wohngeld beantragen",
      "Kfz-Abmeldung",
      "Elterngeld beantragen",
    ]);
    expect(rows[1]?.[3]).toBe(rows[3]?.[3]);
    expect(rows[1]?.[3]).toMatch(/^Kraftfahrzeug/);
    expect(rows[2]?.[3]).not.toBe(rows[4]?.[3]);
    expect(rows[2]?.[4]).toBe("Einzelprozess: keine ausreichend ähnlichen Prozesse");
    // Every row names its Bereich and why.
    for (const row of rows.slice(1)) {
      expect(row[1]).not.toBe("");
      expect(row[2]).not.toBe("");
    }
  });

  it("writes the catalogue mapping as three extra columns on request", async () => {
    const input = join(dir, "katalog.csv");
    writeFileSync(input, "Leistung\nReisepass beantragen\nBürgerbüro Termin\n", "utf8");
    const out = join(dir, "katalog-out.csv");
    const result = await run([input, "-o", out, "--katalog-spalten"]);
    expect(result.code).toBe(0);
    const [header, ...rows] = readCsv(out);
    expect(header?.slice(-3)).toEqual([
      "OZG-Leistung (Katalog)",
      "Lebenslage (Katalog)",
      "Themenfeld (Katalog)",
    ]);
    const byName = new Map(rows.map((row) => [row[0], row.slice(-3)] as const));
    expect(byName.get("Reisepass beantragen")?.[0]).not.toBe("keine sichere Zuordnung");
    expect(byName.get("Reisepass beantragen")?.[1]).not.toBe("");
    expect(byName.get("Bürgerbüro Termin")).toEqual(["keine sichere Zuordnung", "", ""]);
    const refused = await run([input, "-o", out, "--katalog-spalten", "--katalog", "aus"]);
    expect(refused.code).toBe(2);
  });

  it("groups a names-only list into the task areas of an administration, by default and on request", async () => {
    const input = join(dir, "aufgaben.csv");
    const names = [
      "Eheschließung anmelden",
      "Geburtsurkunde bestellen",
      "Sterbeurkunde anfordern",
      "Kita-Platz beantragen",
      "Kindertagespflege finden",
      "Elternbeitrag Kita",
      "Bauantrag stellen",
      "Baugenehmigung Carport",
      "Abriss anzeigen",
    ];
    writeFileSync(input, `Leistung\n${names.join("\n")}\n`, "utf8");
    for (const option of [[], ["--bereich", "aufgabenbereich"]]) {
      const out = join(dir, "aufgaben-out.csv");
      const result = await run([input, "-o", out, ...option]);
      expect(result.code).toBe(0);
      const bereichOf = new Map(
        readCsv(out)
          .slice(1)
          .map((row) => [row[0], row[1]] as const),
      );
      expect(bereichOf.get("Eheschließung anmelden")).toBe("Standesamt & Personenstand");
      expect(bereichOf.get("Kita-Platz beantragen")).toBe("Kinder, Jugend & Familie");
      expect(bereichOf.get("Abriss anzeigen")).toBe("Bauen & Bauordnung");
    }
    const off = await run([
      input,
      "-o",
      join(dir, "aus.csv"),
      "--bereich",
      "aufgabenbereich",
      "--katalog",
      "aus",
    ]);
    expect(off.code).toBe(0);
    const bereiche = new Set(
      readCsv(join(dir, "aus.csv"))
        .slice(1)
        .map((row) => row[1]),
    );
    expect(bereiche.has("Standesamt & Personenstand")).toBe(false);
  });

  it("clusters the sample workbook with every input column plus the two new ones", async () => {
    const out = join(dir, "sample.csv");
    const result = await run([join(ROOT, "assets/sample/prozessinventar.xlsx"), "-o", out]);
    expect(result.code).toBe(0);
    const rows = readCsv(out);
    const header = rows[0] ?? [];
    expect(header.slice(-2)).toEqual(["Cluster", "Cluster-Begründung"]);
    expect(header).toContain("Leistung");
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(header.length);
      expect(row[header.length - 2]).not.toBe("");
      expect(row[header.length - 1]).not.toBe("");
    }
  });

  it("clusters by a named column", async () => {
    const out = join(dir, "fach.csv");
    const result = await run([
      join(ROOT, "assets/sample/prozessinventar.csv"),
      "-o",
      out,
      "--by",
      "column:Fachanwendung",
      "--granularity",
      "0,5",
    ]);
    expect(result.code).toBe(0);
    const rows = readCsv(out);
    const header = rows[0] ?? [];
    const fach = header.indexOf("Fachanwendung");
    for (const row of rows.slice(1))
      expect(row[header.length - 2]).toBe(row[fach] === "" ? "ohne Angabe" : row[fach]);
  });

  it("exits 2 on wrong usage and 1 on an unusable file, with German messages", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["x.csv"])).stderr).toContain("Ausgabedatei");
    const bad = await run([
      join(ROOT, "assets/sample/prozessinventar.csv"),
      "-o",
      join(dir, "o.csv"),
      "--granularity",
      "2",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--granularity");
    const unknown = await run([
      join(ROOT, "assets/sample/prozessinventar.csv"),
      "-o",
      join(dir, "o.csv"),
      "--by",
      "column:Gibtsnicht",
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Die Spalte „Gibtsnicht“ gibt es nicht");
    const missing = await run([join(dir, "fehlt.csv"), "-o", join(dir, "o.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nicht gefunden");
    const empty = join(dir, "leer.csv");
    writeFileSync(empty, "", "utf8");
    expect((await run([empty, "-o", join(dir, "o.csv")])).code).toBe(1);
  });
});
