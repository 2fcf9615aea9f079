/** Text encodings the CSV reader recognises. @internal */
export type TextEncodingName =
  "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16le-bom" | "utf-16be" | "utf-16be-bom" | "windows-1252";

/**
 * UTF-16 without byte-order mark: text of Latin letters has a NUL in every other byte. Counts NULs at even
 * and odd positions in the first 4 KB; a clear majority on one side decides the byte order.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * Decodes CSV bytes: a UTF-8, UTF-16LE or UTF-16BE byte-order mark decides; without one, UTF-16 is
 * recognised by its NUL bytes (see `utf16WithoutBom`), else the bytes are UTF-8 if they decode strictly as
 * UTF-8, else Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)" export on German Windows), which can
 * decode any byte sequence.
 * @internal
 */
export function decodeText(bytes: Uint8Array): {
  readonly text: string;
  readonly encoding: TextEncodingName;
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le-bom" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be-bom" };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** Windows-1252 characters of bytes 0x80–0x9F (undefined positions keep their C1 code point). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Node's TextDecoder("windows-1252") decodes as ISO-8859-1 in some builds (0x80 → U+0080 instead of €),
 * so the 32 bytes where the two differ are mapped by hand.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}
