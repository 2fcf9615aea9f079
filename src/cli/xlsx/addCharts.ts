/**
 * ExcelJS cannot write charts, so the report adds them to the written package with JSZip (platform notes
 * §5). Per sheet that carries charts: one drawing part with a `twoCellAnchor` per chart, one chart part per
 * chart, the relationships sheet → drawing → charts, a `<drawing r:id>` element in the sheet XML (after
 * `pageSetup`/`headerFooter`, before `tableParts`, as the schema orders it) and the content-type overrides.
 * The same post-processing step puts ExcelJS's `<font>` children in styles.xml into schema order
 * (`orderFontChildren`), so the package passes Microsoft's Open XML SDK validator.
 */
import JSZip from "jszip";
import { orderFontChildren } from "./orderFontChildren";
import type { PlanChart } from "../../domain/summary/types";
import { chartXml } from "./chartXml";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
/** Sheet elements that must come after `<drawing>` (CT_Worksheet sequence). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const decodeXml = (text: string): string =>
  text
    .replaceAll("&apos;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/** Maps sheet names to their part paths via workbook.xml and its relationships. */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.replace(/^\/?xl\//, ""));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) out.set(decodeXml(name), `xl/${target}`);
  }
  return out;
}

function anchorXml(chart: PlanChart, index: number, relId: string): string {
  const { fromRow, fromCol, toRow, toCol } = chart.placement;
  const pos = (col: number, row: number): string =>
    `<xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(fromCol, fromRow)}</xdr:from><xdr:to>${pos(toCol, toRow)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Diagramm ${index + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Adds a relationship to a .rels part (created if missing); returns its id. */
function addRelationship(xml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const base =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const used = new Set([...base.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  return {
    xml: base.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
    ),
    id,
  };
}

/** Adds the plan's charts to the package (in place). Charts on sheets missing from the package are skipped. */
export async function addCharts(zip: JSZip, charts: readonly PlanChart[]): Promise<void> {
  const styles = await zip.file("xl/styles.xml")?.async("string");
  if (styles !== undefined) zip.file("xl/styles.xml", orderFontChildren(styles));
  if (charts.length === 0) return;
  const paths = await sheetPaths(zip);
  let contentTypes = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let chartNo = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
  let drawingNo = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length;
  const bySheet = new Map<string, PlanChart[]>();
  for (const c of charts) bySheet.set(c.placement.sheet, [...(bySheet.get(c.placement.sheet) ?? []), c]);

  for (const [sheetName, sheetCharts] of bySheet) {
    const sheetPath = paths.get(sheetName);
    if (sheetPath === undefined) continue;
    drawingNo += 1;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    let drawingRels: string | undefined;
    const anchors: string[] = [];
    sheetCharts.forEach((chart, i) => {
      chartNo += 1;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart));
      contentTypes = contentTypes.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
      const rel = addRelationship(drawingRels, REL_CHART, `../charts/chart${chartNo}.xml`);
      drawingRels = rel.xml;
      anchors.push(anchorXml(chart, i, rel.id));
    });
    zip.file(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors.join("")}</xdr:wsDr>`,
    );
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRels ?? "");
    contentTypes = contentTypes.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );

    const sheetRelsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const sheetRel = addRelationship(
      await zip.file(sheetRelsPath)?.async("string"),
      REL_DRAWING,
      `../drawings/drawing${drawingNo}.xml`,
    );
    zip.file(sheetRelsPath, sheetRel.xml);
    let sheetXml = (await zip.file(sheetPath)?.async("string")) ?? "";
    if (!sheetXml.includes('xmlns:r="')) {
      sheetXml = sheetXml.replace(
        "<worksheet ",
        `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `,
      );
    }
    const drawing = `<drawing r:id="${sheetRel.id}"/>`;
    const next = AFTER_DRAWING.map((tag) => sheetXml.search(new RegExp(`<${tag}[\\s/>]`))).filter(
      (i) => i >= 0,
    );
    const at = next.length > 0 ? Math.min(...next) : sheetXml.lastIndexOf("</worksheet>");
    sheetXml = sheetXml.slice(0, at) + drawing + sheetXml.slice(at);
    zip.file(sheetPath, sheetXml);
  }
  zip.file("[Content_Types].xml", contentTypes);
}
