/**
 * Benchmark on the hand-written evaluation lists in `bench/lists/` (`npm run bench:lists`): service
 * lists worded like other administrations' directories, portals and inventories, each with a two-level
 * ground truth (`bereich` → `cluster`). The engine sees the names only.
 *
 * Prints markdown tables: the engine's default cut at the cluster level (B³, ARI, the best cut through
 * its own tree with hindsight), the Bereich level, and baselines (every row alone, first word, plain
 * TF-IDF over character 3–5-grams with average linkage cut at 0.7).
 *
 * The Bereich level: the engine's own Bereiche (`buildBereichModel` with the options' source, default
 * automatic — with names only, a coarse cut by subject), and for comparison a plain coarse cut of the
 * cluster tree by a fixed rule (number of groups = clamp(round(√n), 5, 25), by applying the dendrogram's
 * merges lowest first) — labelled "grobe Schnittebene (Platzhalter)".
 *
 * Options: `--katalog` runs the engine with the OZG catalogue (fails with a clear message in a build
 * without it); `--list <file>` (repeatable) limits the run to the named list files.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { buildBereichModel } from "../src/domain/clustering/bereiche/buildBereichModel";
import { withBereiche } from "../src/domain/clustering/bereiche/withBereiche";
import { buildClusterModel } from "../src/domain/clustering/buildClusterModel";
import { cutClusterModel } from "../src/domain/clustering/cutClusterModel";
import { bestTreeCut } from "../src/domain/clustering/internals/bestTreeCut";
import {
  buildDendrogram,
  cutRoots,
  mergesUpTo,
  type Dendrogram,
} from "../src/domain/clustering/internals/dendrogram";
import { nnChainAverage } from "../src/domain/clustering/internals/nnChainAverage";
import { condensedRowBases } from "../src/domain/clustering/internals/condensedIndex";
import { MAX_CLUSTER_SHARE, MIN_CAPPED_CLUSTERS } from "../src/domain/clustering/internals/readableCut";
import { adjustedRandIndex, bCubed } from "../src/domain/clustering/metrics";
import type { ClusterOptions, ClusterResult, ProcessRecord } from "../src/domain/clustering/types";
import { renderMessage } from "../src/domain/messages/renderMessage";
import { labelAgreement, type LabelAgreement } from "./internals/labelAgreement";
import { countLabelFragments } from "./internals/labelFragments";

const LIST_DIR = join(__dirname, "..", "bench", "lists");

/** One evaluation list: names and the person-made grouping at both levels (parallel arrays). */
interface EvaluationList {
  readonly file: string;
  readonly names: readonly string[];
  readonly bereich: readonly string[];
  readonly cluster: readonly string[];
}

/** Scores of one partition against both reference levels. */
interface Scores {
  readonly groups: number;
  readonly clusterF1: number;
  readonly clusterAri: number;
  readonly bereichF1: number;
  readonly bereichAri: number;
}

const fmt = (x: number): string => x.toFixed(3);

/** Reads and checks one list file (`name;bereich;cluster`); throws a German message on bad data. */
function readList(file: string): EvaluationList {
  const text = readFileSync(join(LIST_DIR, file), "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: ";",
    skipEmptyLines: true,
  });
  const fields = parsed.meta.fields ?? [];
  if (parsed.errors.length > 0 || fields.join(";") !== "name;bereich;cluster") {
    throw new Error(
      `${file}: erwartet die Spalten name;bereich;cluster (${parsed.errors[0]?.message ?? fields.join(";")}).`,
    );
  }
  const rows = parsed.data.map((r) => ({
    name: (r.name ?? "").trim(),
    bereich: (r.bereich ?? "").trim(),
    cluster: (r.cluster ?? "").trim(),
  }));
  if (rows.some((r) => r.name === "" || r.bereich === "" || r.cluster === "")) {
    throw new Error(`${file}: leere Zelle in name, bereich oder cluster.`);
  }
  return {
    file,
    names: rows.map((r) => r.name),
    bereich: rows.map((r) => r.bereich),
    // Cluster names are unique per file, but qualify them anyway so a slip cannot merge two clusters.
    cluster: rows.map((r) => `${r.bereich}\u0000${r.cluster}`),
  };
}

/** Records as the CLI would make them from a one-column sheet: names only. */
function toRecords(names: readonly string[]): ProcessRecord[] {
  return names.map((name, index) => ({
    key: `row:${String(index + 2).padStart(6, "0")}`,
    row: index + 2,
    index,
    name,
    cells: [name],
  }));
}

/** Cluster id of every record, in record order. */
function assignment(result: ClusterResult, records: readonly ProcessRecord[]): string[] {
  const of = new Map<string, string>();
  for (const c of result.clusters) for (const k of c.keys) of.set(k, c.id);
  return records.map((r) => of.get(r.key) ?? "?");
}

function score(predicted: readonly (string | number)[], list: EvaluationList): Scores {
  return {
    groups: new Set(predicted).size,
    clusterF1: bCubed(predicted, list.cluster).f1,
    clusterAri: adjustedRandIndex(predicted, list.cluster),
    bereichF1: bCubed(predicted, list.bereich).f1,
    bereichAri: adjustedRandIndex(predicted, list.bereich),
  };
}

/** The placeholder Bereich rule: clamp(round(√n), 5, 25) groups. */
function coarseGroupCount(n: number): number {
  return Math.min(25, Math.max(5, Math.round(Math.sqrt(n))));
}

/**
 * Cuts a dendrogram into `groups` groups by applying its merges lowest first (fewer merges when the
 * tree is a forest with more components than that). Returns the group root per row.
 */
function cutIntoGroups(d: Dendrogram, groups: number): Int32Array {
  return cutRoots(d, Math.max(0, Math.min(d.height.length, d.n - groups)));
}

/** Fraction of same-group pairs whose names share no word of four or more letters. */
function pairsWithoutSharedWord(names: readonly string[], truth: readonly string[]): number {
  const words = names.map((s) => new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w)));
  let pairs = 0;
  let disjoint = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (truth[i] !== truth[j]) continue;
      pairs++;
      const a = words[i] ?? new Set<string>();
      const b = words[j] ?? new Set<string>();
      if (![...a].some((w) => b.has(w))) disjoint++;
    }
  }
  return pairs === 0 ? 0 : disjoint / pairs;
}

/**
 * Engine options with the OZG catalogue. Isolated on purpose: the catalogue loader
 * (`src/cli/loadCatalogue.ts`, export `loadCatalogue`) and `ClusterOptions.catalogue` come from
 * another branch; in a build without them this throws a clear message instead of silently running
 * the catalogue-off engine.
 */
async function catalogueOptions(): Promise<ClusterOptions> {
  const unavailable =
    "Katalog in diesem Build nicht verfügbar / catalogue not available in this build " +
    "(src/cli/loadCatalogue.ts mit Export loadCatalogue fehlt).";
  // A computed specifier, so the typecheck does not require the module in builds without it.
  const specifier = ["..", "src", "cli", "loadCatalogue"].join("/");
  let loaded: { loadCatalogue?: unknown };
  try {
    loaded = (await import(specifier)) as { loadCatalogue?: unknown };
  } catch {
    throw new Error(unavailable);
  }
  if (typeof loaded.loadCatalogue !== "function") throw new Error(unavailable);
  const catalogue: unknown = await (loaded.loadCatalogue as () => unknown)();
  // The loader's result is taken as the domain's `Catalogue`; its shape is the catalogue work's contract.
  return { catalogue } as ClusterOptions;
}

/** Scores of the engine's own Bereich proposal for the default cut (each cluster in one Bereich). */
function engineBereiche(
  model: ReturnType<typeof buildClusterModel>,
  records: readonly ProcessRecord[],
  options: ClusterOptions,
  result: ClusterResult,
  list: EvaluationList,
): EngineRun["bereiche"] {
  const bereichModel = buildBereichModel(model, records, options.bereich, options.headers);
  const overview = withBereiche(model, bereichModel, result).overview;
  const bereichOfCluster = new Map<string, string>();
  for (const b of overview?.bereiche ?? []) for (const id of b.clusterIds) bereichOfCluster.set(id, b.id);
  const clusterOf = new Map<string, string>();
  for (const c of result.clusters) for (const k of c.keys) clusterOf.set(k, c.id);
  const predicted = records.map((r) => bereichOfCluster.get(clusterOf.get(r.key) ?? "") ?? "?");
  const labels = (overview?.bereiche ?? []).map((b) => b.label);
  const keysOf = new Map(result.clusters.map((c) => [c.id, c.keys] as const));
  const nameOf = new Map(records.map((r) => [r.key, r.name]));
  const fragments = countLabelFragments(
    (overview?.bereiche ?? []).map((b) => ({
      label: b.label,
      keys: b.clusterIds.flatMap((id) => keysOf.get(id) ?? []),
    })),
    list.names,
    (key) => [nameOf.get(key) ?? ""],
    options.catalogue?.vocabulary ?? [],
  ).fragments;
  return {
    ...score(predicted, list),
    why: overview === undefined ? "keine Bereiche" : renderMessage(overview.choice.why, "de"),
    duplicateLabels: labels.length - new Set(labels).size,
    fragments,
  };
}

interface EngineRun {
  readonly list: EvaluationList;
  readonly ms: number;
  readonly defaultCut: Scores & { readonly precision: number; readonly recall: number };
  readonly bestCluster: ReturnType<typeof bestTreeCut>;
  readonly coarse: Scores;
  /** The engine's own Bereiche (`buildBereichModel`, source from the options, default auto). */
  readonly bereiche: Scores & {
    readonly why: string;
    readonly duplicateLabels: number;
    readonly fragments: number;
  };
  readonly bestBereich: ReturnType<typeof bestTreeCut>;
  readonly duplicateLabels: number;
  readonly fragments: number;
  readonly agreement: LabelAgreement;
}

/** Runs the engine on one list: default cut, coarse cut, best cuts with hindsight, label checks. */
function runEngine(list: EvaluationList, options: ClusterOptions): EngineRun {
  const records = toRecords(list.names);
  const t0 = performance.now();
  const model = buildClusterModel(records, options);
  const result = cutClusterModel(model);
  const ms = performance.now() - t0;
  const predicted = assignment(result, records);
  const b = bCubed(predicted, list.cluster);
  // The model keeps rows in canonical (key) order; references must follow that order for tree cuts.
  const indexOfKey = new Map(records.map((r, i) => [r.key, i]));
  const order = model.keys.map((k) => indexOfKey.get(k) ?? -1);
  const inModelOrder = (xs: readonly string[]): string[] => order.map((i) => xs[i] ?? "");
  const roots = cutIntoGroups(model.dendrogram, coarseGroupCount(records.length));
  const coarseByRecord: number[] = new Array<number>(records.length).fill(-1);
  order.forEach((i, pos) => (coarseByRecord[i] = roots[pos] ?? -1));
  const labels = result.clusters.map((c) => c.label);
  const nameOf = new Map(records.map((r) => [r.key, r.name]));
  const referenceOf = new Map(records.map((r, i) => [r.key, list.cluster[i] ?? ""]));
  return {
    list,
    ms,
    defaultCut: { ...score(predicted, list), precision: b.precision, recall: b.recall },
    bestCluster: bestTreeCut(model.dendrogram, inModelOrder(list.cluster)),
    coarse: score(coarseByRecord, list),
    bereiche: engineBereiche(model, records, options, result, list),
    bestBereich: bestTreeCut(model.dendrogram, inModelOrder(list.bereich)),
    duplicateLabels: labels.length - new Set(labels).size,
    fragments: countLabelFragments(
      result.clusters,
      list.names,
      (key) => [nameOf.get(key) ?? ""],
      options.catalogue?.vocabulary ?? [],
    ).fragments,
    agreement: labelAgreement(result.clusters, (key) => referenceOf.get(key) ?? ""),
  };
}

/** Lowercased first word of a name (letters, digits and inner hyphens). */
function firstWord(name: string): string {
  const token = name.trim().split(/\s+/)[0] ?? "";
  return token.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "");
}

/** L2-normalised TF-IDF vectors over character 3–5-grams of the padded, lowercased name (smooth idf). */
function charNgramVectors(names: readonly string[]): Map<string, number>[] {
  const counts = names.map((name) => {
    const s = ` ${name.toLowerCase().replace(/\s+/g, " ").trim()} `;
    const tf = new Map<string, number>();
    for (let len = 3; len <= 5; len++) {
      for (let i = 0; i + len <= s.length; i++) {
        const g = s.slice(i, i + len);
        tf.set(g, (tf.get(g) ?? 0) + 1);
      }
    }
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const g of tf.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const n = names.length;
  return counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [g, c] of tf) {
      const w = c * (Math.log((1 + n) / (1 + (df.get(g) ?? 0))) + 1);
      v.set(g, w);
      norm += w * w;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [g, w] of v) v.set(g, w * scale);
    return v;
  });
}

/** Plain baseline: char 3–5-gram TF-IDF, cosine distance, average linkage (the tree). */
function tfidfTree(names: readonly string[]): Dendrogram {
  const vectors = charNgramVectors(names);
  const n = names.length;
  const base = condensedRowBases(n);
  const dist = new Float32Array((n * (n - 1)) / 2);
  for (let i = 0; i < n; i++) {
    const a = vectors[i] ?? new Map<string, number>();
    for (let j = i + 1; j < n; j++) {
      const b = vectors[j] ?? new Map<string, number>();
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let dot = 0;
      for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
      dist[(base[i] as number) + j] = Math.max(0, 1 - dot);
    }
  }
  return buildDendrogram(n, nnChainAverage(n, dist));
}

/** The plain baseline cut at distance 0.7. */
function tfidfAverageLinkage(names: readonly string[], threshold = 0.7): Int32Array {
  const d = tfidfTree(names);
  return cutRoots(d, mergesUpTo(d, threshold));
}

function baselines(list: EvaluationList): { readonly name: string; readonly scores: Scores }[] {
  return [
    {
      name: "jede Zeile allein",
      scores: score(
        list.names.map((_, i) => i),
        list,
      ),
    },
    { name: "erstes Wort des Namens", scores: score(list.names.map(firstWord), list) },
    {
      name: "TF-IDF Zeichen-3–5-Gramme, average linkage, Schnitt 0,7",
      scores: score(Array.from(tfidfAverageLinkage(list.names)), list),
    },
    {
      // As many clusters as the engine's readable default may show at most (n/4, at least 10).
      name: "dasselbe, geschnitten bei n/4 Clustern (wie die Obergrenze der Engine)",
      scores: score(
        Array.from(
          cutIntoGroups(
            tfidfTree(list.names),
            Math.max(Math.floor(list.names.length * MAX_CLUSTER_SHARE), MIN_CAPPED_CLUSTERS),
          ),
        ),
        list,
      ),
    },
  ];
}

function printEngineTables(runs: readonly EngineRun[]): void {
  console.log("\n### Cluster-Ebene (Standardschnitt der Engine, nur Namen)\n");
  const fragHead = " Label-Fragmente |";
  console.log(
    `| Liste | Zeilen | Cluster (Referenz) | Cluster (Vorschlag) | B³-P | B³-R | B³-F1 | ARI | bester Schnitt durch den Baum: F1 ≤ (erreicht, Cluster) | doppelte Labels |${fragHead} Label-Wörter im Referenznamen (Cluster mit einem) | Zeit (ms) |`,
  );
  console.log(`|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|`);
  for (const r of runs) {
    const c = r.defaultCut;
    const frag = ` ${r.fragments} |`;
    console.log(
      `| ${r.list.file} | ${r.list.names.length} | ${new Set(r.list.cluster).size} | ${c.groups} | ${fmt(c.precision)} | ${fmt(c.recall)} | **${fmt(c.clusterF1)}** | ${fmt(c.clusterAri)} | ≤ ${fmt(r.bestCluster.upperBound)} (${fmt(r.bestCluster.f1)}, ${r.bestCluster.clusters}) | ${r.duplicateLabels} |${frag} ${fmt(r.agreement.words)} (${fmt(r.agreement.clusters)}) | ${r.ms.toFixed(0)} |`,
    );
  }
  const mean = (f: (a: LabelAgreement) => number): number =>
    runs.reduce((sum, r) => sum + f(r.agreement), 0) / Math.max(1, runs.length);
  console.log(
    `\nLabel-Wörter im Referenznamen (Anteil der Wörter eines Cluster-Labels, die im Namen der Referenzgruppe der meisten seiner Zeilen stehen — gleicher Anfang aus 5 Buchstaben oder enthalten), Mittel über die Listen: ${fmt(mean((a) => a.words))}; Cluster mit mindestens einem: ${fmt(mean((a) => a.clusters))}.`,
  );
  console.log("\n### Bereich-Ebene — Bereiche der Engine (buildBereichModel, Quelle automatisch)\n");
  console.log(
    "| Liste | Bereiche (Referenz) | Bereiche (Vorschlag) | B³-F1 | ARI | doppelte Bereichslabels | Label-Fragmente | wie gebildet |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---|");
  for (const r of runs) {
    const b = r.bereiche;
    console.log(
      `| ${r.list.file} | ${new Set(r.list.bereich).size} | ${b.groups} | **${fmt(b.bereichF1)}** | ${fmt(b.bereichAri)} | ${b.duplicateLabels} | ${b.fragments} | ${b.why} |`,
    );
  }
  console.log("\n### Bereich-Ebene — grobe Schnittebene (Platzhalter)\n");
  console.log(
    "Zum Vergleich (und als Platzhalter aus der Zeit vor den Engine-Bereichen): grober Schnitt des Cluster-Baums mit clamp(round(√n), 5, 25) Gruppen, Merges von unten angewandt.\n",
  );
  console.log(
    "| Liste | Bereiche (Referenz) | Gruppen (grobe Schnittebene, Platzhalter) | B³-F1 grobe Schnittebene (Platzhalter) | ARI grobe Schnittebene (Platzhalter) | Cluster-Vorschlag gegen Bereiche: B³-F1 | bester Schnitt durch den Baum: F1 ≤ (erreicht, Gruppen) |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (const r of runs) {
    console.log(
      `| ${r.list.file} | ${new Set(r.list.bereich).size} | ${r.coarse.groups} | **${fmt(r.coarse.bereichF1)}** | ${fmt(r.coarse.bereichAri)} | ${fmt(r.defaultCut.bereichF1)} | ≤ ${fmt(r.bestBereich.upperBound)} (${fmt(r.bestBereich.f1)}, ${r.bestBereich.clusters}) |`,
    );
  }
}

function printBaselines(lists: readonly EvaluationList[]): void {
  console.log("\n### Vergleichsverfahren (nur Namen)\n");
  console.log("| Liste | Verfahren | Gruppen | B³-F1 Cluster | ARI Cluster | B³-F1 Bereich | ARI Bereich |");
  console.log("|---|---|---:|---:|---:|---:|---:|");
  for (const list of lists) {
    for (const b of baselines(list)) {
      const s = b.scores;
      console.log(
        `| ${list.file} | ${b.name} | ${s.groups} | ${fmt(s.clusterF1)} | ${fmt(s.clusterAri)} | ${fmt(s.bereichF1)} | ${fmt(s.bereichAri)} |`,
      );
    }
  }
  console.log("\n### Wortgleichheit in der Referenz\n");
  console.log(
    "| Liste | Paare im selben Cluster ohne gemeinsames ganzes Wort (≥ 4 Buchstaben, wie geschrieben, Verfahrenswörter mitgezählt) | dasselbe im selben Bereich |",
  );
  console.log("|---|---:|---:|");
  for (const list of lists) {
    console.log(
      `| ${list.file} | ${fmt(pairsWithoutSharedWord(list.names, list.cluster))} | ${fmt(pairsWithoutSharedWord(list.names, list.bereich))} |`,
    );
  }
}

function listFiles(args: readonly string[]): string[] {
  const chosen = args.flatMap((a, i) =>
    a === "--list" && args[i + 1] !== undefined ? [args[i + 1] as string] : [],
  );
  if (chosen.length > 0) return chosen;
  return readdirSync(LIST_DIR)
    .filter((f) => f.endsWith(".csv"))
    .sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withCatalogue = args.includes("--katalog");
  const options: ClusterOptions = withCatalogue ? await catalogueOptions() : {};
  const lists = listFiles(args).map(readList);
  console.log(
    `## Auswertungslisten (bench/lists), Katalog ${withCatalogue ? "an" : "aus"}, Standardeinstellungen`,
  );
  const runs = lists.map((list) => runEngine(list, options));
  printEngineTables(runs);
  printBaselines(lists);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
