/** What the first bytes of a file called .xlsx really are. @internal */
export type WorkbookKind = "xlsx" | "ods" | "encrypted" | "xls" | "text" | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** UTF-16LE bytes of an OLE stream name, as they appear in the compound file's directory. */
function utf16(name: string): Buffer {
  return Buffer.from(name, "utf16le");
}

/**
 * Classifies workbook bytes before ExcelJS sees them, so a renamed file gets a precise message: an .ods
 * (zip with the OpenDocument mimetype), an encrypted Office file (an OLE compound file with an
 * `EncryptionInfo` stream — Excel stores password-protected .xlsx that way), an old .xls (OLE with a
 * `Workbook`/`Book` stream), or text (a CSV renamed to .xlsx).
 * @internal
 */
export function sniffWorkbook(bytes: Uint8Array): WorkbookKind {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, ZIP)) {
    const head = buffer.subarray(0, 200).toString("latin1");
    return head.includes("application/vnd.oasis.opendocument.spreadsheet") ? "ods" : "xlsx";
  }
  if (startsWith(bytes, OLE)) {
    if (buffer.includes(utf16("EncryptionInfo")) || buffer.includes(utf16("EncryptedPackage")))
      return "encrypted";
    return "xls";
  }
  const sample = buffer.subarray(0, 2048);
  const control = sample.filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length;
  return sample.length > 0 && control === 0 ? "text" : "unknown";
}

/** German message for a workbook that is not an .xlsx although named so; null for a real .xlsx. @internal */
export function workbookKindMessage(kind: WorkbookKind, path: string): string | null {
  switch (kind) {
    case "xlsx":
      return null;
    case "ods":
      return `Die Datei „${path}“ ist eine OpenDocument-Tabelle (.ods), nur umbenannt. Bitte in LibreOffice oder Excel als .xlsx speichern.`;
    case "encrypted":
      return `Die Arbeitsmappe „${path}“ ist mit einem Kennwort verschlüsselt. Bitte in Excel ohne Kennwort speichern (Datei › Informationen › Arbeitsmappe schützen) und erneut versuchen.`;
    case "xls":
      return `Die Datei „${path}“ ist im alten Excel-Format (.xls), nur umbenannt. Bitte in Excel als .xlsx speichern.`;
    case "text":
      return `Die Datei „${path}“ ist keine lesbare Excel-Arbeitsmappe, sondern eine Textdatei (z. B. CSV). Bitte mit der Endung .csv angeben.`;
    case "unknown":
      return `Die Datei „${path}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx).`;
  }
}
