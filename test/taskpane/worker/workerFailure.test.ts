import { BUILTIN_SAMPLE } from "../../../src/sample/builtinSample";
import { syntheticInventory } from "../../../src/sample/syntheticInventory";
import { parserOver } from "../../../src/taskpane/worker/internals/parserOver";
import { reportBuilderOver } from "../../../src/taskpane/worker/internals/reportBuilderOver";
import {
  parseWorkerFailureMessage,
  reportWorkerFailureMessage,
} from "../../../src/taskpane/worker/internals/workerFailureMessages";
import { inventoryLayout } from "../../../src/domain/summary/inventoryLayout";
import type { SummaryInput } from "../../../src/domain/summary/types";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

const grid = { values: syntheticInventory(BUILTIN_SAMPLE, 2500), firstRow: 1, firstColumn: 0 };
const { inventory, clusters } = makeInventory(sampleRows(2500));
const summary: SummaryInput = {
  inventory,
  clusters,
  options: { stichtag: "2026-06-30", reifegradModell: "1.1" },
  inventoryRef: { kind: "table", tableName: "Prozesse", headers: inventoryLayout(inventory).headers },
};

/** Each worker client over a transport that never answers: its `fail`, and one request of it. */
const clients = [
  {
    name: "the inventory parser",
    message: parseWorkerFailureMessage,
    expected: /Einlesen des Inventars ist abgebrochen.*\(Out of memory\)$/,
    start: () => {
      const { parser, fail } = parserOver(
        () => undefined,
        () => undefined,
      );
      return { fail, request: () => parser.parse(grid) };
    },
  },
  {
    name: "the report builder",
    message: reportWorkerFailureMessage,
    expected: /Berechnung des Berichts ist abgebrochen.*\(Out of memory\)$/,
    start: () => {
      const { builder, fail } = reportBuilderOver(
        () => undefined,
        () => undefined,
      );
      return { fail, request: () => builder.plan(summary) };
    },
  },
];

describe("a worker that fails as a whole never leaves the pane busy", () => {
  it.each(clients)(
    "$name rejects waiting and later requests with the German message, also while parts go out",
    async ({ message, expected, start }) => {
      const { fail, request } = start();
      const waiting = request();
      fail(message("Out of memory"));
      await expect(waiting).rejects.toThrow(expected);
      await expect(request()).rejects.toThrow(/neu öffnen/);
    },
  );
});
