import JSZip from "jszip";

const unescapeXml = (text: string): string =>
  text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");

/**
 * A copy of the report workbook in which only the committee attachment is visible: every sheet not
 * named in `keep` is hidden (hidden sheets are not printed, so a PDF export holds exactly the
 * attachment and its page numbers count only its pages). Done on the package XML rather than through
 * ExcelJS, which would drop the charts on a round trip. The workbook's content is not changed.
 */
export async function attachmentOnly(buffer: Buffer, keep: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file("xl/workbook.xml");
  if (file === null) throw new Error("Die Berichtsdatei hat keine Arbeitsmappe (xl/workbook.xml fehlt).");
  const wanted = new Set(keep.map((name) => name.toLowerCase()));
  const xml = (await file.async("string")).replace(/<sheet\b[^>]*\/>/g, (element) => {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(element)?.[1] ?? "");
    const withoutState = element.replace(/\s+state="[^"]*"/, "");
    return wanted.has(name.toLowerCase()) ? withoutState : withoutState.replace(/\/>$/, ' state="hidden"/>');
  });
  // The first visible sheet opens first: the overview leads the attachment.
  zip.file("xl/workbook.xml", xml.replace(/\s(activeTab|firstSheet)="\d+"/g, ""));
  return Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
