import JSZip from "jszip";

/** Package parts ExcelJS does not carry over on a round trip, with the German name users know them by. */
const PARTS: readonly { readonly test: RegExp; readonly label: string }[] = [
  { test: /^xl\/pivotTables\//, label: "Pivot-Tabellen" },
  { test: /^xl\/vbaProject\.bin$/, label: "Makros" },
  { test: /^xl\/charts\//, label: "Diagramme" },
  { test: /^xl\/(slicers|slicerCaches|timelines)\//, label: "Datenschnitte" },
  { test: /^xl\/externalLinks\//, label: "Verknüpfungen zu anderen Dateien" },
  { test: /^xl\/(connections\.xml|queryTables\/)/, label: "Datenverbindungen und Abfragen" },
  { test: /^xl\/threadedComments\//, label: "Kommentar-Unterhaltungen" },
  { test: /^xl\/ctrlProps\//, label: "Formularsteuerelemente" },
];

/**
 * Lists what an .xlsx holds that the xlsx library would drop when the report is written into a copy of
 * it (pivot tables, macros, charts, slicers …), as German labels, each once. Reads only the zip directory.
 * @internal
 */
export async function droppedParts(bytes: Uint8Array): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const found = new Set<string>();
  for (const name of Object.keys(zip.files)) {
    for (const part of PARTS) if (part.test.test(name)) found.add(part.label);
  }
  return PARTS.map((p) => p.label).filter((label) => found.has(label));
}
