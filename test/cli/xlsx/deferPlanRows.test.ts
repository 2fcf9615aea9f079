import ExcelJS from "exceljs";
import { writeReportWorkbook } from "../../../src/cli/xlsx/writeReportWorkbook";
import { processKennung } from "../../../src/domain/summary/history";
import { makeInventory, sampleRows } from "../../support/summaryInventories";

describe("large Verlauf sheets written straight into the package", () => {
  it("holds every process row with its Stichtag, Kennung, name, cluster and online flag", async () => {
    // The first name looks like a formula: it must stay text in the Verlauf too.
    const rows = sampleRows(1_300).map((r, i) => (i === 5 ? { ...r, name: "=SUMME(A1:A9)" } : r));
    const { inventory, clusters } = makeInventory(rows);
    const report = await writeReportWorkbook(inventory, clusters, {
      summary: { stichtag: "2026-12-31", reifegradModell: "1.1" },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.buffer as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet("Verlauf Prozesse");
    expect(sheet?.rowCount).toBe(inventory.records.length + 1);
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "Stichtag",
      "Kennung",
      "Prozess",
      "Cluster",
      "online",
    ]);
    const clusterOf = new Map(clusters.flatMap((c) => c.keys.map((k) => [k, c.label] as const)));
    inventory.records.forEach((record, i) => {
      const row = sheet?.getRow(i + 2);
      expect(row?.getCell(1).value).toEqual(new Date(Date.UTC(2026, 11, 31)));
      expect(row?.getCell(1).numFmt).toBe("dd.mm.yyyy");
      expect(row?.getCell(2).value).toBe(processKennung(record));
      expect(row?.getCell(3).value).toBe(record.name);
      expect(row?.getCell(3).formula).toBeUndefined();
      expect(row?.getCell(4).value ?? null).toBe(clusterOf.get(record.key) ?? null);
      const online = record.status === undefined ? null : record.status === "online" ? "ja" : "nein";
      expect(row?.getCell(5).value ?? null).toBe(online);
    });
  });
});
