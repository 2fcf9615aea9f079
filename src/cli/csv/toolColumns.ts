/**
 * Columns a command adds to the user's table (`cluster`: "Cluster", "Cluster-Begründung"; more may be
 * added, e.g. "Bereich"). Running the command on its own output replaces these columns in place instead
 * of appending them again.
 */
export interface ToolColumn<Row> {
  readonly header: string;
  /** The value of the column for one output row; `existing` is what the input had there ("" if new). */
  readonly value: (row: Row, existing: string) => string;
}

const fold = (text: string): string => text.trim().toLowerCase();

/**
 * Merges tool columns into a table: a tool column whose header is already there (ignoring case and
 * surrounding spaces) is filled in place, the others are appended in the given order. `extraIndex` maps a
 * tool column to an existing column by another rule (e.g. the column recognised as the cluster column).
 */
export function mergeToolColumns<Row>(
  headers: readonly string[],
  rows: readonly { readonly row: Row; readonly cells: readonly string[] }[],
  columns: readonly ToolColumn<Row>[],
  extraIndex: (column: ToolColumn<Row>) => number | undefined = () => undefined,
): string[][] {
  const target = new Map<ToolColumn<Row>, number>();
  const outHeaders = [...headers];
  for (const column of columns) {
    const existing = headers.findIndex((h) => fold(h) === fold(column.header));
    const index = existing >= 0 ? existing : extraIndex(column);
    if (index !== undefined && index >= 0 && ![...target.values()].includes(index)) target.set(column, index);
    else {
      target.set(column, outHeaders.length);
      outHeaders.push(column.header);
    }
  }
  const out: string[][] = [outHeaders];
  for (const { row, cells } of rows) {
    const line = [...cells, ...Array.from({ length: outHeaders.length - cells.length }, () => "")];
    for (const column of columns) {
      const index = target.get(column) ?? 0;
      line[index] = column.value(row, cells[index] ?? "");
    }
    out.push(line);
  }
  return out;
}
