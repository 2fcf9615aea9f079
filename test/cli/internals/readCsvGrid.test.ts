import { readCsvGrid } from "../../../src/cli/internals/readCsvGrid";

const read = (text: string) => readCsvGrid(new TextEncoder().encode(text), "liste");

describe("readCsvGrid", () => {
  it("reads a list of one column whose names hold commas as one column", () => {
    const text = [
      "Frage",
      "Abfuhrkalender",
      "Was tun, wenn der Nachbar Müll verbrennt?",
      "Wie beantrage ich einen Reisepass?",
      "Was tun, wenn die Tonne nicht geleert wurde?",
      "Wohngeld",
    ].join("\r\n");
    const { delimiter, grid } = read(text);
    expect(delimiter).toBe("none");
    expect(grid.values.map((row) => row.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(grid.values[2]).toEqual(["Was tun, wenn der Nachbar Müll verbrennt?"]);
  });

  it("keeps quotes of a one-column file", () => {
    const { grid } = read('Leistung\n"Antrag ""Wohngeld"""\nHund anmelden\n');
    expect(grid.values).toEqual([["Leistung"], ['Antrag "Wohngeld"'], ["Hund anmelden"]]);
  });

  it("picks the semicolon of German Excel, also with commas in numbers and names", () => {
    const text = "Leistung;Fallzahl\nWas tun, wenn …;1,5\nHund anmelden;2\nWohngeld;3,25\n";
    const { delimiter, grid } = read(text);
    expect(delimiter).toBe(";");
    expect(grid.values[1]).toEqual(["Was tun, wenn …", "1,5"]);
  });

  it("picks the comma of an English file and the tab, with title lines above the header", () => {
    expect(read("Process,Status\nDog licence,online\nParking permit,planned\n").delimiter).toBe(",");
    expect(read("Inventar 2026\n\nLeistung\tStatus\nA\tonline\nB\toffen\nC\toffen\n").delimiter).toBe("\t");
  });
});
