/**
 * Clustering benchmark (`npm run bench`): quality on the labelled OZG/LeiKa file against `ozg_id`,
 * then speed and memory at 1,000 / 3,000 / 10,000 rows. Prints markdown tables.
 * Quality uses names (leika_name) and, where stated, the LeiKa key (and, in two extra rows, the coarse
 * Lebenslage and Themenfeld columns) — never the OZG columns themselves, so the score measures the
 * engine, not the labels. Options: --quality-only, --speed-only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { buildClusterModel } from "../src/domain/clustering/buildClusterModel";
import { countClusters } from "../src/domain/clustering/countClusters";
import { cutClusterModel } from "../src/domain/clustering/cutClusterModel";
import { bestTreeCut } from "../src/domain/clustering/internals/bestTreeCut";
import { adjustedRandIndex, bCubed } from "../src/domain/clustering/metrics";
import type { ClusterOptions, ClusterResult, ProcessRecord } from "../src/domain/clustering/types";
import { catalogueLoadSpeed, cliSpeed, listsQuality, loadCatalogueTimed } from "./benchCatalogue";

// Loaded first, on a fresh process, so its time is the cold load the worker and the CLI see.
const { catalogue, parseMs, buildMs, cpuMs } = loadCatalogueTimed();

interface Row {
  readonly leika_key: string;
  readonly leika_name: string;
  readonly ozg_id: string;
  readonly themenfeld: string;
  readonly lebenslage: string;
}

const file = join(__dirname, "..", "assets", "data", "ozg-leika-dev.csv");
const rows = Papa.parse<Row>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;

/**
 * Records for the benchmark: `names` (default: the source rows' names; more names cycle through the
 * source rows for their keys), with the LeiKa key and the Lebenslage/Themenfeld columns where asked.
 */
function toRecords(
  withKey: boolean,
  {
    source = rows,
    names = source.map((r) => r.leika_name),
    withGroupings = false,
  }: {
    readonly source?: readonly Row[];
    readonly names?: readonly string[];
    readonly withGroupings?: boolean;
  } = {},
): ProcessRecord[] {
  return names.map((name, index) => {
    const row = source[index % source.length];
    const key = row?.leika_key ?? "";
    const base: ProcessRecord = {
      key: `row:${String(index + 2).padStart(6, "0")}`,
      row: index + 2,
      index,
      name,
      cells: [name],
      ...(withGroupings && row !== undefined
        ? { lebenslage: row.lebenslage, themenfeld: row.themenfeld }
        : {}),
    };
    return withKey && /^99\d{12}$/.test(key) ? { ...base, leikaKey: key } : base;
  });
}

function assignment(result: ClusterResult, records: readonly ProcessRecord[]): string[] {
  const of = new Map<string, string>();
  for (const c of result.clusters) for (const k of c.keys) of.set(k, c.id);
  return records.map((r) => of.get(r.key) ?? "?");
}

const fmt = (x: number, d = 3): string => x.toFixed(d);
let peakRss = 0;
let peakHeap = 0;
function sample(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
}

function quality(): void {
  const truth = rows.map((r) => r.ozg_id);
  const cases: {
    readonly name: string;
    readonly withKey: boolean;
    readonly withGroupings?: boolean;
    readonly options: ClusterOptions | "singletons";
  }[] = [
    { name: "jede Zeile allein", withKey: false, options: "singletons" },
    { name: "text (nur Namen)", withKey: false, options: { strategy: { kind: "text" } } },
    {
      name: "leika Objekt (8 Stellen)",
      withKey: true,
      options: { strategy: { kind: "leika", level: "object" } },
    },
    {
      name: "leika Gruppe (5 Stellen)",
      withKey: true,
      options: { strategy: { kind: "leika", level: "group" } },
    },
    { name: "auto (Namen + LeiKa-Schlüssel)", withKey: true, options: { strategy: { kind: "auto" } } },
    { name: "auto (nur Namen)", withKey: false, options: { strategy: { kind: "auto" } } },
    {
      name: "auto (nur Namen), Katalog an ⚠ Zeilen stehen im Katalog",
      withKey: false,
      options: { strategy: { kind: "auto" }, catalogue },
    },
    {
      name: "auto (Namen + LeiKa-Schlüssel), Katalog an ⚠",
      withKey: true,
      options: { strategy: { kind: "auto" }, catalogue },
    },
    {
      name: "auto (Namen + Lebenslage, Themenfeld)",
      withKey: false,
      withGroupings: true,
      options: { strategy: { kind: "auto" } },
    },
    {
      name: "auto (Namen + LeiKa-Schlüssel + Lebenslage, Themenfeld)",
      withKey: true,
      withGroupings: true,
      options: { strategy: { kind: "auto" } },
    },
  ];
  console.log(
    `\n### Qualität: ${rows.length} Zeilen, Referenz ozg_id (${new Set(truth).size} Leistungen), Standardeinstellungen\n`,
  );
  console.log("| Strategie | B³-Precision | B³-Recall | B³-F1 | ARI | Cluster | Zeit (ms) |");
  console.log("|---|---|---|---|---|---|---|");
  for (const c of cases) {
    const records = toRecords(c.withKey, { withGroupings: c.withGroupings ?? false });
    const t0 = performance.now();
    const predicted =
      c.options === "singletons"
        ? records.map((r) => r.key)
        : assignment(cutClusterModel(buildClusterModel(records, c.options)), records);
    const ms = performance.now() - t0;
    const b = bCubed(predicted, truth);
    const ari = adjustedRandIndex(predicted, truth);
    console.log(
      `| ${c.name} | ${fmt(b.precision)} | ${fmt(b.recall)} | ${fmt(b.f1)} | ${fmt(ari)} | ${new Set(predicted).size} | ${ms.toFixed(0)} |`,
    );
  }
  console.log(
    "\n⚠ Mit Katalog misst diese Datei nichts: ihre Zeilen sind Katalogzeilen und finden sich selbst. " +
      "Die Qualität mit Katalog zeigen die handgeschriebenen Listen unten.",
  );
  granularityCurve(
    truth,
    cases.filter((c) => c.options !== "singletons" && c.options.strategy?.kind !== "leika"),
  );
  bounds(truth);
  generalisation();
  listsQuality(catalogue);
}

/**
 * How far the engine's tree and the LeiKa structure can go at all: the best cut of the auto
 * dendrogram chosen with hindsight (any mix of heights; `bestTreeCut` gives an exact upper bound),
 * and partitions built from the answer itself. They show which targets a better cut could still reach
 * and which need better similarities.
 */
function bounds(truth: readonly string[]): void {
  console.log("\n### Obergrenzen (mit Kenntnis der Referenz berechnet)\n");
  console.log("| Vergleich | B³-F1 |");
  console.log("|---|---|");
  for (const withKey of [false, true]) {
    const model = buildClusterModel(toRecords(withKey));
    const best = bestTreeCut(model.dendrogram, truth);
    console.log(
      `| auto (${withKey ? "Namen + LeiKa-Schlüssel" : "nur Namen"}): bester Schnitt durch den eigenen Baum, Höhe je Ast frei | ≤ ${fmt(best.upperBound)} (erreicht: ${fmt(best.f1)}, ${best.clusters} Cluster) |`,
    );
  }
  const keyed = rows.map((r) => (/^99\d{12}$/.test(r.leika_key) ? r.leika_key : undefined));
  const perfect = (unkeyed: (i: number) => string): string[] =>
    rows.map((r, i) => {
      const key = keyed[i];
      return key === undefined ? unkeyed(i) : `${key.slice(0, 5)}|${r.ozg_id}`;
    });
  console.log(
    `| perfekte Aufteilung jeder LeiKa-Gruppe (5 Stellen), Zeilen ohne Schlüssel einzeln | ${fmt(
      bCubed(
        perfect((i) => `row${i}`),
        truth,
      ).f1,
    )} |`,
  );
  console.log(
    `| dasselbe, Zeilen ohne Schlüssel perfekt untereinander gruppiert | ${fmt(
      bCubed(
        perfect((i) => `ozg${truth[i] ?? ""}`),
        truth,
      ).f1,
    )} |`,
  );
}

/**
 * Each Themenfeld clustered on its own, as a stand-in for other inventories (smaller, other subjects):
 * B³-F1 with default settings. A change that helps the whole file but not most of these is tuned to it.
 */
function generalisation(): void {
  const themes = [...new Set(rows.map((r) => r.themenfeld))].sort();
  console.log("\n### Verallgemeinerung: jedes Themenfeld allein geclustert (B³-F1, Standardeinstellungen)\n");
  console.log(
    "| Themenfeld | Zeilen | Leistungen | auto (nur Namen) | auto (Namen + LeiKa-Schlüssel) | ARI (nur Namen) | auto (nur Namen), Katalog an ⚠ | ARI, Katalog an ⚠ |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  const sums = [0, 0, 0, 0, 0];
  for (const theme of themes) {
    const subset = rows.filter((r) => r.themenfeld === theme);
    const truth = subset.map((r) => r.ozg_id);
    const scores = [false, true].map((withKey) => {
      const records = toRecords(withKey, { source: subset });
      return bCubed(assignment(cutClusterModel(buildClusterModel(records)), records), truth).f1;
    });
    const namesOnly = toRecords(false, { source: subset });
    const off = assignment(cutClusterModel(buildClusterModel(namesOnly)), namesOnly);
    const on = assignment(cutClusterModel(buildClusterModel(namesOnly, { catalogue })), namesOnly);
    scores.push(adjustedRandIndex(off, truth), bCubed(on, truth).f1, adjustedRandIndex(on, truth));
    scores.forEach((f, k) => (sums[k] = (sums[k] ?? 0) + f));
    console.log(
      `| ${theme} | ${subset.length} | ${new Set(truth).size} | ${scores.map((f) => fmt(f)).join(" | ")} |`,
    );
  }
  console.log(`| **Mittel** | | | ${sums.map((f) => fmt(f / themes.length)).join(" | ")} |`);
}

/** B³-F1 over the granularity slider, to see whether a default cut is off (re-cuts one model). */
function granularityCurve(
  truth: readonly string[],
  cases: readonly {
    readonly name: string;
    readonly withKey: boolean;
    readonly withGroupings?: boolean;
    readonly options: ClusterOptions | "singletons";
  }[],
): void {
  const cuts = Array.from({ length: 11 }, (_, k) => 0.4 + k * 0.05);
  console.log("\n### B³-F1 über die Feinheit (Standard fett)\n");
  console.log(`| Strategie | ${cuts.map((g) => g.toFixed(2)).join(" | ")} |`);
  console.log(`|---|${cuts.map(() => "---").join("|")}|`);
  for (const c of cases) {
    if (c.options === "singletons") continue;
    const records = toRecords(c.withKey, { withGroupings: c.withGroupings ?? false });
    const model = buildClusterModel(records, c.options);
    const cells = cuts.map((g) => {
      const f1 = fmt(bCubed(assignment(cutClusterModel(model, g), records), truth).f1);
      return Math.abs(g - model.defaultGranularity) < 1e-9 ? `**${f1}**` : f1;
    });
    console.log(`| ${c.name} | ${cells.join(" | ")} |`);
  }
}

/** Deterministic larger inventories: dev names with everyday variants of wording. */
function synthNames(count: number): string[] {
  const variants = [
    (s: string) => s,
    (s: string) => `${s} beantragen`,
    (s: string) => `Antrag auf ${s}`,
    (s: string) => `${s} (online)`,
    (s: string) => `${s} – Änderung`,
    (s: string) => `Bescheinigung ${s}`,
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = rows[i % rows.length]?.leika_name ?? "";
    const v = variants[Math.floor(i / rows.length) % variants.length] ?? ((s: string) => s);
    out.push(v(base));
  }
  return out;
}

function speed(): void {
  console.log("\n### Geschwindigkeit und Speicher (Strategie auto, Namen + LeiKa-Schlüssel)\n");
  console.log(
    "| Zeilen, Katalog | Modell bauen (ms) | davon CPU (ms) | Schnitt Standard (ms) | Neu-Schnitt 0,5 / Median von 5 / Median CPU (ms) | Zählen (ms) | Cluster | Spitze RSS (MB) | Spitze Heap+Buffer (MB) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const [n, withCatalogue] of [
    [1000, false],
    [3000, false],
    [3000, true],
    [10000, false],
    [10000, true],
  ] as const) {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    peakRss = 0;
    peakHeap = 0;
    const timer = setInterval(sample, 5);
    const records = toRecords(true, { names: synthNames(n) });
    sample();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const model = buildClusterModel(records, withCatalogue ? { catalogue } : {});
    const t1 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    sample();
    const first = cutClusterModel(model);
    const t2 = performance.now();
    // Slider use: re-cuts at other settings; report the first one and the median of five.
    const recutCpu: number[] = [];
    const recuts = [0.5, 0.6, 0.8, 0.4, 0.65].map((g) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      cutClusterModel(model, g);
      const used = process.cpuUsage(cpuStart);
      recutCpu.push((used.user + used.system) / 1000);
      return performance.now() - start;
    });
    const t3 = performance.now();
    const median = [...recuts].sort((p, q) => p - q)[2] ?? 0;
    const medianCpu = [...recutCpu].sort((p, q) => p - q)[2] ?? 0;
    for (let g = 0; g <= 100; g++) countClusters(model, g / 100);
    const t4 = performance.now();
    sample();
    clearInterval(timer);
    console.log(
      `| ${n}, ${withCatalogue ? "an" : "aus"} | ${(t1 - t0).toFixed(0)} | ${((cpu.user + cpu.system) / 1000).toFixed(0)} | ${(t2 - t1).toFixed(0)} | ${(recuts[0] ?? 0).toFixed(0)} / ${median.toFixed(0)} / ${medianCpu.toFixed(0)} | ${((t4 - t3) / 101).toFixed(3)} | ${first.clusters.length} | ${(peakRss / 2 ** 20).toFixed(0)} | ${(peakHeap / 2 ** 20).toFixed(0)} |`,
    );
  }
  console.log(
    "\nZeiten sind Wanduhr-Zeiten; „davon CPU“ ist die Rechenzeit des Prozesses (aussagekräftiger auf einer ausgelasteten Maschine). " +
      "Speicher: Stichproben alle 5 ms und nach jedem Schritt; der Modellbau blockiert den Timer, die Messung direkt danach erfasst die Distanzmatrix noch.",
  );
}

const args = process.argv.slice(2);
if (!args.includes("--speed-only")) quality();
if (!args.includes("--quality-only")) {
  catalogueLoadSpeed(parseMs, buildMs, cpuMs);
  speed();
  cliSpeed(synthNames(3086));
}
