/**
 * The page for residents: one self-contained HTML document (no scripts, no external requests) that
 * explains the state of digitalisation by Bereich and cluster in plain language. Pure: the same input
 * gives the same bytes.
 */
import {
  computeSummaryNumbers,
  type MetricValues,
  type SummaryNumbers,
} from "../summary/computeSummaryNumbers";
import type { SummaryCluster, SummaryInput } from "../summary/types";
import type { ProcessRecord } from "../inventory/types";
import { escapeHtml } from "./escapeHtml";
import { PAGE_STYLE } from "./pageStyle";

/** What the page needs: the inventory, the reviewed clusters (with Bereich) and the report options. */
export type ResidentPageInput = Pick<SummaryInput, "inventory" | "clusters" | "options">;

/** Scripts from nowhere, styles only from the page itself, images only inline. */
export const RESIDENT_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const integer = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("de-DE", { style: "percent", maximumFractionDigits: 0 });

function germanDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

function num(values: MetricValues, metric: "anzahl" | "online"): number {
  const v = values[metric];
  return typeof v === "number" ? v : 0;
}

/** "12 von 40 Prozessen online" with a progress bar whose text says the same. */
function progress(values: MetricValues, label: string): string {
  const all = num(values, "anzahl");
  const online = num(values, "online");
  const share = all === 0 ? 0 : online / all;
  const text = `${integer.format(online)} von ${integer.format(all)} online (${percent.format(share)})`;
  return (
    `<progress max="${all}" value="${online}" aria-label="${escapeHtml(`${label}: ${text}`)}">${percent.format(share)}</progress>` +
    ` <span>${escapeHtml(text)}</span>`
  );
}

function reifegrad(values: MetricValues): string {
  const v = values.reifegradAvg;
  return typeof v === "number" ? decimal.format(v) : "–";
}

/** The clusters of one Bereich, in the order given. */
function groupByBereich(clusters: readonly SummaryCluster[]): [string, number[]][] {
  const groups = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const name = c.bereich ?? "Alle Prozesse";
    groups.set(name, [...(groups.get(name) ?? []), i]);
  });
  return [...groups];
}

/**
 * The cluster's name, opening to its processes and the state of each ("Hund anmelden – online"), so a
 * resident finds the service they look for. `<details>` needs no script.
 */
function clusterCell(
  cluster: SummaryCluster | undefined,
  byKey: ReadonlyMap<string, ProcessRecord>,
  showStatus: boolean,
): string {
  const label = escapeHtml(cluster?.label ?? "");
  const items = (cluster?.keys ?? []).flatMap((key) => {
    const record = byKey.get(key);
    if (record === undefined) return [];
    const state = record.status ?? record.statusRaw;
    const suffix = showStatus && state !== undefined ? ` – ${escapeHtml(state)}` : "";
    return [`<li>${escapeHtml(record.name)}${suffix}</li>`];
  });
  if (items.length === 0) return label;
  return `<details><summary>${label}</summary><ul>${items.join("")}</ul></details>`;
}

/** One Bereich: its heading, its totals and a table of its clusters. */
function bereichSection(
  bereich: string,
  g: number,
  members: readonly number[],
  input: ResidentPageInput,
  numbers: SummaryNumbers,
  own: MetricValues,
  shows: { readonly online: boolean; readonly reifegrad: boolean },
  byKey: ReadonlyMap<string, ProcessRecord>,
): string {
  const id = `bereich-${g + 1}`;
  const rows = members.map((i) => {
    const cluster = input.clusters[i];
    const values = numbers.clusters[i] ?? {};
    return (
      `<tr><th scope="row">${clusterCell(cluster, byKey, shows.online)}</th>` +
      `<td>${integer.format(num(values, "anzahl"))}</td>` +
      (shows.online ? `<td>${progress(values, cluster?.label ?? "")}</td>` : "") +
      (shows.reifegrad ? `<td>${reifegrad(values)}</td>` : "") +
      `</tr>`
    );
  });
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeHtml(bereich)}</h2>`,
    `<p>${integer.format(num(own, "anzahl"))} Teilprozesse in ${integer.format(members.length)} ${members.length === 1 ? "Cluster" : "Clustern"}.` +
      (shows.online ? ` ${progress(own, bereich)}` : "") +
      `</p>`,
    `<table><caption>Cluster im Bereich ${escapeHtml(bereich)}</caption>`,
    `<thead><tr><th scope="col">Cluster</th><th scope="col">Teilprozesse</th>` +
      (shows.online ? `<th scope="col">online</th>` : "") +
      (shows.reifegrad ? `<th scope="col">Ø Reifegrad</th>` : "") +
      `</tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table>`,
    `</section>`,
  ].join("\n");
}

/**
 * The whole page as a string (UTF-8, `lang="de"`). Every text from the workbook is escaped, so a process
 * named `<img src=x onerror=alert(1)>` shows as that text; a Content-Security-Policy forbids scripts.
 */
export function residentPage(
  input: ResidentPageInput,
  title = "Digitale Verwaltung: Stand der Umsetzung",
): string {
  const numbers = computeSummaryNumbers(input);
  const groups = groupByBereich(input.clusters);
  const bereichNumbers = computeSummaryNumbers({
    ...input,
    clusters: groups.map(([label, members]) => ({
      label,
      keys: members.flatMap((i) => input.clusters[i]?.keys ?? []),
    })),
  });
  const hasReifegrad = numbers.total.reifegradAvg !== undefined;
  const hasOnline = numbers.total.online !== undefined;
  const shows = { online: hasOnline, reifegrad: hasReifegrad };
  const byKey = new Map(input.inventory.records.map((r) => [r.key, r] as const));
  const sections = groups.map(([bereich, members], g) =>
    bereichSection(bereich, g, members, input, numbers, bereichNumbers.clusters[g] ?? {}, shows, byKey),
  );
  const total = numbers.total;
  return [
    "<!doctype html>",
    `<html lang="de">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${RESIDENT_PAGE_CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="lead">Stand: ${germanDate(input.options.stichtag)}. ${escapeHtml(numbers.headline)}.</p>`,
    hasOnline ? `<p class="lead">Insgesamt ${progress(total, "Alle Teilprozesse")}</p>` : "",
    `<section aria-labelledby="lesehilfe"><h2 id="lesehilfe">So lesen Sie diese Seite</h2><dl>`,
    `<dt>Teilprozess</dt><dd>Eine einzelne Verwaltungsleistung, zum Beispiel „Hund anmelden“. Jede Zeile des Prozessinventars ist ein Teilprozess.</dd>`,
    `<dt>Cluster</dt><dd>Teilprozesse, die zusammengehören, etwa alles rund um die Anmeldung eines Fahrzeugs. Ein Klick auf den Namen zeigt seine Teilprozesse${hasOnline ? " und den Stand jedes einzelnen" : ""}.</dd>`,
    `<dt>Bereich</dt><dd>Eine Gruppe von Clustern zu einem Themengebiet.</dd>`,
    hasOnline
      ? `<dt>online</dt><dd>Der Teilprozess kann schon über das Internet erledigt werden. Der Balken zeigt den Anteil dieser Teilprozesse.</dd>`
      : "",
    hasReifegrad
      ? `<dt>Ø Reifegrad</dt><dd>Wie weit die Leistungen im Durchschnitt digital sind, nach dem ${escapeHtml(
          input.options.reifegradModell === "2.0"
            ? "OZG-Reifegradmodell 2.0 (Stufen 0 bis 7)"
            : "OZG-Reifegradmodell 1.1 (Stufen 0 bis 4)",
        )}; ab Stufe 3 gilt eine Leistung als vollständig online beantragbar.</dd>`
      : "",
    `</dl></section>`,
    ...sections,
    "</main>",
    `<footer><p>Erstellt aus dem Prozessinventar der Verwaltung. Diese Seite lädt keine Inhalte von anderen Adressen.</p></footer>`,
    "</body>",
    "</html>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}
