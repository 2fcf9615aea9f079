import { insertSampleTable } from "../../src/excel/insertSampleTable";
import { makeMockContext, mockCollection } from "./mockContext";
import { countSyncs } from "./syncCounter";

function workbookWith(sheetNames: string[], tableNames: string[]) {
  const written: {
    sheetName?: string;
    values?: unknown;
    numberFormat?: unknown;
    tableName?: string;
    activated?: boolean;
    order: string[];
  } = { order: [] };
  const data = {
    workbook: {
      worksheets: {
        ...mockCollection(sheetNames.map((name) => ({ name }))),
        add(this: unknown, name: string) {
          written.sheetName = name;
          const range = {
            set values(v: unknown) {
              written.order.push("values");
              written.values = v;
            },
            set numberFormat(f: unknown) {
              written.order.push("numberFormat");
              written.numberFormat = f;
            },
            format: { autofitColumns: () => undefined },
          };
          return {
            getRangeByIndexes: () => range,
            tables: {
              add: () => ({
                set name(n: string) {
                  written.tableName = n;
                },
              }),
            },
            freezePanes: { freezeRows: () => undefined },
            activate: () => {
              written.activated = true;
            },
          };
        },
      },
      tables: mockCollection(tableNames.map((name) => ({ name }))),
    },
  };
  return { ...makeMockContext(data), written };
}

describe("insertSampleTable", () => {
  const rows = [
    ["ID", "Leistung", "LeiKa-Schlüssel", "Fallzahl p.a."],
    ["P1", "Kfz-Zulassung", "99036008007000", 1200],
    ["P2", "=SUMME(A1)", "99036008070000", 300],
  ];

  it("writes a new sheet with a table in two syncs, keeping text as text", async () => {
    const { context, written } = workbookWith(["Tabelle1"], []);
    const syncs = countSyncs(context);

    const result = await insertSampleTable(context, rows, ["@", "@", "@", "#,##0"]);

    expect(result).toEqual({ sheetName: "Prozessinventar", tableName: "Prozesse" });
    expect(syncs.count).toBe(2);
    expect(written.activated).toBe(true);
    expect(written.tableName).toBe("Prozesse");
    expect(written.values).toEqual([
      ["ID", "Leistung", "LeiKa-Schlüssel", "Fallzahl p.a."],
      ["P1", "Kfz-Zulassung", "99036008007000", 1200],
      ["P2", "=SUMME(A1)", "99036008070000", 300],
    ]);
    // Formats first, so Excel stores "=SUMME(A1)" and the LeiKa keys in text cells as text.
    expect(written.order).toEqual(["numberFormat", "values"]);
    expect(written.numberFormat).toEqual([
      ["@", "@", "@", "@"],
      ["@", "@", "@", "#,##0"],
      ["@", "@", "@", "#,##0"],
    ]);
  });

  it("never reuses an existing sheet or table name", async () => {
    const { context, written } = workbookWith(["Prozessinventar", "prozessinventar (2)"], ["Prozesse"]);

    const result = await insertSampleTable(context, rows);

    expect(result).toEqual({ sheetName: "Prozessinventar (3)", tableName: "Prozesse_2" });
    expect(written.sheetName).toBe("Prozessinventar (3)");
  });
});
