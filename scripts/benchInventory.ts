import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

/**
 * A CSV inventory of `rows` rows for the size benchmarks: the sample inventory's rows in turn, each name
 * with a running number appended (so the text is realistic and no two rows are equal).
 */
export function makeBenchCsv(rows: number): string {
  const text = readFileSync(join(__dirname, "..", "assets/sample/prozessinventar.csv"), "utf8").replace(
    /^\uFEFF/,
    "",
  );
  const [header, ...data] = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true }).data;
  const out: string[][] = [header ?? []];
  for (let i = 0; i < rows; i++) {
    const cells = [...(data[i % data.length] ?? [])];
    cells[0] = `P-${i + 1}`;
    cells[1] = `${cells[1] ?? ""} ${Math.floor(i / data.length) + 1}`;
    out.push(cells);
  }
  return `\uFEFF${Papa.unparse(out, { delimiter: ";", newline: "\r\n" })}\r\n`;
}
