import Papa from "papaparse";
import type { RawGrid } from "../../domain/inventory/types";
import { decodeText, type TextEncodingName } from "./decodeText";

/** Delimiters a CSV inventory may use; "none" for a list of one column. @internal */
export type CsvDelimiter = ";" | "," | "\t" | "none";

/** What Papa splits on for a one-column file: a control character no text contains. */
const NO_DELIMITER = "\u001f";

/** A CSV file read into a grid. @internal */
export interface CsvRead {
  readonly grid: RawGrid;
  readonly encoding: TextEncodingName;
  readonly delimiter: CsvDelimiter;
}

/**
 * Picks the delimiter from the first lines: the candidate that splits the most lines into the same number
 * (> 1) of fields, counting only outside quotes. Semicolon wins ties, since German Excel writes it and
 * commas also occur inside German numbers. A candidate must split at least half of the lines alike:
 * a list of one column whose names hold a comma here and there ("Was tun, wenn …") is one column
 * ("none"), not two.
 */
function detectDelimiter(text: string): CsvDelimiter {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: "none", score: -1 };
  for (const delimiter of [";", "\t", ","] as const) {
    const counts = lines.map((line) => {
      let n = 0;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === delimiter && !quoted) n++;
      }
      return n;
    });
    // The most frequent non-zero field count wins; title lines above the header have none.
    const frequency = new Map<number, number>();
    for (const n of counts) if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    let score = -1;
    for (const [n, times] of frequency)
      if (2 * times >= lines.length) score = Math.max(score, times * 1000 + n);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * Parses CSV bytes into a grid of strings (the domain parses numbers and dates). Row `i` of the grid is
 * record `i + 1` of the file, which is its line number unless a quoted field spans lines.
 * @internal
 */
export function readCsvGrid(bytes: Uint8Array, sheetName: string): CsvRead {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiter === "none" ? NO_DELIMITER : delimiter,
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  // Papa returns one empty record for the final line break.
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((c) => c === "")) rows.pop();
  return { grid: { values: rows, firstRow: 1, firstColumn: 0, sheetName }, encoding, delimiter };
}
