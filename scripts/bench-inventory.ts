/**
 * Inventory parsing benchmark: builds a 50,000-row grid shaped like the sample inventory (22 columns,
 * German number and date text as in a CSV, and the typed cells ExcelJS gives) and times `parseInventory`.
 * Prints milliseconds (median of 5 runs after a warm-up).
 *
 * Run: npx tsx scripts/bench-inventory.ts [rows]
 */
import { performance } from "node:perf_hooks";
import { parseInventory } from "../src/domain/inventory/parseInventory";
import type { RawCell, RawGrid } from "../src/domain/inventory/types";
import { SAMPLE_HEADERS as HEADERS } from "./sampleHeaders";

const ROWS = Number(process.argv[2] ?? 50_000);
const STATUSES = ["nicht begonnen", "in Planung", "in Umsetzung", "Pilot", "online", "zurückgestellt"];

function row(i: number, asText: boolean): RawCell[] {
  const key = `99036${String(i % 1000).padStart(3, "0")}${String(i % 997).padStart(3, "0")}001`;
  const cases = (i * 37) % 50_000;
  return [
    `P-${i}`,
    `Kraftfahrzeug Zulassung Variante ${i}`,
    key,
    String(10_000 + (i % 500)),
    "Kraftfahrzeugzulassung, -um- und Abmeldung",
    "Mobilität & Reisen",
    "Kfz-Besitz",
    "Dezernat III",
    "Fachbereich Verkehr",
    "OK.VERKEHR",
    "AKDB",
    STATUSES[i % STATUSES.length] ?? "",
    asText ? String(i % 5) : i % 5,
    asText ? "4" : 4,
    "1.1",
    asText ? cases.toLocaleString("de-DE") : cases,
    asText ? String(Math.floor(cases / 3)) : Math.floor(cases / 3),
    asText ? "12.500,00 €" : 12_500,
    asText ? "1.200,00" : 1_200,
    asText ? `${String((i % 28) + 1).padStart(2, "0")}.06.2026` : 46_000 + (i % 700),
    "mittel",
    i % 4 === 0 ? "Schnittstelle XKfz" : "",
  ];
}

function grid(asText: boolean): RawGrid {
  return {
    firstRow: 1,
    firstColumn: 0,
    values: [HEADERS, ...Array.from({ length: ROWS }, (_, i) => row(i, asText))],
  };
}

function time(label: string, input: RawGrid): void {
  parseInventory(input);
  const runs: number[] = [];
  const cpu: number[] = [];
  let records = 0;
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    records = parseInventory(input).records.length;
    const used = process.cpuUsage(cpuStart);
    runs.push(performance.now() - start);
    // CPU time (user + system, all threads incl. GC helpers) is steadier than wall time on a busy machine.
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  runs.sort((a, b) => a - b);
  console.log(
    `${label}: ${ROWS} Zeilen, ${records} Prozesse, Median ${Math.round(runs[2] ?? 0)} ms (min ${Math.round(runs[0] ?? 0)}, max ${Math.round(runs[4] ?? 0)}), CPU-Zeit Median ${Math.round(cpu[2] ?? 0)} ms`,
  );
}

time("typisierte Zellen (xlsx)", grid(false));
time("Text wie aus CSV", grid(true));
