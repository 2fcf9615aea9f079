import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { clusterCommand } from "../../src/cli/commands/cluster";
import type { CliIo } from "../../src/cli/io";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "prozesscluster-decisions-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: dir };
  return { code: await clusterCommand(args, io), stdout };
}

function readCsv(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, "utf8").slice(1), { delimiter: ";", skipEmptyLines: true })
    .data;
}

const INPUT = [
  "ID;Leistung;Cluster",
  "P1;Kfz-Zulassung;",
  "P2;Kfz-Abmeldung;",
  "P3;Außerbetriebsetzung Kraftfahrzeug;",
  "P4;Wohngeld beantragen;Soziales",
  "P5;Hundesteuer Anmeldung;Soziales",
].join("\n");

describe("prozesscluster cluster with decisions in the input", () => {
  it("keeps hand-filled Cluster cells, fills the same column and says so", async () => {
    writeFileSync(join(dir, "in.csv"), INPUT, "utf8");

    const { code, stdout } = await run(["in.csv", "-o", "out.csv"]);

    expect(code).toBe(0);
    const [header, ...rows] = readCsv(join(dir, "out.csv"));
    expect(header).toEqual([
      "ID",
      "Leistung",
      "Cluster",
      "Bereich",
      "Bereich-Begründung",
      "Cluster-Begründung",
    ]);
    const byId = new Map(rows.map((row) => [row[0], row] as const));
    expect(byId.get("P4")?.[2]).toBe("Soziales");
    expect(byId.get("P5")?.[2]).toBe("Soziales");
    expect(byId.get("P5")?.[5]).toContain("Prüfentscheidung");
    expect(byId.get("P1")?.[2]).toBe(byId.get("P2")?.[2]);
    expect(byId.get("P1")?.[2]).not.toBe("Soziales");
    expect(stdout).toContain("Prüfentscheidungen:");
  });

  it("ignores them with --fresh", async () => {
    writeFileSync(join(dir, "in.csv"), INPUT, "utf8");

    expect((await run(["in.csv", "-o", "out.csv", "--fresh"])).code).toBe(0);

    const [, ...rows] = readCsv(join(dir, "out.csv"));
    const byId = new Map(rows.map((row) => [row[0], row] as const));
    expect(byId.get("P4")?.[2]).not.toBe(byId.get("P5")?.[2]);
  });
});
