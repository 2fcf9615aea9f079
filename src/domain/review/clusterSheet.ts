/** The `Cluster` definitions sheet: one row per cluster, written from and read back into review clusters. */
import type { RawCell } from "../inventory/types";
import { cellText } from "../inventory/cellText";
import { cellFlag, findHeader, headerKey } from "./internals/cellText";
import { getCluster, memberKeys, nameKey } from "./internals/stateAccess";
import { columnLetter } from "../columnLetter";
import { CLUSTER_SHEET_HEADER, type ReviewSheetCell } from "./reviewSheetTypes";
import { renderMessage } from "../messages/renderMessage";
import { verbatimReason, type ReviewCluster, type ReviewState } from "./types";

export interface ClusterSheetOptions {
  /**
   * Range of the inventory's `Cluster` column as a formula reference (e.g. `'Prozessinventar'!$K$2:$K$250`
   * or `Prozesse[Cluster]`). When given, `Anzahl` is a live `COUNTIF` over it (with the current count as
   * cached result); default: the count as a plain number.
   */
  readonly countRange?: string;
}

const NAME_LETTER = columnLetter(CLUSTER_SHEET_HEADER.indexOf("Name"));

/** Header plus one row per cluster in `clusterOrder`. Row n (1-based) counts its name, e.g. `A<n>`. */
export function clusterSheetRows(state: ReviewState, options: ClusterSheetOptions = {}): ReviewSheetCell[][] {
  const rows: ReviewSheetCell[][] = [[...CLUSTER_SHEET_HEADER]];
  for (const id of state.clusterOrder) {
    const cluster = getCluster(state, id);
    if (cluster === undefined) continue;
    const count = memberKeys(state, id).length;
    const sheetRow = rows.length + 1;
    const countCell: ReviewSheetCell =
      options.countRange === undefined
        ? count
        : { formula: `COUNTIF(${options.countRange},${NAME_LETTER}${sheetRow})`, result: count };
    rows.push([
      cluster.name,
      cluster.description,
      cluster.locked ? "ja" : "nein",
      cluster.origin === "manual" ? "manuell" : "Vorschlag",
      renderMessage(cluster.reason, "de"),
      countCell,
      cluster.bereich,
      cluster.bereichManual ? "manuell" : "Vorschlag",
      renderMessage(cluster.bereichReason, "de"),
      cluster.id,
    ]);
  }
  return rows;
}

/**
 * Reads cluster definitions back, tolerating hand edits: the header may sit in any of the first rows
 * and columns may be reordered; rows without ID get `manuell-<row>` (a cluster a user added by hand),
 * duplicate IDs and names get a suffix, rows without a name use the ID as name, "gesperrt" accepts
 * ja/x/wahr/true/1. `Anzahl` is ignored (it is derived). Returns `null` when no header is found.
 */
export function readClusterSheet(values: readonly (readonly RawCell[])[]): ReviewCluster[] | null {
  const header = findHeader(values, ["Name"]) ?? findHeader(values, ["ID"]);
  if (header === undefined) return null;
  const column = (name: string): number | undefined => header.columns.get(headerKey(name));
  const at = (row: readonly RawCell[], name: string): RawCell => {
    const index = column(name);
    return index === undefined ? undefined : row[index];
  };
  const clusters: ReviewCluster[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (let r = header.row + 1; r < values.length; r += 1) {
    const row = values[r] ?? [];
    let id = cellText(at(row, "ID"));
    let name = cellText(at(row, "Name"));
    if (id === "" && name === "") continue;
    if (id === "") id = `manuell-${r + 1}`;
    id = uniqueIn(
      ids,
      id,
      (base, n) => `${base}-${n}`,
      (x) => x,
    );
    if (name === "") name = id;
    name = uniqueIn(names, name, (base, n) => `${base} (${n})`, nameKey);
    clusters.push({
      id,
      name,
      description: cellText(at(row, "Beschreibung")),
      locked: cellFlag(at(row, "gesperrt")),
      origin: cellText(at(row, "Herkunft")).toLowerCase() === "manuell" ? "manual" : "proposal",
      reason: verbatimReason(cellText(at(row, "Begründung"))),
      bereich: cellText(at(row, "Bereich")),
      bereichManual: cellText(at(row, "Bereich-Herkunft")).toLowerCase() === "manuell",
      bereichReason: verbatimReason(cellText(at(row, "Bereich-Begründung"))),
    });
  }
  return clusters;
}

function uniqueIn(
  used: Set<string>,
  base: string,
  variant: (base: string, n: number) => string,
  key: (text: string) => string,
): string {
  let candidate = base;
  for (let n = 2; used.has(key(candidate)); n += 1) candidate = variant(base, n);
  used.add(key(candidate));
  return candidate;
}
