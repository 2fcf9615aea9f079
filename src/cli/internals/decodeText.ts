/** Text encodings the CSV reader recognises. @internal */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "windows-1252";

/**
 * Decodes CSV bytes: a UTF-8 or UTF-16LE byte-order mark decides; without one, the bytes are UTF-8 if they
 * decode strictly as UTF-8, else Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)" export on German
 * Windows), which can decode any byte sequence.
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
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
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
