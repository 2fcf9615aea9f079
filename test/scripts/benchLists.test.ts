import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

/**
 * The hand-written evaluation lists (bench/lists) stay well-formed and match the sizes their README
 * states, so the benchmark's ground truth cannot rot unnoticed.
 */
const DIR = join(__dirname, "..", "..", "bench", "lists");
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".csv"))
  .sort();

interface Row {
  readonly name: string;
  readonly bereich: string;
  readonly cluster: string;
}

function parse(file: string): { rows: Row[]; fields: string[]; errors: number } {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(DIR, file), "utf8"), {
    header: true,
    delimiter: ";",
    skipEmptyLines: true,
  });
  return {
    rows: parsed.data.map((r) => ({
      name: r.name ?? "",
      bereich: r.bereich ?? "",
      cluster: r.cluster ?? "",
    })),
    fields: parsed.meta.fields ?? [],
    errors: parsed.errors.length,
  };
}

/** Rows of the README's size table: file → [rows, bereiche, cluster]. */
function statedSizes(): Map<string, readonly [number, number, number]> {
  const readme = readFileSync(join(DIR, "README.md"), "utf8");
  const sizes = new Map<string, readonly [number, number, number]>();
  for (const m of readme.matchAll(/^\|\s*`([^`]+\.csv)`\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|/gm)) {
    sizes.set(m[1] as string, [Number(m[2]), Number(m[3]), Number(m[4])]);
  }
  return sizes;
}

describe("evaluation lists in bench/lists", () => {
  it("are the twenty-three lists the README describes", () => {
    expect(files).toEqual([
      "bezirksamt-themen.csv",
      "gemeinde-portal.csv",
      "grossstadt-themen.csv",
      "kreis-inventar.csv",
      "kreisstadt-aemter.csv",
      "landesportal-dienste.csv",
      "landesportal-efa.csv",
      "landesportal-leistungen.csv",
      "landesportal-onlinedienste-b.csv",
      "landesportal-onlinedienste-c.csv",
      "landesportal-onlinedienste-d.csv",
      "landesportal-onlinedienste-e.csv",
      "landesportal-onlinedienste-f.csv",
      "landesportal-onlinedienste-titel.csv",
      "landesportal-onlinedienste.csv",
      "landesportal.csv",
      "landkreis-buergerfragen.csv",
      "landkreis-fachdienste.csv",
      "landratsamt-sachgebiete.csv",
      "stadt-aemter.csv",
      "stadt-buergerfragen.csv",
      "stadt-fachbereiche.csv",
      "stadt-themen.csv",
    ]);
    expect([...statedSizes().keys()].sort()).toEqual(files);
  });

  it.each(files)("%s parses with exactly the columns name;bereich;cluster", (file) => {
    const { rows, fields, errors } = parse(file);
    expect(errors).toBe(0);
    expect(fields).toEqual(["name", "bereich", "cluster"]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(files)("%s has no empty or duplicate names and no empty groups", (file) => {
    const { rows } = parse(file);
    const blank = rows.filter(
      (r) => r.name.trim() === "" || r.bereich.trim() === "" || r.cluster.trim() === "",
    );
    expect(blank).toEqual([]);
    const seen = new Set<string>();
    const duplicates = rows.map((r) => r.name.trim()).filter((n) => seen.has(n) || !seen.add(n));
    expect(duplicates).toEqual([]);
  });

  it.each(files)("%s nests every cluster in exactly one bereich", (file) => {
    const bereicheOf = new Map<string, Set<string>>();
    for (const r of parse(file).rows) {
      const set = bereicheOf.get(r.cluster) ?? new Set<string>();
      set.add(r.bereich);
      bereicheOf.set(r.cluster, set);
    }
    const straddling = [...bereicheOf].filter(([, b]) => b.size !== 1).map(([c]) => c);
    expect(straddling).toEqual([]);
  });

  it.each(files)("%s has the sizes stated in the README", (file) => {
    const { rows } = parse(file);
    const actual = [
      rows.length,
      new Set(rows.map((r) => r.bereich)).size,
      new Set(rows.map((r) => r.cluster)).size,
    ];
    expect(actual).toEqual(statedSizes().get(file));
  });
});
