/**
 * Label benchmark (`npm run bench:labels`): label fragments (by `findLabelFragments`, the rule of
 * issue 11 item 5), duplicate labels, labels over 60 characters and "(2)"-style numbering, with the
 * default cut, on the sample inventory, on the labelled dev file (names only; names + LeiKa key) and
 * on a synthetic 10,000-row inventory built from the sample as the preview builds it. Also prints the
 * re-cut time at 10,000 rows (median of five) and, with --show, the offending labels.
 *
 * The checker is given each cluster's row texts (name and OZG-Leistung cell) and, as known words, the
 * whole inventory's words and the product's own word lists (procedure words, seed heads, synonym
 * targets): words people wrote.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { parseInventory } from "../src/domain/inventory/parseInventory";
import type { RawCell } from "../src/domain/inventory/types";
import { buildClusterModel } from "../src/domain/clustering/buildClusterModel";
import { cutClusterModel } from "../src/domain/clustering/cutClusterModel";
import type { ProcessRecord } from "../src/domain/clustering/types";
import { syntheticInventory } from "../src/sample/syntheticInventory";
import { countLabelFragments } from "./internals/labelFragments";

const root = join(__dirname, "..");
const show = process.argv.includes("--show");

function csv(path: string, delimiter = ""): string[][] {
  const text = readFileSync(join(root, path), "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text, { skipEmptyLines: true, delimiter }).data;
}

function fromGrid(values: readonly (readonly string[])[]): ProcessRecord[] {
  const typed = values.map((line) => line.map((c): RawCell => (c === "" ? null : c)));
  return [...parseInventory({ values: typed, firstRow: 1, firstColumn: 0 }).records];
}

function devRecords(withKey: boolean): ProcessRecord[] {
  const [header, ...body] = csv("assets/data/ozg-leika-dev.csv", ",");
  const name = header?.indexOf("leika_name") ?? 2;
  const key = header?.indexOf("leika_key") ?? 1;
  return body.map((line, index) => {
    const base: ProcessRecord = {
      key: `row:${String(index + 2).padStart(6, "0")}`,
      row: index + 2,
      index,
      name: line[name] ?? "",
      cells: [line[name] ?? ""],
    };
    const k = line[key] ?? "";
    return withKey && /^99\d{12}$/.test(k) ? { ...base, leikaKey: k } : base;
  });
}

function measure(title: string, records: readonly ProcessRecord[]): void {
  const model = buildClusterModel(records);
  const result = cutClusterModel(model);
  const byKey = new Map(records.map((r) => [r.key, r] as const));
  const texts = (r: ProcessRecord | undefined): string[] =>
    r === undefined ? [] : [r.name, r.ozgName ?? ""];
  const {
    fragments,
    labels: fragmentLabels,
    examples,
  } = countLabelFragments(
    result.clusters,
    records.map((r) => `${r.name} ${r.ozgName ?? ""}`),
    (key) => texts(byKey.get(key)),
  );
  const seen = new Map<string, number>();
  let long = 0;
  let numbered = 0;
  for (const c of result.clusters) {
    seen.set(c.label, (seen.get(c.label) ?? 0) + 1);
    if (c.label.length > 60) long++;
    if (/\(\d+\)$/.test(c.label)) numbered++;
  }
  const duplicates = [...seen.values()].reduce((s, n) => s + (n > 1 ? n - 1 : 0), 0);
  const sizes = result.clusters.filter((c) => !c.singleton).length;
  // A word in most rows (the preview's "Bezirk n") names no cluster.
  const common = result.clusters.filter((c) => /\bBezirk\b/u.test(c.label)).length;
  console.log(
    `| ${title} | ${records.length} | ${sizes} | ${fragments} (${fragmentLabels} Labels) | ${duplicates} | ${numbered} | ${long} | ${common} |`,
  );
  if (show) for (const e of examples) console.log(`    ${e}`);
}

function recutTime(records: readonly ProcessRecord[]): number {
  const model = buildClusterModel(records);
  cutClusterModel(model, 0.5);
  const times = [0.5, 0.6, 0.8, 0.4, 0.65].map((g) => {
    const t0 = performance.now();
    cutClusterModel(model, g);
    return performance.now() - t0;
  });
  return [...times].sort((p, q) => p - q)[2] ?? 0;
}

const sample = csv("assets/sample/prozessinventar.csv", ";");
const synthetic = fromGrid(syntheticInventory(sample, 10_000));
console.log(
  "| Inventar | Zeilen | Cluster (≥ 2) | Fragmente | Doppelte Labels | mit „(n)“ | > 60 Zeichen | mit „Bezirk“ |",
);
console.log("|---|---|---|---|---|---|---|---|");
measure("Beispielinventar (assets/sample)", fromGrid(sample));
measure("Dev-Datei, nur Namen", devRecords(false));
measure("Dev-Datei, Namen + LeiKa-Schlüssel", devRecords(true));
measure("synthetisch (Vorschau), 10.000 Zeilen", synthetic);
measure(
  "synthetisch (Vorschau), 10.000 Zeilen, nur Namen",
  synthetic.map((r) => ({ key: r.key, row: r.row, index: r.index, name: r.name, cells: [r.name] })),
);
console.log(
  `\nNeu-Schnitt bei 10.000 Zeilen (synthetisch, Median von 5): ${recutTime(synthetic).toFixed(1)} ms`,
);
