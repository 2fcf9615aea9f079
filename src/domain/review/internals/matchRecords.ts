/** @internal Matches new inventory records to processes of the previous review. */
import type { ProcessRecord } from "../../inventory/types";
import type { ReviewProcess, ReviewState } from "../types";
import { getProcess, nameKey } from "./stateAccess";

export interface RecordMatch {
  /** New record key → previous process. */
  readonly previousOf: ReadonlyMap<string, ReviewProcess>;
  /** Matched by name because the key changed. */
  readonly byName: number;
  /** Previous processes without a new record. */
  readonly vanished: readonly ReviewProcess[];
}

/**
 * Matching rule: first by key (`ProcessRecord.key`, the ID cell or `row:<n>`), so a renamed process with
 * the same ID keeps its decisions. Then, among the rows left on both sides, by name (trimmed, spaces
 * collapsed, case ignored) — but only when the name is unique on both sides, so re-keyed rows (a new ID,
 * rows inserted above a keyless inventory) are recognised without ever guessing between duplicates.
 * A row whose key and name both changed counts as new.
 */
export function matchRecords(previous: ReviewState, records: readonly ProcessRecord[]): RecordMatch {
  const previousOf = new Map<string, ReviewProcess>();
  const usedPrevious = new Set<string>();
  for (const record of records) {
    const process = getProcess(previous, record.key);
    if (process !== undefined && !previousOf.has(record.key)) {
      previousOf.set(record.key, process);
      usedPrevious.add(process.key);
    }
  }
  const newByName = groupByName(records.filter((record) => !previousOf.has(record.key)));
  const oldByName = groupByName(
    previous.processOrder.flatMap((key) => {
      const process = getProcess(previous, key);
      return process === undefined || usedPrevious.has(key) ? [] : [process];
    }),
  );
  let byName = 0;
  for (const [name, newOnes] of newByName) {
    const oldOnes = oldByName.get(name);
    const [record] = newOnes;
    const [process] = oldOnes ?? [];
    if (newOnes.length !== 1 || oldOnes?.length !== 1 || record === undefined || process === undefined)
      continue;
    previousOf.set(record.key, process);
    usedPrevious.add(process.key);
    byName += 1;
  }
  const vanished = previous.processOrder.flatMap((key) => {
    const process = getProcess(previous, key);
    return process === undefined || usedPrevious.has(key) ? [] : [process];
  });
  return { previousOf, byName, vanished };
}

function groupByName<T extends { readonly name: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = nameKey(item.name);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
