/**
 * Catalogue parts of `npm run bench`: hand-written lists (bench/lists/*.csv, two-level ground truth)
 * with the catalogue off and on, the catalogue's load time (what the pane's worker does before its
 * first catalogue build) and the whole CLI on 3,086 rows.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { createCatalogue } from "../src/domain/catalogue/createCatalogue";
import type { Catalogue, CatalogueData } from "../src/domain/catalogue/types";
import { buildClusterModel } from "../src/domain/clustering/buildClusterModel";
import { cutClusterModel } from "../src/domain/clustering/cutClusterModel";
import { adjustedRandIndex, bCubed } from "../src/domain/clustering/metrics";
import type { ClusterResult, ProcessRecord } from "../src/domain/clustering/types";

const root = join(__dirname, "..");
const fmt = (x: number, d = 3): string => x.toFixed(d);

/** Reads and builds the shipped catalogue, timing both (the worker does the same after its chunk loads). */
export function loadCatalogueTimed(): {
  readonly catalogue: Catalogue;
  readonly parseMs: number;
  readonly buildMs: number;
  readonly cpuMs: number;
} {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const data = JSON.parse(
    readFileSync(join(root, "assets", "catalogue", "ozg-katalog-index.json"), "utf8"),
  ) as CatalogueData;
  const t1 = performance.now();
  const catalogue = createCatalogue(data);
  const cpu = process.cpuUsage(cpu0);
  return {
    catalogue,
    parseMs: t1 - t0,
    buildMs: performance.now() - t1,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

function assignment(result: ClusterResult, records: readonly ProcessRecord[]): string[] {
  const of = new Map<string, string>();
  for (const c of result.clusters) for (const k of c.keys) of.set(k, c.id);
  return records.map((r) => of.get(r.key) ?? "?");
}

/**
 * Hand-written lists (names only; columns name;bereich;cluster; folder: env BENCH_LISTS, default
 * bench/lists): default cut with the catalogue off and on, B³-F1 and ARI against people's clusters,
 * B³-F1 of the same partition against their Bereiche
 * (for orientation: the cluster level is not meant to reach it), and the cluster count against n/4.
 */
export function listsQuality(
  catalogue: Catalogue,
  folder = process.env.BENCH_LISTS ?? join(root, "bench", "lists"),
): void {
  if (!existsSync(folder)) {
    console.log(`\n(Keine handgeschriebenen Listen in ${folder}: Abschnitt übersprungen.)`);
    return;
  }
  console.log("\n### Handgeschriebene Listen (nur Namen, Standardschnitt): Katalog aus / an\n");
  console.log(
    "| Liste | Zeilen | Cluster (Referenz) | Katalog | Cluster | B³-F1 | ARI | B³-F1 gegen Bereiche | zugeordnet |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".csv"))
    .sort()) {
    const rows = Papa.parse<{ name: string; bereich: string; cluster: string }>(
      readFileSync(join(folder, file), "utf8"),
      { header: true, skipEmptyLines: true },
    ).data;
    const records: ProcessRecord[] = rows.map((r, index) => ({
      key: `row:${String(index + 2).padStart(6, "0")}`,
      row: index + 2,
      index,
      name: r.name,
      cells: [r.name],
    }));
    const truth = rows.map((r) => r.cluster);
    const bereiche = rows.map((r) => r.bereich);
    for (const on of [false, true]) {
      const model = buildClusterModel(records, on ? { catalogue } : {});
      const predicted = assignment(cutClusterModel(model), records);
      const matched = model.signals.filter((s) => s.catalogue !== undefined).length;
      console.log(
        `| ${file} | ${rows.length} | ${new Set(truth).size} | ${on ? "an" : "aus"} | ${new Set(predicted).size} | ${fmt(bCubed(predicted, truth).f1)} | ${fmt(adjustedRandIndex(predicted, truth))} | ${fmt(bCubed(predicted, bereiche).f1)} | ${on ? matched : "–"} |`,
      );
    }
  }
}

/** The whole CLI (`node bin/prozesscluster.js cluster`) on a generated CSV of `count` rows, wall time. */
export function cliSpeed(names: readonly string[]): void {
  const dir = mkdtempSync(join(tmpdir(), "prozesscluster-bench-"));
  try {
    const input = join(dir, "inventar.csv");
    const lines = [
      "Prozess;Fachbereich",
      ...names.map((n, i) => `${n.replace(/;/g, ",")};FB ${(i % 7) + 1}`),
    ];
    writeFileSync(input, lines.join("\r\n"), "utf8");
    const command = [join(root, "bin", "prozesscluster.js"), "cluster", input, "-o", join(dir, "out.csv")];
    // GNU time (Debian package "time") adds the child's CPU time, which a busy machine does not inflate.
    const timed = existsSync("/usr/bin/time");
    const t0 = performance.now();
    const run = timed
      ? spawnSync("/usr/bin/time", ["-f", "CPU %U s user + %S s system", process.execPath, ...command], {
          encoding: "utf8",
        })
      : spawnSync(process.execPath, command, { encoding: "utf8" });
    const ms = performance.now() - t0;
    const cpu = timed ? (/CPU [^\n]*/.exec(run.stderr)?.[0] ?? "") : "";
    const status = run.status === 0 ? "ok" : `Exit ${String(run.status)}: ${run.stderr.slice(0, 200)}`;
    console.log(
      `\n### Ganzer CLI-Prozess: \`prozesscluster cluster\` auf ${names.length} Zeilen (Katalog an)\n`,
    );
    console.log(`${(ms / 1000).toFixed(2)} s Wanduhr${cpu === "" ? "" : `, ${cpu}`} (Ziel ≤ 5 s), ${status}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the catalogue's load time (JSON lesen + aufbauen) and its gzip size. */
export function catalogueLoadSpeed(parseMs: number, buildMs: number, cpuMs: number): void {
  const gz = spawnSync("gzip", ["-c", join(root, "assets", "catalogue", "ozg-katalog-index.json")]);
  console.log("\n### Katalog laden (wie der Worker nach dem Laden seines Chunks)\n");
  console.log(
    `JSON lesen ${parseMs.toFixed(0)} ms + createCatalogue ${buildMs.toFixed(0)} ms = ${(parseMs + buildMs).toFixed(0)} ms Wanduhr, ` +
      `${cpuMs.toFixed(0)} ms CPU (Ziel: Worker bereit ≤ 1 s); ` +
      `Index ${gz.status === 0 ? `${(gz.stdout.length / 1024).toFixed(0)} KB gzip` : "(gzip fehlt)"}`,
  );
}
