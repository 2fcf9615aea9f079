import JSZip from "jszip";

/** Package parts ExcelJS does not carry over on a round trip, with the German name users know them by. */
const PARTS: readonly { readonly test: RegExp; readonly label: string }[] = [
  { test: /^xl\/pivotTables\//, label: "Pivot-Tabellen" },
  { test: /^xl\/vbaProject\.bin$/, label: "Makros" },
  { test: /^xl\/(slicers|slicerCaches|timelines)\//, label: "Datenschnitte" },
  { test: /^xl\/externalLinks\//, label: "Verknüpfungen zu anderen Dateien" },
  { test: /^xl\/(connections\.xml|queryTables\/)/, label: "Datenverbindungen und Abfragen" },
  { test: /^xl\/threadedComments\//, label: "Kommentar-Unterhaltungen" },
  { test: /^xl\/ctrlProps\//, label: "Formularsteuerelemente" },
];

const CHARTS = "Diagramme";

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** Targets of a part's relationships of one type, as package paths. */
async function targets(zip: JSZip, part: string, type: string): Promise<string[]> {
  const folder = part.slice(0, part.lastIndexOf("/"));
  const rels = await text(zip, `${folder}/_rels/${part.slice(folder.length + 1)}.rels`);
  const out: string[] = [];
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!m[0].includes(`/${type}"`)) continue;
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (target === undefined) continue;
    const parts = target.startsWith("/")
      ? target.slice(1).split("/")
      : [...folder.split("/"), ...target.split("/")];
    const path: string[] = [];
    for (const piece of parts)
      if (piece === "..") path.pop();
      else if (piece !== ".") path.push(piece);
    out.push(path.join("/"));
  }
  return out;
}

/** Names of the sheets that carry at least one chart (sheet → drawing → chart relationships). */
async function sheetsWithCharts(zip: JSZip): Promise<string[]> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const names: string[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const id = /r:id="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const target = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
    const path = target === undefined ? undefined : /Target="([^"]+)"/.exec(target)?.[1];
    if (path === undefined) continue;
    const sheetPath = path.startsWith("/") ? path.slice(1) : `xl/${path}`;
    for (const drawing of await targets(zip, sheetPath, "drawing"))
      if ((await targets(zip, drawing, "chart")).length > 0) {
        names.push(
          name
            .replaceAll("&amp;", "&")
            .replaceAll("&lt;", "<")
            .replaceAll("&gt;", ">")
            .replaceAll("&quot;", '"')
            .replaceAll("&apos;", "'"),
        );
        break;
      }
  }
  return names;
}

/**
 * Lists what an .xlsx holds that the xlsx library would drop when the report is written into a copy of
 * it (pivot tables, macros, charts, slicers …), as German labels, each once. Reads only the zip directory.
 * @internal
 */
export async function droppedParts(bytes: Uint8Array, ownSheets: readonly string[] = []): Promise<string[]> {
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
  // Charts on Prozesscluster's own sheets are drawn again by the report; only the user's count.
  const own = new Set(ownSheets.map((name) => name.toLowerCase()));
  if ((await sheetsWithCharts(zip)).some((name) => !own.has(name.toLowerCase()))) found.add(CHARTS);
  return [...PARTS.map((p) => p.label), CHARTS].filter((label) => found.has(label));
}
