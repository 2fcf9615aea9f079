import { formatCellValue } from "../../../src/taskpane/preview/formatCellValue";
import { excelSerialDate } from "../../../src/domain/summary/excelSerialDate";

describe("formatCellValue (German, like Excel with the cell's number format)", () => {
  it.each([
    [1234, "#,##0", "1.234"],
    [1234567.6, "#,##0", "1.234.568"],
    [0, "#,##0", "0"],
    [0.28, "0.0%", "28,0%"],
    [0.285, "0.0%", "28,5%"],
    [1, "0%", "100%"],
    [586036, '#,##0 "€"', "586.036 €"],
    [2.35, "0.0", "2,4"],
    [-1234.5, "#,##0", "-1.235"],
  ])("%p with %p shows %p", (value, code, expected) => {
    expect(formatCellValue(value, code)).toBe(expected);
  });

  it("shows dates as dd.mm.yyyy from a serial number or an ISO date", () => {
    expect(formatCellValue(excelSerialDate("2026-12-31"), "dd.mm.yyyy")).toBe("31.12.2026");
    expect(formatCellValue(excelSerialDate("2027-01-01"), "DD.MM.YYYY")).toBe("01.01.2027");
    expect(formatCellValue("2026-06-30", "dd.mm.yyyy")).toBe("30.06.2026");
  });

  it("shows text as it is, whatever the format (a formula's '–', text cells with '@')", () => {
    expect(formatCellValue("–", "0.0%")).toBe("–");
    expect(formatCellValue("–", "dd.mm.yyyy")).toBe("–");
    expect(formatCellValue("=SUMME(A1)", "@")).toBe("=SUMME(A1)");
    expect(formatCellValue("grün", "@")).toBe("grün");
  });

  it("shows other values like Excel's Standard format and empty cells as nothing", () => {
    expect(formatCellValue(3.5, undefined)).toBe("3,5");
    expect(formatCellValue(42000, undefined)).toBe("42000");
    expect(formatCellValue(1 / 3, "General")).toBe("0,3333333333");
    expect(formatCellValue(true, undefined)).toBe("WAHR");
    expect(formatCellValue(null, "#,##0")).toBe("");
  });
});
