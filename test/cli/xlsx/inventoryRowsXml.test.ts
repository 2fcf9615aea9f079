import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addFormatStyles, escapeXml, spliceInventoryRows } from "../../../src/cli/xlsx/inventoryRowsXml";

describe("inventoryRowsXml", () => {
  it("escapes text as ExcelJS does", () => {
    expect(escapeXml(`a<b & "c" 'd'\u0001\u007f\n`)).toBe("a&lt;b &amp; &quot;c&quot; &apos;d&apos;\n");
  });

  it("adds one cell style per format, reusing equal number formats and styles", () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
    const { xml, styleOf } = addFormatStyles(styles, new Set(["@", "dd.mm.yyyy", '#,##0 "€"']));
    expect(styleOf.get("@")).toBe(1);
    expect(styleOf.get("dd.mm.yyyy")).toBe(2);
    expect(styleOf.get('#,##0 "€"')).toBe(3);
    expect(xml).toContain('<numFmts count="2">');
    expect(xml).toContain('<numFmt numFmtId="165" formatCode="#,##0 &quot;€&quot;"/>');
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain(
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
  });

  it("puts the rows into the package: types, formats, shared strings, the table widened, later rows kept", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inventar");
    sheet.getCell("A1").value = "Titel";
    sheet.addTable({
      name: "Prozesse",
      ref: "A2",
      headerRow: true,
      columns: [{ name: "Name" }, { name: "Zahl" }, { name: "Datum" }, { name: "Aktiv" }],
      rows: [[null, null, null, null]],
    });
    sheet.getCell("A6").value = "Fußzeile";
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    await spliceInventoryRows(zip, "xl/worksheets/sheet1.xml", {
      sheetName: "Inventar",
      tableName: "Prozesse",
      headerRow: 2,
      rowNumbers: [3, 4, 5],
      values: [
        ["=SUMME(1;2) bleibt Text", 1234.5, new Date(Date.UTC(2026, 5, 30)), true],
        [" Leerzeichen ", null, null, false],
        ["Titel", 7, null, null],
      ],
      formats: [
        ["@", "#,##0.00", undefined, undefined],
        ["@", "0%", undefined, undefined],
        ["@", undefined, undefined, undefined],
      ],
      columnCount: 4,
    });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await zip.generateAsync({ type: "arraybuffer" }));
    const inv = read.getWorksheet("Inventar") as ExcelJS.Worksheet;
    expect(inv.getCell("A1").value).toBe("Titel");
    expect(inv.getCell("A3").value).toBe("=SUMME(1;2) bleibt Text");
    expect(inv.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(inv.getCell("A3").numFmt).toBe("@");
    expect(inv.getCell("B3").value).toBe(1234.5);
    expect(inv.getCell("B3").numFmt).toBe("#,##0.00");
    expect(inv.getCell("C3").value).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(inv.getCell("D3").value).toBe(true);
    expect(inv.getCell("A4").value).toBe(" Leerzeichen ");
    expect(inv.getCell("B4").value).toBeNull();
    expect(inv.getCell("B4").numFmt).toBe("0%");
    expect(inv.getCell("D4").value).toBe(false);
    expect(inv.getCell("A5").value).toBe("Titel");
    expect(inv.getCell("A6").value).toBe("Fußzeile");
    const table = (await zip.file("xl/tables/table1.xml")?.async("string")) ?? "";
    expect(table).toMatch(/<table\b[^>]*\bref="A2:D5"/);
    expect(table).toContain('<autoFilter ref="A2:D5"');
  });
});
