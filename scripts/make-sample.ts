/**
 * Writes the sample process inventory (assets/sample/prozessinventar.xlsx and .csv) from real LeiKa
 * service names in assets/data/ozg-leika-dev.csv, with plausible organisation, software, status,
 * maturity, case numbers, costs and dates. Deterministic: a seeded PRNG, fixed workbook dates.
 *
 * Run: npx tsx scripts/make-sample.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { orderFontChildren } from "../src/cli/xlsx/orderFontChildren";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { SAMPLE_HEADERS as HEADERS } from "./sampleHeaders";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "assets", "sample");
const SEED = 20261125;

/** mulberry32: small, fast, good enough for sample data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const between = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
function weighted<T>(entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [value, w] of entries) {
    x -= w;
    if (x < 0) return value;
  }
  return (entries[entries.length - 1] as readonly [T, number])[0];
}
const logUniform = (lo: number, hi: number): number =>
  Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo)));

interface Software {
  readonly name: string;
  readonly vendor: string;
}
/** One area of the administration: which OZG bundles it handles, with what, how far along. */
interface Area {
  readonly bundles: readonly (readonly [ozgId: string, maxRows: number])[];
  readonly dezernat: string;
  readonly fachbereich: string;
  readonly software: readonly Software[];
  /** Typical yearly cases of the largest service. */
  readonly cases: number;
  /** 0..1, how far digitalisation has come (drives status). */
  readonly maturity: number;
  readonly notes: readonly string[];
}

const AKDB_VERKEHR = { name: "OK.VERKEHR", vendor: "AKDB" };
const AREAS: readonly Area[] = [
  {
    bundles: [
      ["10439", 14],
      ["10436", 12],
      ["10459", 10],
      ["10426", 10],
    ],
    dezernat: "Dezernat III",
    fachbereich: "Fachbereich Verkehr",
    software: [AKDB_VERKEHR],
    cases: 180_000,
    maturity: 0.8,
    notes: [
      "i-Kfz Stufe 4 umgesetzt",
      "Schnittstelle XKfz zum KBA",
      "Großkundenschnittstelle für Händler geplant",
    ],
  },
  {
    bundles: [
      ["10169", 22],
      ["10423", 7],
    ],
    dezernat: "Dezernat III",
    fachbereich: "Fachbereich Verkehr",
    software: [{ name: "VOIS|FSW", vendor: "HSH Soft- und Hardware Vertriebs GmbH" }],
    cases: 45_000,
    maturity: 0.55,
    notes: [
      "Anbindung Zentrales Fahrerlaubnisregister",
      "Antrag online, Abholung vor Ort",
      "Nachnutzung Landeslösung geprüft",
    ],
  },
  {
    bundles: [
      ["10173", 10],
      ["10418", 9],
    ],
    dezernat: "Dezernat III",
    fachbereich: "Fachbereich Verkehr",
    software: [
      { name: "VEMAGS", vendor: "Länderverbund VEMAGS" },
      { name: "Parkausweisverwaltung", vendor: "Eigenentwicklung" },
    ],
    cases: 12_000,
    maturity: 0.45,
    notes: ["Bezahlung über ePayBL fehlt noch", "Formular-Assistent vorhanden"],
  },
  {
    bundles: [
      ["10124", 13],
      ["10111", 6],
      ["10177", 12],
    ],
    dezernat: "Dezernat I",
    fachbereich: "Fachbereich Bürgerservice",
    software: [
      { name: "OK.EWO", vendor: "AKDB" },
      { name: "VOIS|MESO", vendor: "HSH Soft- und Hardware Vertriebs GmbH" },
    ],
    cases: 90_000,
    maturity: 0.5,
    notes: [
      "Elektronische Wohnsitzanmeldung (eWA) angebunden",
      "BundID-Anbindung offen",
      "Terminvergabe online",
    ],
  },
  {
    bundles: [
      ["10026", 8],
      ["10029", 8],
    ],
    dezernat: "Dezernat I",
    fachbereich: "Fachbereich Standesamt",
    software: [{ name: "AutiSta", vendor: "Verlag für Standesamtswesen" }],
    cases: 6_000,
    maturity: 0.3,
    notes: ["Persönliche Vorsprache rechtlich erforderlich", "Urkundenbestellung online"],
  },
  {
    bundles: [
      ["10519", 14],
      ["10513", 4],
      ["10518", 4],
      ["10517", 2],
      ["10520", 1],
      ["10521", 2],
    ],
    dezernat: "Dezernat IV",
    fachbereich: "Fachbereich Bauaufsicht",
    software: [
      { name: "ProBAUG", vendor: "Prosoz Herten GmbH" },
      { name: "Digitale Baugenehmigung (EfA)", vendor: "Land Mecklenburg-Vorpommern" },
    ],
    cases: 8_000,
    maturity: 0.4,
    notes: [
      "EfA-Nachnutzung Digitale Baugenehmigung beschlossen",
      "Beteiligung der Fachbehörden noch per Post",
      "XBau-Schnittstelle erforderlich",
    ],
  },
  {
    bundles: [
      ["10112", 4],
      ["10110", 10],
      ["10501", 8],
      ["10505", 3],
      ["10509", 4],
    ],
    dezernat: "Dezernat IV",
    fachbereich: "Fachbereich Umwelt",
    software: [
      { name: "ASYS", vendor: "Länderverbund ASYS" },
      { name: "Umweltinformationssystem", vendor: "Eigenentwicklung" },
    ],
    cases: 15_000,
    maturity: 0.35,
    notes: ["Elektronisches Abfallnachweisverfahren (eANV) im Einsatz", "Abstimmung mit aha läuft"],
  },
  {
    bundles: [["10550", 8]],
    dezernat: "Dezernat IV",
    fachbereich: "Fachbereich Planung und Raumordnung",
    software: [{ name: "NBank-Kundenportal", vendor: "NBank" }],
    cases: 600,
    maturity: 0.3,
    notes: ["Förderantrag über Landesportal"],
  },
  {
    bundles: [
      ["10019", 10],
      ["10018", 10],
      ["10034", 10],
      ["10035", 2],
    ],
    dezernat: "Dezernat II",
    fachbereich: "Fachbereich Jugend",
    software: [
      { name: "PROSOZ 14plus", vendor: "Prosoz Herten GmbH" },
      { name: "LÄMMkom", vendor: "Lämmerzahl GmbH" },
      { name: "Little Bird", vendor: "Little Bird GmbH" },
    ],
    cases: 20_000,
    maturity: 0.3,
    notes: [
      "Datenschutzfolgenabschätzung erforderlich",
      "Kita-Platzvergabe über Elternportal",
      "Personalengpass im Team",
    ],
  },
  {
    bundles: [
      ["10000", 4],
      ["10003", 4],
      ["10005", 3],
    ],
    dezernat: "Dezernat II",
    fachbereich: "Fachbereich Soziales",
    software: [
      { name: "ElterngeldDigital", vendor: "Bund (BMFSFJ)" },
      { name: "OPEN/PROSOZ", vendor: "Prosoz Herten GmbH" },
    ],
    cases: 14_000,
    maturity: 0.6,
    notes: ["Antrag über ElterngeldDigital, Sachbearbeitung im Fachverfahren", "Medienbruch bei Nachweisen"],
  },
];

type Status = "nicht begonnen" | "in Planung" | "in Umsetzung" | "Pilot" | "online" | "zurückgestellt";
interface SampleRow {
  readonly leikaKey: string;
  readonly name: string;
  readonly ozgId: string;
  readonly ozgName: string;
  readonly themenfeld: string;
  readonly lebenslage: string;
  readonly area: Area;
  readonly software: Software;
  readonly status: Status;
  readonly ist: number;
  readonly ziel: number;
  readonly modell: "1.1" | "2.0";
  readonly fallzahl: number | null;
  readonly online: number | null;
  readonly kostenEinmalig: number | null;
  readonly kostenLaufend: number | null;
  readonly termin: Date | null;
  readonly prioritaet: string;
  readonly bemerkung: string;
}

interface SourceRow {
  readonly leika_key: string;
  readonly leika_name: string;
  readonly ozg_id: string;
  readonly ozg_leistung: string;
  readonly lebenslage: string;
  readonly themenfeld: string;
}

function loadSource(): SourceRow[] {
  const text = readFileSync(join(ROOT, "assets", "data", "ozg-leika-dev.csv"), "utf8");
  return Papa.parse<SourceRow>(text, { header: true, skipEmptyLines: true }).data;
}

/** Level ranges per status on the 1.1 scale (0–4) and the 2.0 scale (0–7). */
const LEVELS: Record<Status, { "1.1": [number, number]; "2.0": [number, number] }> = {
  "nicht begonnen": { "1.1": [0, 1], "2.0": [0, 1] },
  "in Planung": { "1.1": [0, 1], "2.0": [0, 2] },
  "in Umsetzung": { "1.1": [1, 2], "2.0": [1, 3] },
  Pilot: { "1.1": [2, 3], "2.0": [3, 4] },
  online: { "1.1": [3, 4], "2.0": [3, 6] },
  zurückgestellt: { "1.1": [0, 1], "2.0": [0, 1] },
};

const utcDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const MONTH_ENDS = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function plannedDate(status: Status): Date | null {
  switch (status) {
    case "online":
      return rand() < 0.5 ? null : utcDate(between(2023, 2025), between(1, 12), between(1, 28));
    case "zurückgestellt":
      return rand() < 0.5 ? null : utcDate(between(2027, 2028), between(1, 12), 1);
    case "nicht begonnen":
    case "in Planung":
    case "in Umsetzung":
    case "Pilot": {
      // Months from 2025-03 to 2027-12; plans name a month end or a quarter start.
      const month = between(0, 33);
      const y = 2025 + Math.floor((month + 2) / 12);
      const m = ((month + 2) % 12) + 1;
      return utcDate(y, m, rand() < 0.7 ? MONTH_ENDS(y, m) : 1);
    }
  }
}

function makeRow(source: SourceRow, area: Area, topCases: number): SampleRow {
  const m = area.maturity;
  const status = weighted<Status>([
    ["online", m * 0.6],
    ["Pilot", 0.08],
    ["in Umsetzung", 0.22],
    ["in Planung", 0.22],
    ["nicht begonnen", (1 - m) * 0.35],
    ["zurückgestellt", 0.04],
  ]);
  const modell = rand() < 0.15 ? "2.0" : "1.1";
  const [lo, hi] = LEVELS[status][modell];
  const ist = between(lo, hi);
  const ziel = Math.max(ist, modell === "1.1" ? between(3, 4) : between(4, 6));
  const fallzahl =
    rand() < 0.06 ? null : Math.max(5, Math.round((topCases * logUniform(0.002, 0.6)) / 10) * 10);
  const share = status === "online" ? 0.15 + rand() * 0.6 : status === "Pilot" ? 0.01 + rand() * 0.09 : 0;
  const online = fallzahl === null ? null : Math.round(fallzahl * share);
  const planned = status !== "online";
  const kostenEinmalig =
    rand() < 0.2 ? null : Math.round(logUniform(planned ? 5_000 : 2_000, 180_000) / 500) * 500;
  const kostenLaufend = rand() < 0.25 ? null : Math.round(logUniform(500, 30_000) / 100) * 100;
  const prioritaet =
    status === "online" || status === "zurückgestellt"
      ? pick(["mittel", "niedrig"])
      : weighted([
          ["hoch", fallzahl !== null && fallzahl > topCases * 0.1 ? 3 : 1],
          ["mittel", 2],
          ["niedrig", 1],
        ]);
  return {
    leikaKey: /^99\d{12}$/.test(source.leika_key) ? source.leika_key : "",
    name: source.leika_name,
    ozgId: source.ozg_id,
    ozgName: source.ozg_leistung,
    themenfeld: source.themenfeld,
    lebenslage: source.lebenslage,
    area,
    software: area.software.length === 1 ? (area.software[0] as Software) : pick(area.software),
    status,
    ist,
    ziel,
    modell,
    fallzahl,
    online,
    kostenEinmalig,
    kostenLaufend,
    termin: plannedDate(status),
    prioritaet,
    bemerkung: rand() < 0.3 ? pick(area.notes) : "",
  };
}

function buildRows(): SampleRow[] {
  const source = loadSource();
  const rows: SampleRow[] = [];
  for (const area of AREAS) {
    for (const [ozgId, maxRows] of area.bundles) {
      const members = source
        .filter((s) => s.ozg_id === ozgId)
        .sort((a, b) => a.leika_key.localeCompare(b.leika_key));
      // Spread the picks over the bundle instead of taking its first rows.
      const step = Math.max(1, members.length / maxRows);
      const chosen = Array.from(
        { length: Math.min(maxRows, members.length) },
        (_, i) => members[Math.floor(i * step)] as SourceRow,
      );
      for (const s of chosen) rows.push(makeRow(s, area, area.cases));
    }
  }
  return rows;
}

const id = (i: number): string => `P-${String(i + 1).padStart(3, "0")}`;

function rowValues(row: SampleRow, i: number): (string | number | Date | null)[] {
  return [
    id(i),
    row.name,
    row.leikaKey === "" ? null : row.leikaKey,
    row.ozgId,
    row.ozgName,
    row.themenfeld,
    row.lebenslage,
    row.area.dezernat,
    row.area.fachbereich,
    row.software.name,
    row.software.vendor,
    row.status,
    row.ist,
    row.ziel,
    row.modell,
    row.fallzahl,
    row.online,
    row.kostenEinmalig,
    row.kostenLaufend,
    row.termin,
    row.prioritaet,
    row.bemerkung === "" ? null : row.bemerkung,
  ];
}

const FORMATS: Partial<Record<(typeof HEADERS)[number], string>> = {
  "LeiKa-Schlüssel": "@",
  "OZG-ID": "@",
  "Reifegrad Ist": "0",
  "Reifegrad Ziel": "0",
  Reifegradmodell: "@",
  "Fallzahl p.a.": "#,##0",
  "davon online": "#,##0",
  "Kosten einmalig (€)": '#,##0.00 "€"',
  "Kosten laufend p.a. (€)": '#,##0.00 "€"',
  "Geplante Umsetzung": "dd.mm.yyyy",
};
const WIDTHS = [8, 60, 17, 8, 36, 18, 22, 13, 30, 28, 30, 15, 8, 8, 9, 11, 10, 14, 14, 12, 9, 44];

async function writeXlsx(rows: readonly SampleRow[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 0, 1));
  workbook.creator = "Prozesscluster (Beispieldaten)";
  workbook.lastModifiedBy = "Prozesscluster (Beispieldaten)";
  workbook.created = fixed;
  workbook.modified = fixed;
  const sheet = workbook.addWorksheet("Prozessinventar", {
    views: [{ state: "frozen", ySplit: 1, xSplit: 2 }],
  });
  sheet.addTable({
    name: "Prozesse",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: rows.map(rowValues),
  });
  HEADERS.forEach((header, c) => {
    const column = sheet.getColumn(c + 1);
    column.width = WIDTHS[c] ?? 12;
    const format = FORMATS[header];
    if (format === undefined) return;
    for (let r = 2; r <= rows.length + 1; r++) sheet.getCell(r, c + 1).numFmt = format;
  });
  // ExcelJS stamps the zip entries with the current time; rewrite them with the fixed date so the file
  // is byte-identical on every run.
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const stable = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry === undefined || entry.dir) continue;
    // styles.xml with its <font> children in schema order (valid for the Open XML SDK validator).
    const content =
      name === "xl/styles.xml"
        ? orderFontChildren(await entry.async("string"))
        : await entry.async("uint8array");
    stable.file(name, content, { date: fixed, createFolders: false });
  }
  const bytes = await stable.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  writeFileSync(join(OUT, "prozessinventar.xlsx"), bytes);
}

const germanNumber = (n: number | null, decimals: number): string =>
  n === null ? "" : n.toFixed(decimals).replace(".", ",");
const germanDate = (d: Date | null): string =>
  d === null
    ? ""
    : `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;

function writeCsv(rows: readonly SampleRow[]): void {
  const lines = rows.map((row, i) => {
    const values = rowValues(row, i);
    return values.map((v, c) => {
      const header = HEADERS[c];
      if (v instanceof Date || header === "Geplante Umsetzung")
        return germanDate(v instanceof Date ? v : null);
      if (typeof v === "number") return germanNumber(v, header?.startsWith("Kosten") === true ? 2 : 0);
      return v ?? "";
    });
  });
  const text = Papa.unparse({ fields: [...HEADERS], data: lines }, { delimiter: ";", newline: "\r\n" });
  writeFileSync(join(OUT, "prozessinventar.csv"), `\ufeff${text}\r\n`, "utf8");
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const rows = buildRows();
  await writeXlsx(rows);
  writeCsv(rows);
  const byStatus = new Map<string, number>();
  for (const r of rows) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  const overdue = rows.filter(
    (r) => r.status !== "online" && r.termin !== null && r.termin < utcDate(2026, 11, 25),
  ).length;
  console.log(`${rows.length} Zeilen geschrieben nach ${OUT}`);
  console.log(
    `Status: ${[...byStatus].map(([s, n]) => `${s} ${n}`).join(", ")}; Termin vor 25.11.2026 (nicht online): ${overdue}`,
  );
}

void main();
